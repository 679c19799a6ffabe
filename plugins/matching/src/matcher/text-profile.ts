// A listing's text as a bag of language-free "concepts", so that texts in different languages and scripts can
// be compared with one cosine:
//   w:<stem>   its own folded, stemmed words (Cyrillic and Latin folded together, the transliteration digraphs
//              loosened), which meet across close languages and scripts ("pozar" in Bulgarian and Serbian);
//   p:<letters> the first five letters of each such word, which cognates share (energ- in energy, Energie,
//              енергия; digit-, proje-, touri-);
//   ~<stem>    their English translations, learned from the CPV labels, which say the same 9,454 things in 24
//              languages (two terms that label the same codes translate each other: Dice over those codes);
//   #<prefix>  the CPV classes (4 digits) and groups (3) that the text evokes, found by matching its terms
//              against the CPV labels of its own language.
// The text tools (folding, stop words, stemming) are the CPV suggester's; the label terms are label-terms.ts.
// Concepts are interned as numbers (process-wide: the table grows with the vocabulary met); a profile is two
// parallel arrays sorted by concept id, compared by cosine. Measured on the CMS demo phrasebooks (30 subjects ×
// 29 languages): a request finds the offer of its own subject first among the 30 in another language 55% of
// the time (chance: 3%), in its own language 94%.
import { type CpvLanguage, type LocaleCode } from '@community-sharing/config';
import { boilerplateStems } from '../cpv-suggest/boilerplate';
import { searchLanguages } from '../cpv-suggest/search-languages';
import { stem } from '../cpv-suggest/stemmer';
import { wordsOf } from '../cpv-suggest/terms';
import { labelAt, labelTerms } from './label-terms';

/** The constants of the text profile, in one place. */
export const PROFILE_TUNING = {
  /** Weight of a title word against a description word (the title says what the listing is). */
  titleWeight: 2,
  /** Weight of a word's English translation, times its Dice coefficient. */
  pivotWeight: 1,
  /** Least Dice coefficient for a translation, and translations kept per word. */
  pivotMinDice: 0.2,
  pivotPerTerm: 3,
  /** Weight of an evoked CPV class (its group gets half), times its score relative to the best label. */
  evokedWeight: 2,
  /** Evoked labels: at most this many, at least this share of the best label's score and of their own terms covered. */
  evokedMax: 3,
  evokedMinShare: 0.5,
  evokedMinCoverage: 0.5,
  /** Words whose label postings are longer than this are too generic to evoke a code ("services"). */
  evokedMaxPostings: 600,
  /** The first letters of a loosened word, a cross-language concept of their own (cognates: energ- in energy, Energie, енергия). */
  prefix: 5,
  prefixWeight: 1,
  /** Texts are cut here. */
  maxText: 5000,
};

// ---------------------------------------------------------------------------------------------------------------
// Concept ids

const ids = new Map<string, number>();
const names: string[] = [];

/** The number of a concept name, interned on first sight. */
export function conceptId(name: string): number {
  let id = ids.get(name);
  if (id === undefined) {
    id = names.length;
    ids.set(name, id);
    names.push(name);
  }
  return id;
}

/** The name of an interned concept ('w:pozar', '~vehicl', '#3414'). */
export function conceptName(id: number): string {
  return names[id] ?? '';
}

/** How many concepts have been interned (concept ids are below this). */
export function conceptCount(): number {
  return names.length;
}

// ---------------------------------------------------------------------------------------------------------------
// Translation to English through the CPV labels

/** A stemmed term -> the concept ids of its English translations ('~' + English stem) with their Dice coefficients. */
type Dictionary = ReadonlyMap<string, readonly (readonly [number, number])[]>;
const dictionaries = new Map<CpvLanguage, Dictionary>();

/** Stemmed label terms of a language -> their English label terms with Dice coefficients (built once per language). */
function englishDictionary(from: CpvLanguage): Dictionary {
  let dict = dictionaries.get(from);
  if (dict) return dict;
  const source = labelTerms(from);
  const target = labelTerms('en');
  const targetTermsOf: number[][] = source.codes.map(() => []);
  target.postings.forEach((codes, id) => {
    for (const c of codes) targetTermsOf[c]!.push(id);
  });
  const targetNames = [...target.termIds.keys()];
  const built = new Map<string, [number, number][]>();
  for (const [term, id] of source.termIds) {
    const codes = source.postings[id]!;
    const together = new Map<number, number>();
    for (const c of codes) for (const t of targetTermsOf[c]!) together.set(t, (together.get(t) ?? 0) + 1);
    const translations: [string, number][] = [];
    for (const [t, both] of together) {
      const dice = (2 * both) / (codes.length + target.postings[t]!.length);
      if (dice >= PROFILE_TUNING.pivotMinDice) translations.push([targetNames[t]!, dice]);
    }
    translations.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    if (translations.length > 0) built.set(term, translations.slice(0, PROFILE_TUNING.pivotPerTerm).map(([english, dice]) => [conceptId('~' + english), dice]));
  }
  dict = built;
  dictionaries.set(from, dict);
  return dict;
}

