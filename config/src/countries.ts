// The 33 countries the platform serves (EU-27 and the Western Balkans) and their names in every locale.
// Names come from Intl.DisplayNames (Node's full ICU); only Montenegrin needs a table of our own.
import { getLocale, type LocaleCode } from './locales.js';

/** ISO 3166-1 alpha-2 codes of the served countries (XK for Kosovo): the EU-27, then the Western Balkans. */
export const COUNTRY_CODES = [
  'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT', 'LV', 'LT',
  'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE',
  'AL', 'BA', 'XK', 'ME', 'MK', 'RS',
] as const;

/** One of COUNTRY_CODES. */
export type CountryCode = (typeof COUNTRY_CODES)[number];

/** What the platform knows about a served country. */
export interface CountryInfo {
  code: CountryCode;
  /** The code Eurostat (LAU, NUTS) uses: 'EL' for Greece, else the ISO code. */
  eurostatCode: string;
  region: 'EU' | 'WB';
  /** The platform locales in which this country's municipalities naturally write, most common first. */
  locales: LocaleCode[];
  /** A rough geographic centre, to frame maps. */
  center: { lat: number; lng: number };
}

type Row = [CountryCode, LocaleCode[], number, number];

// code, writing locales (official and widely used minority languages the platform supports), centre lat, lng
const ROWS: Row[] = [
  ['AT', ['de'], 47.6, 14.1],
  ['BE', ['nl', 'fr', 'de'], 50.6, 4.7],
  ['BG', ['bg'], 42.7, 25.3],
  ['HR', ['hr', 'it'], 45.1, 15.2],
  ['CY', ['el'], 35.0, 33.2],
  ['CZ', ['cs'], 49.8, 15.5],
  ['DK', ['da'], 56.0, 10.0],
  ['EE', ['et'], 58.7, 25.5],
  ['FI', ['fi', 'sv'], 64.5, 26.0],
  ['FR', ['fr'], 46.6, 2.4],
  ['DE', ['de'], 51.2, 10.4],
  ['GR', ['el'], 39.1, 22.0],
  ['HU', ['hu'], 47.2, 19.5],
  ['IE', ['en', 'ga'], 53.4, -8.0],
  ['IT', ['it', 'de', 'fr', 'sl'], 42.8, 12.6],
  ['LV', ['lv'], 56.9, 24.6],
  ['LT', ['lt'], 55.2, 23.9],
  ['LU', ['fr', 'de'], 49.8, 6.1],
  ['MT', ['mt', 'en'], 35.9, 14.4],
  ['NL', ['nl'], 52.2, 5.3],
  ['PL', ['pl'], 52.0, 19.1],
  ['PT', ['pt'], 39.6, -8.0],
  ['RO', ['ro', 'hu'], 45.9, 25.0],
  ['SK', ['sk', 'hu'], 48.7, 19.7],
  ['SI', ['sl', 'it', 'hu'], 46.1, 14.8],
  ['ES', ['es'], 40.3, -3.7],
  ['SE', ['sv', 'fi'], 62.0, 15.0],
  ['AL', ['sq'], 41.2, 20.0],
  ['BA', ['bs', 'sr-Cyrl', 'hr'], 44.2, 17.8],
  ['XK', ['sq', 'sr-Latn'], 42.6, 20.9],
  ['ME', ['sr-Latn-ME'], 42.7, 19.3],
  ['MK', ['mk', 'sq'], 41.6, 21.7],
  ['RS', ['sr-Cyrl', 'sr-Latn', 'hu'], 44.0, 20.9],
];

const WESTERN_BALKANS = new Set<string>(['AL', 'BA', 'XK', 'ME', 'MK', 'RS']);

/** The 33 countries with their facts, in COUNTRY_CODES order. */
export const COUNTRIES: readonly CountryInfo[] = Object.freeze(
  ROWS.map(([code, locales, lat, lng]) =>
    Object.freeze({
      code,
      eurostatCode: code === 'GR' ? 'EL' : code,
      region: WESTERN_BALKANS.has(code) ? ('WB' as const) : ('EU' as const),
      locales,
      center: { lat, lng },
    }),
  ),
);

const BY_CODE = new Map<string, CountryInfo>(COUNTRIES.map((c) => [c.code, c]));

