// The CPV labels of one language as stemmed terms: which codes' labels hold a term, how rare it is, and how much
// each label can be matched. The matcher's own small index (the CPV suggester keeps a richer one for its own
// needs); it uses the suggester's text tools (folding and stop words in wordsOf, stem), so that listing texts
// and labels are read alike. Built once per label language on first use.
import { allCpvCodes, cpvLabels, type CpvLanguage } from '@community-sharing/config';
import { stem } from '../cpv-suggest/stemmer';
import { wordsOf } from '../cpv-suggest/terms';

/** The labels of one language, by stemmed term. */
export interface LabelTerms {
  language: CpvLanguage;
  /** Every CPV code, ascending; a code's position here is its number in the arrays below. */
  codes: readonly string[];
  /** term -> its id. */
  termIds: ReadonlyMap<string, number>;
  /** term id -> the positions of the codes whose label holds the term. */
  postings: readonly Int32Array[];
  /** term id -> inverse document frequency among the labels. */
  idf: Float64Array;
  /** code position -> the summed idf of its label's distinct terms. */
  labelMass: Float64Array;
}

let allLabels: Record<CpvLanguage, string>[] | undefined;
const cache = new Map<CpvLanguage, LabelTerms>();

/** The labels of every code in the 24 languages (read once: cpvLabels copies a record per call). */
function labels(): Record<CpvLanguage, string>[] {
  allLabels ??= allCpvCodes().map((code) => cpvLabels(code));
  return allLabels;
}

/** The label of a code position in a language. */
export function labelAt(position: number, language: CpvLanguage): string {
  return labels()[position]![language];
}

/** The label terms of a language, built on first use. */
export function labelTerms(language: CpvLanguage): LabelTerms {
  let index = cache.get(language);
  if (index) return index;
  const codes = allCpvCodes();
  const termIds = new Map<string, number>();
  const lists: number[][] = [];
  const labelTermIds: number[][] = [];
  labels().forEach((record, c) => {
    const ids = new Set<number>();
    for (const word of wordsOf(record[language], language)) {
      const term = stem(word, language);
      let id = termIds.get(term);
      if (id === undefined) {
        id = lists.length;
        termIds.set(term, id);
        lists.push([]);
      }
      if (!ids.has(id)) {
        ids.add(id);
        lists[id]!.push(c);
      }
    }
    labelTermIds.push([...ids]);
  });
  const idf = Float64Array.from(lists, (list) => Math.log(1 + codes.length / list.length));
  const labelMass = Float64Array.from(labelTermIds, (ids) => ids.reduce((mass, id) => mass + idf[id]!, 0));
  index = { language, codes, termIds, postings: lists.map((list) => Int32Array.from(list)), idf, labelMass };
  cache.set(language, index);
  return index;
}
