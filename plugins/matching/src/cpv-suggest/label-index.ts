// An inverted index over the CPV labels of one language: which codes' labels hold a term, and how rare the
// term is among the 9,454 labels. Built once per label language on first use and shared by every suggester,
// since the labels never change at run time.
import { allCpvCodes, cpvLabels, type CpvLanguage } from '@community-sharing/config';
import { cpvTree, LEVELS } from './cpv-tree';
import { PooledIndex } from './pooled-index';
import { termsOf } from './terms';

/** The labels of one language, indexed by stemmed term. */
export interface LabelIndex {
  language: CpvLanguage;
  /** Every CPV code, ascending; a code's position here is its number in the arrays below. */
  codes: readonly string[];
  /** term -> its id. */
  termIds: ReadonlyMap<string, number>;
  /** term id -> the codes whose label holds the term. */
  postings: readonly Int32Array[];
  /** term id -> inverse document frequency among the labels. */
  idf: Float64Array;
  /** code -> the summed idf of its label's distinct terms (how much a label can be matched). */
  labelMass: Float64Array;
  /** For each of LEVELS: the labels pooled per division, group and class. */
  pooled: readonly PooledIndex[];
}

const cache = new Map<CpvLanguage, LabelIndex>();

/** The label index of a language, built on first use. */
export function labelIndex(language: CpvLanguage): LabelIndex {
  let index = cache.get(language);
  if (!index) {
    index = buildLabelIndex(language);
    cache.set(language, index);
  }
  return index;
}

function buildLabelIndex(language: CpvLanguage): LabelIndex {
  const codes = allCpvCodes();
  const termIds = new Map<string, number>();
  const lists: number[][] = [];
  const labelTerms: number[][] = [];
  codes.forEach((code, i) => {
    const ids = new Set<number>();
    for (const term of termsOf(cpvLabels(code)[language], language)) {
      let id = termIds.get(term);
      if (id === undefined) {
        id = lists.length;
        termIds.set(term, id);
        lists.push([]);
      }
      if (!ids.has(id)) {
        ids.add(id);
        lists[id]!.push(i);
      }
    }
    labelTerms.push([...ids]);
  });
  const n = codes.length;
  const idf = new Float64Array(lists.length);
  lists.forEach((list, id) => {
    idf[id] = Math.log(1 + n / list.length);
  });
  const labelMass = new Float64Array(n);
  labelTerms.forEach((ids, i) => {
    let mass = 0;
    for (const id of ids) mass += idf[id]!;
    labelMass[i] = mass;
  });
  const tree = cpvTree();
  const pooled = LEVELS.map((_, l) => {
    const index = new PooledIndex(tree.prefixCount[l]!);
    const terms = [...termIds.keys()];
    labelTerms.forEach((ids, i) => {
      for (const id of ids) index.add(tree.prefixOf[l]![i]!, terms[id]!);
    });
    return index;
  });
  return { language, codes, termIds, postings: lists.map((l) => Int32Array.from(l)), idf, labelMass, pooled };
}
