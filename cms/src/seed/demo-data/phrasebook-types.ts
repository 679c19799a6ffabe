import type { DemoSubjectKey } from './subjects';

/** One side of a subject: how a municipality writing in this language titles and describes it. */
export interface DemoText {
  /** 20–90 characters, a natural listing title. */
  title: string;
  /** One to three sentences, 80–400 characters, concrete (quantities, condition, timing) and natural. */
  description: string;
}

/**
 * The demo texts of one language. Every string is written by a fluent speaker, in the language's own
 * script, and reads naturally on its own (no slots inside inflected phrases).
 */
export interface DemoPhrasebook {
  /** Platform locale code (see config's LOCALE_CODES). */
  locale: string;
  /** Each of the thirty subjects as an offer and as a request. */
  subjects: Record<DemoSubjectKey, { offer: DemoText; request: DemoText }>;
  /**
   * A one-or-two-sentence profile of a municipality. `{name}` is replaced by the municipality's name and
   * `{country}` by the country's name in this language: place them where a bare noun is grammatical
   * (e.g. "{name} ({country}) ..." or "Municipality: {name}").
   */
  municipalityDescription: string;
  /** Messages of an exchange thread, each one to two sentences. */
  messages: {
    /** The receiving municipality asks for the offered item or offers to answer the request. */
    ask: string;
    /** The giving municipality accepts. */
    accept: string;
    /** The giving municipality declines politely (already promised to someone else). */
    decline: string;
    /** Agreeing the hand-over: date, place, transport. */
    handover: string;
    /** Thanks after completion. */
    thanks: string;
  };
  /** Feedback after completion, one sentence. */
  feedback: string;
}
