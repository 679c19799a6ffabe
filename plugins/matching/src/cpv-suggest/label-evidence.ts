// The label evidence of a text: a distribution over codes from each code's own label (with its ancestors as
// context), and one per division, group and class that also weighs the labels pooled under each of them.
// A text compared with several label languages (Macedonian, Albanian) gets the mean of their evidence.
import type { CpvLanguage } from '@community-sharing/config';
import { LEVELS } from './cpv-tree';
import { aggregate, mixInto, softmax } from './distribution';
import { labelIndex } from './label-index';
import { labelScores } from './label-scores';
import type { Query } from './query';
import { TUNING } from './tuning';

/** Distributions over codes and, per LEVELS entry, over prefixes. */
export interface Evidence {
  code: Float64Array;
  levels: Float64Array[];
}

/** The evidence of one text read in one label language. */
function inLanguage(query: Query, language: CpvLanguage): Evidence {
  const code = softmax(labelScores(query.terms, query.words, language), TUNING.labelTemperature);
  const levels = aggregate(code);
  const { pooled, termIds } = labelIndex(language);
  const known: [number, number][] = [];
  for (const [term, weight] of query.terms) {
    const id = termIds.get(term);
    if (id !== undefined) known.push([id, weight]);
  }
  LEVELS.forEach((_, l) => {
    mixInto(levels[l]!, softmax(pooled[l]!.scores(known), TUNING.pooledTemperature), TUNING.pooledWeight);
  });
  return { code, levels };
}

/** The label evidence of a text read in each of `languages` (queries[i] is the text read for languages[i]), averaged. */
export function labelEvidence(queries: readonly Query[], languages: readonly CpvLanguage[]): Evidence {
  const all = languages.map((language, i) => inLanguage(queries[i]!, language));
  if (all.length === 1) return all[0]!;
  const mean = (arrays: Float64Array[]) => {
    const out = new Float64Array(arrays[0]!.length);
    for (const a of arrays) for (let i = 0; i < out.length; i++) out[i]! += a[i]! / arrays.length;
    return out;
  };
  return { code: mean(all.map((e) => e.code)), levels: LEVELS.map((_, l) => mean(all.map((e) => e.levels[l]!))) };
}
