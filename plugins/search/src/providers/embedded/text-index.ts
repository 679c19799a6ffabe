// The text side of the embedded engine: MiniSearch holds the index (its radix tree gives exact, prefix and
// fuzzy term lookup; it keeps postings current through discard()/replace() and its background vacuum) over
// each listing's titles, descriptions (all its locales) and municipality names, every term folded to its loose
// Latin key. Scoring is ours: MiniSearch's search() allocates a result and a match object per document, which
// for a common word (tens of thousands of postings at 100,000 listings) cost 20-50 ms; here each posting adds
// its BM25 score (MiniSearch's formula and defaults) into reusable typed arrays, about a microsecond less each.
// We use the protected fields a subclass may use; they are stable across MiniSearch 7.
//
// Updates use discard()/replace(), never remove(): remove() crashes while the background vacuum runs (DESIGN).
import MiniSearch from 'minisearch';
import type { SearchDocument } from '../../contract/types';
import { indexTokens } from '../../text/tokens';

interface TextRecord {
  id: number;
  title: string;
  description: string;
  place: string;
}

/** Descriptions beyond this many characters per locale are not indexed (they only cost memory). */
export const MAX_INDEXED_DESCRIPTION = 4000;

const FIELDS = ['title', 'place', 'description'] as const;
const BOOST: Record<(typeof FIELDS)[number], number> = { title: 3, place: 2, description: 1 };
// MiniSearch's BM25+ defaults and its prefix/fuzzy weights.
const BM25 = { k: 1.2, b: 0.7, d: 0.5 };
const PREFIX_WEIGHT = 0.375;
const FUZZY_WEIGHT = 0.45;
// A short prefix can open tens of thousands of terms; past this many the rest are skipped.
const MAX_PREFIX_TERMS = 200;

/** Prefix matching: the last word from 3 letters (typing), other words from 5 (plurals, derivations). */
export const prefixFrom = (word: string, last: boolean): boolean => word.length >= (last ? 3 : 5);
/** Typo tolerance, roughly Algolia's defaults: 1 edit from 5 letters, 2 from 9. */
export const typosFor = (word: string): number => (word.length >= 9 ? 2 : word.length >= 5 ? 1 : 0);

/** Per-query scores and matched-word masks by slot, reused across queries (stamped, never cleared). */
export class TextMatches {
  private stamp = new Uint32Array(0);
  private generation = 0;
  score = new Float64Array(0);
  words = new Int32Array(0);
  /** The slots that matched at least one word, in no particular order. */
  readonly slots: number[] = [];

  /** Starts a new query over `size` slots. */
  reset(size: number): void {
    if (size > this.stamp.length) {
      const cap = Math.max(size, this.stamp.length * 2, 1024);
      this.stamp = new Uint32Array(cap);
      this.score = new Float64Array(cap);
      this.words = new Int32Array(cap);
      this.generation = 0;
    }
    this.generation = (this.generation + 1) >>> 0;
    if (this.generation === 0) {
      this.stamp.fill(0);
      this.generation = 1;
    }
    this.slots.length = 0;
  }

  /** Whether a slot matched in this query. */
  has(slot: number): boolean {
    return slot < this.stamp.length && this.stamp[slot] === this.generation;
  }

  add(slot: number, score: number, bit: number): void {
    if (this.stamp[slot] !== this.generation) {
      this.stamp[slot] = this.generation;
      this.score[slot] = 0;
      this.words[slot] = 0;
      this.slots.push(slot);
    }
    this.score[slot]! += score;
    this.words[slot]! |= bit;
  }
}

type FieldTermData = Map<number, Map<number, number>>;

/** The other terms a query word reaches: by prefix, and by typos with their edit distance. */
interface Expansion {
  prefix: string[];
  fuzzy: [string, number][];
}

/** Remembered expansions (one per query word seen since the index last gained a term); past this, forget all. */
const MAX_EXPANSIONS = 10_000;

/** MiniSearch keyed by DocStore slot, with our own scoring loop over its postings. */
class SlotMiniSearch extends MiniSearch<TextRecord> {
  // By MiniSearch short id: the slot (-1 once discarded) and the field lengths, so the loop reads arrays, not Maps.
  private shortToSlot = new Int32Array(1024).fill(-1);
  private readonly lengths = FIELDS.map(() => new Uint16Array(1024));
  private readonly boostById: number[] = [];
  private readonly fieldIndexById: number[] = [];
  private readonly expansions = new Map<string, Expansion>();

  constructor() {
    super({
      fields: [...FIELDS],
      idField: 'id',
      storeFields: [],
      tokenize: (text) => indexTokens(text),
      // Terms arrive folded from indexTokens: nothing left to do.
      processTerm: (term) => term,
    });
    FIELDS.forEach((f, i) => {
      this.boostById[this._fieldIds[f]!] = BOOST[f];
      this.fieldIndexById[this._fieldIds[f]!] = i;
    });
    // A term new to the index may be some word's prefix or typo match: the remembered expansions are out of date.
    // (MiniSearch's addTerm is private in its types, so it is wrapped here rather than overridden; the radix-tree
    // size is no help: it is recounted term by term after every change.)
    const self = this as unknown as { addTerm: (fieldId: number, documentId: number, term: string) => void };
    const addTerm = self.addTerm.bind(this);
    self.addTerm = (fieldId, documentId, term) => {
      if (this.expansions.size > 0 && !this._index.has(term)) this.expansions.clear();
      addTerm(fieldId, documentId, term);
    };
  }

