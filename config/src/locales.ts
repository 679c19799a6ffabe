// The portal's 30 interface locales: the 24 official EU languages and the Western Balkan ones. Strapi has no
// 'cnr' locale, so Montenegrin is stored as 'sr-Latn-ME' and called "Crnogorski".
import type { CpvLanguage } from './cpv-languages.js';

/** The locale codes, in the order the language menu lists them (EU languages first, then the Western Balkans). */
export const LOCALE_CODES = [
  'bg', 'cs', 'da', 'de', 'el', 'en', 'es', 'et', 'fi', 'fr', 'ga', 'hr', 'hu', 'it', 'lt',
  'lv', 'mt', 'nl', 'pl', 'pt', 'ro', 'sk', 'sl', 'sv', 'sq', 'bs', 'mk', 'sr-Cyrl', 'sr-Latn', 'sr-Latn-ME',
] as const;

/** One of LOCALE_CODES. */
export type LocaleCode = (typeof LOCALE_CODES)[number];

/** Everything the platform needs to know about one interface locale. */
export interface LocaleInfo {
  code: LocaleCode;
  /** The language's name in itself, capitalised as in a language menu. */
  name: string;
  englishName: string;
  script: 'Latn' | 'Cyrl' | 'Grek';
  /** The BCP-47 tag to hand to Intl APIs (every one is known to Node's full ICU). */
  intl: string;
  /** Whose CPV labels this locale shows. */
  cpvLanguage: CpvLanguage;
  /** 'none': own labels; 'label': another language's label, marked as a fallback; 'transliterate': that label transliterated. */
  cpvFallback: 'none' | 'label' | 'transliterate';
}

/** The default locale, used when nothing better is known. */
export const DEFAULT_LOCALE: LocaleCode = 'en';

type Row = [LocaleCode, string, string, LocaleInfo['script'], CpvLanguage, LocaleInfo['cpvFallback']];

// code, native name, English name, script, CPV label language, CPV fallback
const ROWS: Row[] = [
  ['bg', 'Български', 'Bulgarian', 'Cyrl', 'bg', 'none'],
  ['cs', 'Čeština', 'Czech', 'Latn', 'cs', 'none'],
  ['da', 'Dansk', 'Danish', 'Latn', 'da', 'none'],
  ['de', 'Deutsch', 'German', 'Latn', 'de', 'none'],
  ['el', 'Ελληνικά', 'Greek', 'Grek', 'el', 'none'],
  ['en', 'English', 'English', 'Latn', 'en', 'none'],
  ['es', 'Español', 'Spanish', 'Latn', 'es', 'none'],
  ['et', 'Eesti', 'Estonian', 'Latn', 'et', 'none'],
  ['fi', 'Suomi', 'Finnish', 'Latn', 'fi', 'none'],
  ['fr', 'Français', 'French', 'Latn', 'fr', 'none'],
  // The CPV data's Irish labels are English text: say so by showing the English label as a fallback.
  ['ga', 'Gaeilge', 'Irish', 'Latn', 'en', 'label'],
  ['hr', 'Hrvatski', 'Croatian', 'Latn', 'hr', 'none'],
  ['hu', 'Magyar', 'Hungarian', 'Latn', 'hu', 'none'],
  ['it', 'Italiano', 'Italian', 'Latn', 'it', 'none'],
  ['lt', 'Lietuvių', 'Lithuanian', 'Latn', 'lt', 'none'],
  ['lv', 'Latviešu', 'Latvian', 'Latn', 'lv', 'none'],
  ['mt', 'Malti', 'Maltese', 'Latn', 'mt', 'none'],
  ['nl', 'Nederlands', 'Dutch', 'Latn', 'nl', 'none'],
  ['pl', 'Polski', 'Polish', 'Latn', 'pl', 'none'],
  ['pt', 'Português', 'Portuguese', 'Latn', 'pt', 'none'],
  ['ro', 'Română', 'Romanian', 'Latn', 'ro', 'none'],
  ['sk', 'Slovenčina', 'Slovak', 'Latn', 'sk', 'none'],
  ['sl', 'Slovenščina', 'Slovenian', 'Latn', 'sl', 'none'],
  ['sv', 'Svenska', 'Swedish', 'Latn', 'sv', 'none'],
  ['sq', 'Shqip', 'Albanian', 'Latn', 'en', 'label'],
  ['bs', 'Bosanski', 'Bosnian', 'Latn', 'hr', 'label'],
  ['mk', 'Македонски', 'Macedonian', 'Cyrl', 'en', 'label'],
  ['sr-Cyrl', 'Српски (ћирилица)', 'Serbian (Cyrillic)', 'Cyrl', 'hr', 'transliterate'],
  ['sr-Latn', 'Srpski (latinica)', 'Serbian (Latin)', 'Latn', 'hr', 'label'],
  ['sr-Latn-ME', 'Crnogorski', 'Montenegrin', 'Latn', 'hr', 'label'],
];

