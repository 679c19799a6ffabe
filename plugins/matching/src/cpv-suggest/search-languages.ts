// Which label languages a locale's text is compared with. Usually the locale's own CPV label language (config's
// cpvLanguage: Croatian for Bosnian, Serbian and Montenegrin, whose Cyrillic folds to the same Latin). Two
// locales have no labels of their own and a fallback (English) that their words never meet: Macedonian text
// is compared with its closest neighbours' labels, Bulgarian and Croatian; Albanian with English and Italian,
// the source of many of its loanwords. The labels shown stay config's choice (cpvLabel).
import { getLocale, type CpvLanguage, type LocaleCode } from '@community-sharing/config';

const OVERRIDES: Partial<Record<LocaleCode, readonly CpvLanguage[]>> = {
  mk: ['bg', 'hr'],
  sq: ['en', 'it'],
};

/** The label languages to compare a locale's text with, the first one the main. */
export function searchLanguages(locale: LocaleCode): readonly CpvLanguage[] {
  return OVERRIDES[locale] ?? [getLocale(locale).cpvLanguage];
}
