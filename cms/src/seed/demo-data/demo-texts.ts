import { cyrillicToLatin, serbianLatinToCyrillic, type LocaleCode } from '@community-sharing/config';
import type { DemoPhrasebook, DemoText } from './phrasebook-types';
import { loadPhrasebook } from './phrasebooks';
import { DEMO_SUBJECTS } from './subjects';

/** Returns true when every text the generator reads is present and non-empty (a book being written may not be). */
export function isCompletePhrasebook(book: DemoPhrasebook | undefined): book is DemoPhrasebook {
  if (!book || !book.subjects || !book.messages) return false;
  const filled = (text: unknown) => typeof text === 'string' && text.trim().length > 0;
  const sideFilled = (side: DemoText | undefined) => !!side && filled(side.title) && filled(side.description);
  return (
    DEMO_SUBJECTS.every((s) => sideFilled(book.subjects[s.key]?.offer) && sideFilled(book.subjects[s.key]?.request)) &&
    filled(book.municipalityDescription) &&
    filled(book.feedback) &&
    (['ask', 'accept', 'decline', 'handover', 'thanks'] as const).every((m) => filled(book.messages[m]))
  );
}

/** Returns a copy of a phrasebook with every text passed through `convert`. */
function convertPhrasebook(book: DemoPhrasebook, locale: string, convert: (text: string) => string): DemoPhrasebook {
  const side = (text: DemoText): DemoText => ({ title: convert(text.title), description: convert(text.description) });
  const subjects = Object.fromEntries(
    Object.entries(book.subjects).map(([key, s]) => [key, { offer: side(s.offer), request: side(s.request) }]),
  ) as DemoPhrasebook['subjects'];
  const m = book.messages;
  return {
    locale,
    subjects,
    municipalityDescription: convert(book.municipalityDescription),
    messages: {
      ask: convert(m.ask),
      accept: convert(m.accept),
      decline: convert(m.decline),
      handover: convert(m.handover),
      thanks: convert(m.thanks),
    },
    feedback: convert(book.feedback),
  };
}

/** Locales whose book is derived from another one rather than written: Serbian Latin from Serbian Cyrillic. */
const DERIVED: Record<string, { from: string; convert: (text: string) => string }> = {
  'sr-Latn': { from: 'sr-Cyrl', convert: (text) => cyrillicToLatin(text, 'sr') },
};

/** Returns the complete phrasebook of a locale, written or derived, or undefined when there is none (yet). */
export function phrasebookFor(locale: string): DemoPhrasebook | undefined {
  const derived = DERIVED[locale];
  if (derived) {
    const source = loadPhrasebook(derived.from);
    return isCompletePhrasebook(source) ? convertPhrasebook(source, locale, derived.convert) : undefined;
  }
  const book = loadPhrasebook(locale);
  return isCompletePhrasebook(book) ? book : undefined;
}

/**
 * Returns the first locale of `chain` that has a phrasebook, with that book; English closes every chain, so
 * this only fails if en.ts itself is missing.
 */
export function resolvePhrasebook(chain: readonly LocaleCode[]): { locale: LocaleCode; book: DemoPhrasebook } {
  for (const locale of [...chain, 'en' as LocaleCode]) {
    const book = phrasebookFor(locale);
    if (book) return { locale, book };
  }
  throw new Error('The English demo phrasebook (phrasebooks/en.ts) is missing or incomplete.');
}

/** Scripts in which a Latin GeoNames name must be rewritten: the locale's own letters. */
const NATIVE_SCRIPT_LOCALES = new Set(['bg', 'mk', 'el']);

/** Returns a place's name as a text in `locale` writes it (Cyrillic for Serbian Cyrillic, Greek for Greek...). */
export function placeNameIn(place: { name: string; nativeName?: string }, locale: string): string {
  if (locale === 'sr-Cyrl') return serbianLatinToCyrillic(place.name);
  if (NATIVE_SCRIPT_LOCALES.has(locale) && place.nativeName) return place.nativeName;
  return place.name;
}

/** Returns the template with `{name}`-style slots replaced by the given values. */
export function fillTemplate(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (slot, key: string) => values[key] ?? slot);
}
