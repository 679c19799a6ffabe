// The query-side concept index of the embedded engine: every folded word of the CPV labels (24 languages), of
// the kind labels (30 locales) and of the country names (30 locales), mapped to the codes, kinds and countries
// whose names contain it. A query word is looked up here once and becomes "listings with one of these CPV
// codes / this kind / this country", instead of copying 24 languages of labels into every listing (DESIGN:
// +60% memory). That is how "fire engine" finds a listing written only in Bulgarian, and "България",
// "Bugarska" or "Bulgaria" the Bulgarian ones.
import {
  COUNTRY_CODES,
  LISTING_KINDS,
  LOCALE_CODES,
  allCpvCodes,
  countryName,
  cpvLabels,
  type CountryCode,
} from '@community-sharing/config';
import { parentWithChildLabels } from './cpv-terms';
import { indexTokens } from './tokens';

/** What one query word names. */
export interface ConceptMatch {
  /** Listing CPV codes the word makes findable (label codes and their 7-significant-digit parents), as sorted indexes into allCpvCodes(). */
  cpv: Int32Array;
  /** Bit i set: the word names LISTING_KINDS[i]. */
  kinds: number;
  countries: readonly CountryCode[];
}

const EMPTY: ConceptMatch = Object.freeze({ cpv: new Int32Array(0), kinds: 0, countries: [] });

// A stem this short or generic may start hundreds of label words; then only near-equal lengths count.
const MAX_PREFIX_SPREAD = 300;
const CACHE_LIMIT = 5000;

/** The prefix a query word is looked up by: itself up to 4 letters, then minus 1 (5-6) or 2 (7+) letters, a crude multilingual stemmer ("pozharen" meets "pozharni", "engine" meets "engines"). */
export function conceptStem(word: string): string {
  if (word.length <= 4) return word;
  return word.slice(0, word.length - (word.length >= 7 ? 2 : 1));
}

/** The built index: sorted distinct words, each with its postings (entry numbers). */
export class Vocabulary {
  private readonly cache = new Map<string, ConceptMatch>();
  private readonly codeIndex: Map<string, number>;

  private constructor(
    private readonly words: string[],
    private readonly offsets: Int32Array,
    private readonly postings: Int32Array,
    private readonly codes: readonly string[],
  ) {
    this.codeIndex = new Map(codes.map((c, i) => [c, i]));
  }

  /** Builds the index, yielding to the event loop every `chunk` codes so that a server keeps answering meanwhile. */
  static async build(chunk = 400): Promise<Vocabulary> {
    const codes = allCpvCodes();
    const byWord = new Map<string, number[]>();
    const add = (text: string, entry: number): void => {
      for (const word of indexTokens(text)) {
        const list = byWord.get(word);
        if (list === undefined) byWord.set(word, [entry]);
        else if (list[list.length - 1] !== entry) list.push(entry);
      }
    };
    for (let i = 0; i < codes.length; i++) {
      // One call per code over all its labels: the folding is cheaper on one string than on 24.
      add(Object.values(cpvLabels(codes[i]!)).join('\n'), i);
      if (chunk > 0 && i % chunk === chunk - 1) await new Promise((resolve) => setImmediate(resolve));
    }
    LISTING_KINDS.forEach((kind, k) => add(Object.values(kind.labels).join('\n'), codes.length + k));
    COUNTRY_CODES.forEach((country, c) =>
      add(LOCALE_CODES.map((locale) => countryName(country, locale)).join('\n'), codes.length + LISTING_KINDS.length + c),
    );
    const words = [...byWord.keys()].sort();
    const offsets = new Int32Array(words.length + 1);
    let total = 0;
    words.forEach((w, i) => {
      offsets[i] = total;
      total += byWord.get(w)!.length;
    });
    offsets[words.length] = total;
    const postings = new Int32Array(total);
    words.forEach((w, i) => postings.set(byWord.get(w)!, offsets[i]!));
    return new Vocabulary(words, offsets, postings, codes);
  }

  /** How many distinct words the index holds. */
  get size(): number {
    return this.words.length;
  }

  /** The codes, kinds and countries whose names contain a word starting with the query word's stem. */
  match(word: string): ConceptMatch {
    const cached = this.cache.get(word);
    if (cached) return cached;
    const result = this.lookup(word);
    if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
    this.cache.set(word, result);
    return result;
  }

  private lookup(word: string): ConceptMatch {
    if (word.length === 0) return EMPTY;
    const exactOnly = word.length < 3;
    const stem = exactOnly ? word : conceptStem(word);
    let from = this.lowerBound(stem);
    let to = from;
    if (exactOnly) {
      if (this.words[from] === word) to = from + 1;
    } else {
      while (to < this.words.length && this.words[to]!.startsWith(stem)) to++;
    }
    if (to === from) return EMPTY;
    const tight = to - from > MAX_PREFIX_SPREAD;
    const cpv = new Set<number>();
    const countries = new Set<CountryCode>();
    let kinds = 0;
    const nCodes = this.codes.length;
    const nKinds = LISTING_KINDS.length;
    for (let w = from; w < to; w++) {
      if (tight && this.words[w]!.length > word.length + 3) continue;
      for (let p = this.offsets[w]!; p < this.offsets[w + 1]!; p++) {
        const entry = this.postings[p]!;
        if (entry < nCodes) {
          cpv.add(entry);
          const parent = parentWithChildLabels(this.codes[entry]!);
          if (parent !== undefined) cpv.add(this.codeIndex.get(parent)!);
        } else if (entry < nCodes + nKinds) kinds |= 1 << (entry - nCodes);
        else countries.add(COUNTRY_CODES[entry - nCodes - nKinds]!);
      }
    }
    return { cpv: Int32Array.from(cpv).sort(), kinds, countries: [...countries] };
  }

  private lowerBound(key: string): number {
    let lo = 0;
    let hi = this.words.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.words[mid]! < key) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

let building: Promise<Vocabulary> | undefined;

/** The process-wide vocabulary, built on first use (about 4 s of CPU in slices); every provider shares it. */
export function loadVocabulary(): Promise<Vocabulary> {
  building ??= Vocabulary.build().catch((err: unknown) => {
    building = undefined; // let the next call try again
    throw err;
  });
  return building;
}
