// The CPV labels of one language, indexed: which codes' labels hold a (stemmed) term and how rare it is, the
// labels pooled per division, group and class, and their character n-grams. Built once per label language on
// first use and shared by every suggester, since the labels never change at run time.
import { allCpvCodes, cpvLabels, type CpvLanguage } from '@community-sharing/config';
import { cpvTree, LEVELS } from './cpv-tree';
import { buildNgramIndex, type NgramIndex } from './ngram-index';
import { PooledIndex } from './pooled-index';
import { Postings } from './postings';
import { stem } from './stemmer';
import { wordsOf } from './terms';

/** The labels of one language, indexed. */
export interface LabelIndex {
  language: CpvLanguage;
  /** Every CPV code, ascending; a code's position here is its number in the arrays below. */
  codes: readonly string[];
  /** term -> its id. */
  termIds: ReadonlyMap<string, number>;
  /** term id -> the code positions whose label holds the term. */
  postings: Postings;
  /** term id -> inverse document frequency among the labels. */
  idf: Float64Array;
  /** code -> the summed idf of its label's distinct terms (how much a label can be matched). */
  labelMass: Float64Array;
  /** For each of LEVELS: the labels pooled per division, group and class. */
  pooled: readonly PooledIndex[];
  /** The labels' character n-grams. */
  grams: NgramIndex;
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
  const tree = cpvTree();
  const termIds = new Map<string, number>();
  const lists: number[][] = [];
  // Folding is the costly part of the build: each label is folded once, for its terms and its n-grams.
  const labelWords = codes.map((code) => wordsOf(cpvLabels(code)[language], language));
  const labelTerms = labelWords.map((words, c) => {
    const ids = new Set<number>();
    for (const word of words) {
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
    return [...ids];
  });
  const idf = Float64Array.from(lists, (list) => Math.log(1 + codes.length / list.length));
  const labelMass = Float64Array.from(labelTerms, (ids) => ids.reduce((mass, id) => mass + idf[id]!, 0));
  const pooled = LEVELS.map(
    (_, l) => new PooledIndex(labelTerms, tree.prefixOf[l]!, tree.prefixCount[l]!, lists.length),
  );
  return {
    language,
    codes,
    termIds,
    postings: Postings.from(lists),
    idf,
    labelMass,
    pooled,
    grams: buildNgramIndex(labelWords),
  };
}
