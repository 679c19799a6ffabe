import type { DemoPhrasebook } from '../phrasebook-types';

/**
 * Loads one phrasebook file by its locale, or returns undefined when the file is missing or broken, so the
 * demo data keeps building while phrasebooks are still being written (the generator then falls back).
 * `require` is the compiled CommonJS one; under Vitest only the explicit `.ts` name resolves.
 */
function load(locale: string): DemoPhrasebook | undefined {
  for (const path of [`./${locale}`, `./${locale}.ts`]) {
    try {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const book = (require(path) as { phrasebook?: DemoPhrasebook }).phrasebook;
      if (book && book.locale === locale && book.subjects) return book;
    } catch {
      // not there (yet), or not in this form: try the next name
    }
  }
  return undefined;
}

/**
 * Every demo locale with its own phrasebook file (sr-Latn has none: it is transliterated from sr-Cyrl).
 * Each loader returns undefined while its file does not exist.
 */
export const PHRASEBOOK_LOADERS: Record<string, () => DemoPhrasebook | undefined> = {
  bg: () => load('bg'),
  cs: () => load('cs'),
  da: () => load('da'),
  de: () => load('de'),
  el: () => load('el'),
  en: () => load('en'),
  es: () => load('es'),
  et: () => load('et'),
  fi: () => load('fi'),
  fr: () => load('fr'),
  ga: () => load('ga'),
  hr: () => load('hr'),
  hu: () => load('hu'),
  it: () => load('it'),
  lt: () => load('lt'),
  lv: () => load('lv'),
  mt: () => load('mt'),
  nl: () => load('nl'),
  pl: () => load('pl'),
  pt: () => load('pt'),
  ro: () => load('ro'),
  sk: () => load('sk'),
  sl: () => load('sl'),
  sv: () => load('sv'),
  sq: () => load('sq'),
  bs: () => load('bs'),
  mk: () => load('mk'),
  'sr-Cyrl': () => load('sr-Cyrl'),
  'sr-Latn-ME': () => load('sr-Latn-ME'),
};

const cache = new Map<string, DemoPhrasebook | undefined>();

/** Returns the phrasebook written for a locale, or undefined when there is none (yet). */
export function loadPhrasebook(locale: string): DemoPhrasebook | undefined {
  if (!cache.has(locale)) cache.set(locale, PHRASEBOOK_LOADERS[locale]?.());
  return cache.get(locale);
}