/** The English pivot of an English term: itself. */
const englishPivots = new Map<string, readonly (readonly [number, number])[]>();
function englishPivot(term: string): readonly (readonly [number, number])[] {
  let pivot = englishPivots.get(term);
  if (!pivot) englishPivots.set(term, (pivot = [[conceptId('~' + term), 1]]));
  return pivot;
}

/** A stem's own-word concept and prefix concept (-1 when the word is too short), loosened, cached per stem. */
const wordConcepts = new Map<string, readonly [number, number]>();
function wordConcept(term: string): readonly [number, number] {
  let concepts = wordConcepts.get(term);
  if (!concepts) {
    const loose = loosen(term);
    const prefix = loose.length > PROFILE_TUNING.prefix ? conceptId('p:' + loose.slice(0, PROFILE_TUNING.prefix)) : -1;
    concepts = [conceptId('w:' + loose), prefix];
    wordConcepts.set(term, concepts);
  }
  return concepts;
}

/** A code position's class and group concepts ('#3414', '#341'; -1 where the code is more general), cached. */
let codeConcepts: Int32Array | undefined;
function classAndGroup(position: number, code: string): [number, number] {
  codeConcepts ??= new Int32Array(2 * labelTerms('en').codes.length).fill(-2);
  if (codeConcepts[2 * position] === -2) {
    const significant = code.replace(/0+$/, '').length;
    codeConcepts[2 * position] = significant >= 4 ? conceptId('#' + code.slice(0, 4)) : -1;
    codeConcepts[2 * position + 1] = significant >= 3 ? conceptId('#' + code.slice(0, 3)) : -1;
  }
  return [codeConcepts[2 * position]!, codeConcepts[2 * position + 1]!];
}

let englishWords: Map<string, string> | undefined;

/** An English stem as a readable word: the shortest English label word with that stem ('vehicl' -> 'vehicle'). */
export function englishWord(stemmed: string): string {
  if (!englishWords) {
    const words = new Map<string, string>();
    for (let c = 0; c < labelTerms('en').codes.length; c++) {
      for (const word of wordsOf(labelAt(c, 'en'), 'en')) {
        const term = stem(word, 'en');
        const known = words.get(term);
        if (known === undefined || word.length < known.length || (word.length === known.length && word < known)) words.set(term, word);
      }
    }
    englishWords = words;
  }
  return englishWords.get(stemmed) ?? stemmed;
}

// ---------------------------------------------------------------------------------------------------------------
// Profiles

/** The concepts of a text with their weights (> 0), sorted by concept id. */
export interface TextProfile {
  ids: Int32Array;
  weights: Float32Array;
  /** The Euclidean norm of the weights. */
  norm: number;
  /** The CPV label language the text was read with (texts of one such language compare on other terms than texts of two). */
  language: CpvLanguage;
}

/** Loosens a folded stem the way config's looseSearchKey does: transliteration digraphs, y/j, doubled letters. */
function loosen(term: string): string {
  return LOOSE_NEEDED.test(term) ? term.replace(LOOSE_PATTERN, (m) => LOOSE[m] ?? m[0]!) : term;
}
const LOOSE: Record<string, string> = { zh: 'z', sh: 's', ch: 'c', ts: 'c', kh: 'h', th: 't', ph: 'f', y: 'i', j: 'i' };
const LOOSE_NEEDED = /[hsyj]|(\p{L})\1/u;
const LOOSE_PATTERN = /zh|sh|ch|ts|kh|th|ph|[yj]|(\p{L})\1+/gu;

/** The weighted stemmed terms of a text in one label language: title words count double, counts grow logarithmically. */
function weightedTerms(title: string, description: string, language: CpvLanguage): Map<string, number> {
  const counts = new Map<string, number>();
  const boilerplate = boilerplateStems(language);
  const add = (text: string, weight: number) => {
    for (const word of wordsOf(text.slice(0, PROFILE_TUNING.maxText), language)) {
      if (word.length < 3) continue;
      const term = stem(word, language);
      if (boilerplate.has(term)) continue;
      counts.set(term, (counts.get(term) ?? 0) + weight);
    }
  };
  add(title, PROFILE_TUNING.titleWeight);
  add(description, 1);
  for (const [term, count] of counts) counts.set(term, 1 + Math.log(count));
  return counts;
}

// Scratch accumulators of evokedCodes, one slot per CPV code, cleared after each use (only the touched slots).
let scratchOwn = new Float64Array(0);
let scratchMatched = new Float64Array(0);