// Spellings met in data files that are not the ISO alpha-2 code of a served country.
const ALIASES = new Map<string, CountryCode>([
  ['EL', 'GR'], // Eurostat
  ['KV', 'XK'], // used by some older datasets
  ['XKX', 'XK'], // the alpha-3 user-assigned code
]);

/** Tells whether a value is one of the 33 country codes (upper case ISO alpha-2, XK for Kosovo). */
export function isCountryCode(x: unknown): x is CountryCode {
  return typeof x === 'string' && BY_CODE.has(x);
}

/** Turns 'gr', 'EL' (Eurostat), 'KV' or 'XKX' into a served country code; undefined for anything else (e.g. 'UK'). */
export function normalizeCountryCode(input: string): CountryCode | undefined {
  const upper = input.trim().toUpperCase();
  if (isCountryCode(upper)) return upper;
  return ALIASES.get(upper);
}

/** Returns the facts of a country; throws a RangeError for a code that is not one of the 33. */
export function getCountry(code: CountryCode): CountryInfo {
  const info = BY_CODE.get(code);
  if (!info) throw new RangeError(`Unknown country code: ${String(code)}`);
  return info;
}

const displayNames = new Map<string, Intl.DisplayNames>();

/** One cached Intl.DisplayNames per locale and type: building them is not free. */
function names(locale: LocaleCode, type: 'region' | 'language'): Intl.DisplayNames {
  const key = `${type}:${locale}`;
  let dn = displayNames.get(key);
  if (!dn) {
    dn = new Intl.DisplayNames([getLocale(locale).intl], { type, fallback: 'code' });
    displayNames.set(key, dn);
  }
  return dn;
}

// Names by locale and code: DisplayNames.of looks the name up in ICU's data on every call, and a page of
// listing cards asks for the same few names again and again. Both sets are small (30 locales × 33 countries or
// 30 languages), so nothing is ever evicted.
const countryNames = new Map<string, string>();
const languageNames = new Map<string, string>();

/** The name of a country in a locale, e.g. countryName('XK', 'sr-Cyrl') === 'Косово'. */
export function countryName(code: CountryCode, locale: LocaleCode): string {
  const key = `${locale}:${code}`;
  let name = countryNames.get(key);
  if (name === undefined) {
    name = names(locale, 'region').of(code) ?? code;
    // Only served codes are kept, so that a stray value cannot grow the map.
    if (isCountryCode(code)) countryNames.set(key, name);
  }
  return name;
}

// ICU treats 'cnr' as an alias of Serbian (Montenegro) except in English, so Montenegrin gets its own names.
const MONTENEGRIN: Record<LocaleCode, string> = {
  bg: 'черногорски', cs: 'černohorština', da: 'montenegrinsk', de: 'Montenegrinisch', el: 'μαυροβουνιακά',
  en: 'Montenegrin', es: 'montenegrino', et: 'montenegro', fi: 'montenegro', fr: 'monténégrin',
  ga: 'Montainéagrais', hr: 'crnogorski', hu: 'montenegrói', it: 'montenegrino', lt: 'juodkalniečių',
  lv: 'melnkalniešu', mt: 'Montenegrin', nl: 'Montenegrijns', pl: 'czarnogórski', pt: 'montenegrino',
  ro: 'muntenegreană', sk: 'čiernohorčina', sl: 'črnogorščina', sv: 'montenegrinska', sq: 'malazezisht',
  bs: 'crnogorski', mk: 'црногорски', 'sr-Cyrl': 'црногорски', 'sr-Latn': 'crnogorski', 'sr-Latn-ME': 'crnogorski',
};

/** The name of a platform language in a locale, first letter capitalised for menus and badges ("Deutsch", "Crnogorski"). */
export function languageName(code: LocaleCode, inLocale: LocaleCode): string {
  const key = `${inLocale}:${code}`;
  let name = languageNames.get(key);
  if (name === undefined) {
    const intlTag = getLocale(inLocale).intl;
    const raw = code === 'sr-Latn-ME' ? MONTENEGRIN[inLocale] : (names(inLocale, 'language').of(getLocale(code).intl) ?? code);
    // Many languages write language names in lower case in running text; as a label it starts with a capital.
    name = raw.charAt(0).toLocaleUpperCase(intlTag) + raw.slice(1);
    // getLocale above threw for anything but the 30 codes, so the map stays small.
    languageNames.set(key, name);
  }
  return name;
}
