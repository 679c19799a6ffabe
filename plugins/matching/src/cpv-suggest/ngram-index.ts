// Character n-grams of the CPV labels of one language, for the words that whole-word terms miss: compounds
// ("Feuerwehrfahrzeug" inside "Feuerwehrfahrzeuge", "Tanklöschfahrzeuge" against "Fahrzeug") and inflections
// the light stemmer does not know.
import { Postings } from './postings';
import { TUNING } from './tuning';

/** The n-grams of one language's labels: postings, idf and each label's total idf. */
export interface NgramIndex {
  gramIds: ReadonlyMap<string, number>;
  postings: Postings;
  idf: Float64Array;
  labelMass: Float64Array;
}

/** The distinct n-grams of a word list (words shorter than n count as one gram). */
export function gramsOf(words: readonly string[], n = TUNING.ngram): Set<string> {
  const grams = new Set<string>();
  for (const w of words) {
    if (w.length <= n) grams.add(w);
    else for (let i = 0; i + n <= w.length; i++) grams.add(w.slice(i, i + n));
  }
  return grams;
}

/** Builds the n-gram index over the folded words of each label (by code position). */
export function buildNgramIndex(labelWords: readonly (readonly string[])[]): NgramIndex {
  const gramIds = new Map<string, number>();
  const lists: number[][] = [];
  const labelGrams: number[][] = [];
  labelWords.forEach((words, c) => {
    const ids: number[] = [];
    for (const g of gramsOf(words)) {
      let id = gramIds.get(g);
      if (id === undefined) {
        id = lists.length;
        gramIds.set(g, id);
        lists.push([]);
      }
      lists[id]!.push(c);
      ids.push(id);
    }
    labelGrams.push(ids);
  });
  const idf = Float64Array.from(lists, (l) => Math.log(1 + labelWords.length / l.length));
  const labelMass = Float64Array.from(labelGrams, (ids) => ids.reduce((m, id) => m + idf[id]!, 0));
  return { gramIds, postings: Postings.from(lists), idf, labelMass };
}

/** Scores every code by the idf-weighted n-grams its label shares with the text's words, times the covered share of the label's n-grams. */
export function ngramScores(index: NgramIndex, words: readonly string[]): Float64Array {
  const n = index.labelMass.length;
  const own = new Float64Array(n);
  const { items } = index.postings;
  for (const g of gramsOf(words)) {
    const id = index.gramIds.get(g);
    if (id === undefined) continue;
    const idf = index.idf[id]!;
    for (let i = index.postings.start(id); i < index.postings.end(id); i++) own[items[i]!]! += idf;
  }
  const scores = new Float64Array(n);
  for (let c = 0; c < n; c++) {
    if (own[c]! > 0) scores[c] = own[c]! * Math.pow(own[c]! / index.labelMass[c]!, TUNING.ngramCoverage);
  }
  return scores;
}