/** The CPV codes (positions, codes) whose labels in `language` the terms match best, with their scores relative to the best. */
function evokedCodes(terms: ReadonlyMap<string, number>, language: CpvLanguage): [number, string, number][] {
  const index = labelTerms(language);
  if (scratchOwn.length < index.codes.length) {
    scratchOwn = new Float64Array(index.codes.length);
    scratchMatched = new Float64Array(index.codes.length);
  }
  const own = scratchOwn;
  const matched = scratchMatched;
  const touched: number[] = [];
  for (const [term, weight] of terms) {
    const id = index.termIds.get(term);
    if (id === undefined) continue;
    const postings = index.postings[id]!;
    if (postings.length > PROFILE_TUNING.evokedMaxPostings) continue;
    const idf = index.idf[id]!;
    for (let k = 0; k < postings.length; k++) {
      const c = postings[k]!;
      if (own[c] === 0) touched.push(c);
      own[c]! += weight * idf;
      matched[c]! += idf;
    }
  }
  // Score the touched labels, keep the best (few pass the share of the best, so the final sort is small).
  const scoredAt = new Float64Array(touched.length);
  let best = 0;
  touched.forEach((c, k) => {
    const coverage = matched[c]! / index.labelMass[c]!;
    const score = coverage >= PROFILE_TUNING.evokedMinCoverage ? own[c]! * coverage * coverage : 0;
    scoredAt[k] = score;
    if (score > best) best = score;
    own[c] = 0;
    matched[c] = 0;
  });
  if (best === 0) return [];
  const kept: [number, number][] = [];
  touched.forEach((c, k) => {
    if (scoredAt[k]! >= PROFILE_TUNING.evokedMinShare * best) kept.push([c, scoredAt[k]!]);
  });
  kept.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  return kept.slice(0, PROFILE_TUNING.evokedMax).map(([c, score]) => [c, index.codes[c]!, score / best]);
}

/** The CPV label languages a locale's text is read with (the suggester's choice), English for an unknown locale. */
export function labelLanguagesOf(locale: LocaleCode | string): readonly CpvLanguage[] {
  try {
    return searchLanguages(locale as LocaleCode);
  } catch {
    return ['en'];
  }
}

/** Builds the concept profile of a text written in a locale. */
export function buildTextProfile(title: string, description: string, locale: LocaleCode): TextProfile {
  const bag = new Map<number, number>();
  const put = (id: number, weight: number) => {
    if (weight <= 0 || id < 0) return;
    const known = bag.get(id);
    if (known === undefined || weight > known) bag.set(id, weight);
  };
  const languages = labelLanguagesOf(locale);
  languages.forEach((language, l) => {
    const terms = weightedTerms(title, description, language);
    // Own words from the main label language only (the others would repeat them with other endings).
    if (l === 0) {
      for (const [term, weight] of terms) {
        const [word, prefix] = wordConcept(term);
        put(word, weight);
        // A word's first letters stand for it across languages: cognates share them (energ-, digit-, proje-).
        put(prefix, PROFILE_TUNING.prefixWeight * weight);
      }
    }
    const dict = language === 'en' ? undefined : englishDictionary(language);
    for (const [term, weight] of terms) {
      const translations = dict ? dict.get(term) : englishPivot(term);
      if (translations) for (const [english, dice] of translations) put(english, PROFILE_TUNING.pivotWeight * dice * weight);
    }
    for (const [position, code, share] of evokedCodes(terms, language)) {
      const [classId, groupId] = classAndGroup(position, code);
      put(classId, PROFILE_TUNING.evokedWeight * share);
      put(groupId, 0.5 * PROFILE_TUNING.evokedWeight * share);
    }
  });
  const ids = Int32Array.from(bag.keys()).sort();
  const weights = Float32Array.from(ids, (id) => bag.get(id)!);
  let norm = 0;
  for (const w of weights) norm += w * w;
  return { ids, weights, norm: Math.sqrt(norm), language: languages[0]! };
}

const profiles = new WeakMap<object, TextProfile>();

/** The profile of a listing's text, computed once per listing object. */
export function profileOf(listing: { title: string; description: string; locale: LocaleCode }): TextProfile {
  let profile = profiles.get(listing);
  if (!profile) {
    profile = buildTextProfile(listing.title ?? '', listing.description ?? '', listing.locale);
    profiles.set(listing, profile);
  }
  return profile;
}

/** The cosine of two profiles. */
export function cosine(a: TextProfile, b: TextProfile): number {
  if (a.norm === 0 || b.norm === 0) return 0;
  const { ids: ai, weights: aw } = a;
  const { ids: bi, weights: bw } = b;
  let dot = 0;
  let i = 0;
  let j = 0;
  while (i < ai.length && j < bi.length) {
    const x = ai[i]!;
    const y = bi[j]!;
    if (x < y) i++;
    else if (x > y) j++;
    else dot += aw[i++]! * bw[j++]!;
  }
  return dot / (a.norm * b.norm);
}

/** The concepts two profiles share, those that contribute most to their cosine first (at most `max`). */
export function sharedConcepts(a: TextProfile, b: TextProfile, max: number): number[] {
  const shared: [number, number][] = [];
  let i = 0;
  let j = 0;
  while (i < a.ids.length && j < b.ids.length) {
    const x = a.ids[i]!;
    const y = b.ids[j]!;
    if (x < y) i++;
    else if (x > y) j++;
    else shared.push([x, a.weights[i++]! * b.weights[j++]!]);
  }
  shared.sort((p, q) => q[1] - p[1] || p[0] - q[0]);
  return shared.slice(0, max).map(([id]) => id);
}