  upsertSlot(rec: TextRecord): void {
    if (this.has(rec.id)) {
      this.shortToSlot[this._idToShortId.get(rec.id)!] = -1;
      this.replace(rec);
    } else {
      this.add(rec);
    }
    const sid = this._idToShortId.get(rec.id)!;
    this.grow(sid + 1);
    this.shortToSlot[sid] = rec.id;
    const lengths = this._fieldLength.get(sid)!;
    FIELDS.forEach((f, i) => {
      this.lengths[i]![sid] = Math.min(65535, lengths[this._fieldIds[f]!] ?? 0);
    });
  }

  discardSlot(slot: number): void {
    if (!this.has(slot)) return;
    this.shortToSlot[this._idToShortId.get(slot)!] = -1;
    this.discard(slot);
  }

  /** Adds to `out` every document matching any word: exactly, by prefix, or within the typo allowance. */
  accumulate(words: readonly string[], out: TextMatches): void {
    words.forEach((word, i) => {
      const bit = 1 << i;
      this.scoreTerm(this._index.get(word), 1, bit, out);
      const { prefix, fuzzy } = this.expand(word, i === words.length - 1);
      for (const term of prefix) {
        this.scoreTerm(this._index.get(term), (PREFIX_WEIGHT * term.length) / (term.length + 0.3 * (term.length - word.length)), bit, out);
      }
      for (const [term, distance] of fuzzy) this.scoreTerm(this._index.get(term), (FUZZY_WEIGHT * term.length) / (term.length + distance), bit, out);
    });
  }

  /**
   * The terms a word reaches by prefix and by typos. Walking the radix tree for them is most of a query's cost
   * (fuzzy matching above all), and the answer only changes when a term is added to the index: remembered until
   * then. Terms that leave the index need no forgetting: their postings are simply gone.
   */
  private expand(word: string, last: boolean): Expansion {
    const key = `${last ? 1 : 0}${word}`;
    const known = this.expansions.get(key);
    if (known) return known;
    const seen = new Set<string>([word]);
    const prefix: string[] = [];
    if (prefixFrom(word, last)) {
      for (const [term] of this._index.atPrefix(word)) {
        if (seen.has(term)) continue;
        seen.add(term);
        prefix.push(term);
        if (prefix.length >= MAX_PREFIX_TERMS) break;
      }
    }
    const fuzzy: [string, number][] = [];
    const typos = typosFor(word);
    if (typos > 0) {
      for (const [term, [, distance]] of this._index.fuzzyGet(word, typos)) {
        if (!seen.has(term) && distance !== 0) fuzzy.push([term, distance]);
      }
    }
    if (this.expansions.size >= MAX_EXPANSIONS) this.expansions.clear();
    const expansion = { prefix, fuzzy };
    this.expansions.set(key, expansion);
    return expansion;
  }

  private scoreTerm(data: FieldTermData | undefined, weight: number, bit: number, out: TextMatches): void {
    if (!data) return;
    const total = this._documentCount;
    const { k, b, d } = BM25;
    for (const [fieldId, freqs] of data) {
      const boost = weight * (this.boostById[fieldId] ?? 1);
      const avg = this._avgFieldLength[fieldId] || 1;
      const matching = freqs.size;
      const idf = Math.log(1 + (total - matching + 0.5) / (matching + 0.5));
      const lengths = this.lengths[this.fieldIndexById[fieldId] ?? 0]!;
      for (const [sid, tf] of freqs) {
        const slot = this.shortToSlot[sid]!;
        if (slot < 0) continue; // discarded, not yet vacuumed
        const norm = 1 - b + (b * lengths[sid]!) / avg;
        out.add(slot, boost * idf * (d + (tf * (k + 1)) / (tf + k * norm)), bit);
      }
    }
  }

  private grow(n: number): void {
    if (n <= this.shortToSlot.length) return;
    const cap = Math.max(n, this.shortToSlot.length * 2);
    const slots = new Int32Array(cap).fill(-1);
    slots.set(this.shortToSlot);
    this.shortToSlot = slots;
    this.lengths.forEach((arr, i) => {
      const next = new Uint16Array(cap);
      next.set(arr);
      this.lengths[i] = next;
    });
  }
}

/** Builds the text record of a document. */
function record(slot: number, doc: SearchDocument): TextRecord {
  const texts = Object.values(doc.texts).filter((t): t is { title: string; description: string } => t !== undefined);
  return {
    id: slot,
    title: texts.map((t) => t.title).join('\n'),
    description: texts.map((t) => t.description.slice(0, MAX_INDEXED_DESCRIPTION)).join('\n'),
    place: [doc.municipality.name, doc.municipality.nameLatin ?? ''].join('\n'),
  };
}

/** The text index of one generation, keyed by DocStore slot. */
export class TextIndex {
  private readonly engine = new SlotMiniSearch();
  private readonly matches = new TextMatches();

  /** Adds or replaces a slot's text. */
  upsert(slot: number, doc: SearchDocument): void {
    this.engine.upsertSlot(record(slot, doc));
  }

  /** Drops a slot's text (MiniSearch cleans its postings up in the background). */
  discard(slot: number): void {
    this.engine.discardSlot(slot);
  }

  /** The slots matching any of the (folded) words; valid until the next call (the arrays are reused). */
  match(words: readonly string[], slots: number): TextMatches {
    this.matches.reset(slots);
    if (words.length > 0) this.engine.accumulate(words, this.matches);
    return this.matches;
  }

  /** Documents the engine holds (discarded ones excluded). */
  get size(): number {
    return this.engine.documentCount;
  }
}
