// The languages of the CPV 2008 labels, kept apart from cpv.ts so that locales.ts can name them without
// pulling in the CPV data access (and without an import cycle).

/** The 24 official EU languages in which the CPV data carries labels (its Irish labels are English text). */
export const CPV_LANGUAGES = [
  'bg', 'cs', 'da', 'de', 'el', 'en', 'es', 'et', 'fi', 'fr', 'ga', 'hr',
  'hu', 'it', 'lt', 'lv', 'mt', 'nl', 'pl', 'pt', 'ro', 'sk', 'sl', 'sv',
] as const;

/** One of CPV_LANGUAGES. */
export type CpvLanguage = (typeof CPV_LANGUAGES)[number];

const CPV_LANGUAGE_SET = new Set<string>(CPV_LANGUAGES);

/** Tells whether a value is one of the CPV label languages. */
export function isCpvLanguage(x: unknown): x is CpvLanguage {
  return typeof x === 'string' && CPV_LANGUAGE_SET.has(x);
}
