// Character n-grams of the CPV labels of one language, for the words that whole-word terms miss: compounds
// ("Feuerwehrfahrzeug" inside "Feuerwehrfahrzeuge", "Tanklöschfahrzeuge" against "Fahrzeug") and inflections
// the light stemmer does not know. Built once per label language on first use, like the word index.
import { allCpvCodes, cpvLabels, type CpvLanguage } from '@community-sharing/config';
import { wordsOf } from './terms';
import { TUNING } from './tuning';

/** The n-grams of one language's labels: postings, idf and each label's total idf. */
export interface NgramIndex {
  gramIds: ReadonlyMap<string, number>;
  postings: readonly Int32Array[];
  idf: Float64Array;
  labelMass: Float64Array;
}

const cache = new Map<CpvLanguage, NgramIndex>();

/** The distinct n-grams of a word list (words shorter than n count as one gram). */
export function gramsOf(words: readonly string[], n = TUNING.ngram): Set<string> {
  const grams = new Set<string>();
  for (const w of words) {
    if (w.length <= n) grams.add(w);
    else for (let i = 0; i + n <= w.length; i++) grams.add(w.slice(i, i + n));
  }
  return grams;
}

/** The n-gram index of a language, built on first use. */
export function ngramIndex(language: CpvLanguage): NgramIndex {
  let index = cache.get(language);
  if (index) return index;
  const codes = allCpvCodes();
  const gramIds = new Map<string, number>();
  const lists: number[][] = [];
  const labelGrams: number[][] = [];
  codes.forEach((code, i) => {
    const ids: number[] = [];
    for (const g of gramsOf(wordsOf(cpvLabels(code)[language], language))) {
      let id = gramIds.get(g);
      if (id === undefined) {
        id = lists.length;
        gramIds.set(g, id);
        lists.push([]);
      }
      lists[id]!.push(i);
      ids.push(id);
    }
    labelGrams.push(ids);
  });
  const idf = Float64Array.from(lists, (l) => Math.log(1 + codes.length / l.length));
  const labelMass = Float64Array.from(labelGrams, (ids) => ids.reduce((m, id) => m + idf[id]!, 0));
  index = { gramIds, postings: lists.map((l) => Int32Array.from(l)), idf, labelMass };
  cache.set(language, index);
  return index;
}

/** Scores every code by the idf-weighted n-grams its label shares with the text's words, times the covered share of the label's n-grams. */
export function ngramScores(words: readonly string[], language: CpvLanguage): Float64Array {
  const index = ngramIndex(language);
  const n = index.labelMass.length;
  const own = new Float64Array(n);
  for (const g of gramsOf(words)) {
    const id = index.gramIds.get(g);
    if (id === undefined) continue;
    const idf = index.idf[id]!;
    for (const c of index.postings[id]!) own[c]! += idf;
  }
  const scores = new Float64Array(n);
  for (let c = 0; c < n; c++) {
    if (own[c]! > 0) scores[c] = own[c]! * Math.pow(own[c]! / index.labelMass[c]!, TUNING.ngramCoverage);
  }
  return scores;
}