/** The 30 locales with their facts, in LOCALE_CODES order. */
export const LOCALES: readonly LocaleInfo[] = Object.freeze(
  ROWS.map(([code, name, englishName, script, cpvLanguage, cpvFallback]) =>
    Object.freeze({ code, name, englishName, script, intl: code, cpvLanguage, cpvFallback }),
  ),
);

const BY_CODE = new Map<string, LocaleInfo>(LOCALES.map((l) => [l.code, l]));
const BY_LOWER = new Map<string, LocaleCode>(LOCALE_CODES.map((c) => [c.toLowerCase(), c]));

/** Tells whether a value is one of the 30 locale codes (exact spelling, e.g. 'sr-Cyrl'). */
export function isLocaleCode(x: unknown): x is LocaleCode {
  return typeof x === 'string' && BY_CODE.has(x);
}

/** Returns the facts of a locale; throws a RangeError for a code that is not one of the 30. */
export function getLocale(code: LocaleCode): LocaleInfo {
  const info = BY_CODE.get(code);
  if (!info) throw new RangeError(`Unknown locale code: ${String(code)}`);
  return info;
}

// Languages a browser may announce that are best served by one of ours.
const LANGUAGE_ALIASES = new Map<string, LocaleCode>([
  ['cnr', 'sr-Latn-ME'], // Montenegrin's own ISO 639-3 code
  ['sh', 'sr-Latn'], // Serbo-Croatian, written in Latin
  ['mo', 'ro'], // Moldavian
  ['lb', 'de'], // Luxembourgish speakers read German
  ['gsw', 'de'], // Swiss German
]);

/** Maps one language tag to a supported locale, or undefined when none fits. */
function localeForTag(tag: string): LocaleCode | undefined {
  const exact = BY_LOWER.get(tag.toLowerCase());
  if (exact) return exact;
  let parsed: Intl.Locale;
  try {
    parsed = new Intl.Locale(tag);
  } catch {
    return undefined; // not a well-formed tag
  }
  const { language, script, region } = parsed;
  if (language === 'sr') {
    // Montenegro writes Latin; Serbian without a script is Cyrillic, the official script of Serbia.
    if (script === 'Cyrl') return 'sr-Cyrl';
    if (region === 'ME') return 'sr-Latn-ME';
    return script === 'Latn' ? 'sr-Latn' : 'sr-Cyrl';
  }
  const alias = LANGUAGE_ALIASES.get(language);
  if (alias) return alias;
  // hr-BA, bs-Cyrl, de-AT, en-IE, sq-XK ...: the language decides.
  return BY_LOWER.get(language);
}

/** Picks the best supported locale from an Accept-Language header (q-values honoured), else DEFAULT_LOCALE. */
export function matchLocale(acceptLanguageHeader: string | null | undefined): LocaleCode {
  if (!acceptLanguageHeader) return DEFAULT_LOCALE;
  const ranges = acceptLanguageHeader
    .split(',')
    .map((part, index) => {
      const [rawTag = '', ...params] = part.trim().split(';');
      const qParam = params.map((p) => p.trim()).find((p) => /^q=/i.test(p));
      const q = qParam === undefined ? 1 : Number(qParam.slice(2));
      return { tag: rawTag.trim(), q: Number.isFinite(q) ? q : 0, index };
    })
    .filter((r) => r.tag !== '' && r.tag !== '*' && r.q > 0)
    // Highest q first; equal q keeps the header's order.
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const { tag } of ranges) {
    const found = localeForTag(tag);
    if (found) return found;
  }
  return DEFAULT_LOCALE;
}
