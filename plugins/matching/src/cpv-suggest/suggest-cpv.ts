// CPV code suggestion: from a listing's title and description in any of the 30 locales, the likely CPV codes.
// Each source of evidence becomes a distribution over codes and one over the divisions, groups and classes;
// their mix is spread over the likely readings by pick(). See README.md for the method and its measured figures.
import { cpvLabel, type LocaleCode } from '@community-sharing/config';
import { LabelConfusion } from './confusion';
import { cpvTree } from './cpv-tree';
import { aggregate, mixInto, normalised } from './distribution';
import { labelEvidence, type Evidence } from './label-evidence';
import { LearnedIndex } from './learned-index';
import { pick } from './pick';
import { withPivots } from './pivot';
import { queryTerms } from './query';
import { searchLanguages } from './search-languages';
import { TUNING } from './tuning';

/** A listing whose CPV codes a member confirmed: the suggester learns from such examples. */
export interface LearnedExample {
  text: string;
  locale: LocaleCode;
  codes: string[];
}

/** One suggested code with its label in the requested locale and its score: the probability it adds to the list, summed over its division, group, class and code (0..4, non-increasing down the list). */
export interface CpvSuggestion {
  code: string;
  label: string;
  score: number;
}

/** A CPV suggester: suggest() ranks codes for a text, learn() adds confirmed examples. */
export interface CpvSuggester {
  suggest(text: string, locale: LocaleCode, limit?: number): CpvSuggestion[];
  learn(examples: LearnedExample[]): void;
}

/** A text read for one locale: its label evidence, and its features for the learned index. */
function read(text: string, locale: LocaleCode): { evidence: Evidence; features: Map<string, number> } {
  const languages = searchLanguages(locale);
  const queries = languages.map((language) => queryTerms(text, language));
  const evidence = labelEvidence(queries, languages);
  return { evidence, features: withPivots(queries[0]!.terms, languages[0]!) };
}

/** Creates a suggester, optionally primed with confirmed examples. */
export function createCpvSuggester(options: { learned?: LearnedExample[] } = {}): CpvSuggester {
  const neighbours = new LearnedIndex();
  const confusion = new LabelConfusion();
  const learn = (examples: readonly LearnedExample[]) => {
    const { position } = cpvTree();
    for (const { text, locale, codes } of examples) {
      const known = [...new Set(codes.map((c) => position.get(c)).filter((p): p is number => p !== undefined))];
      if (known.length === 0) continue;
      const { evidence, features } = read(text, locale);
      neighbours.add(features, known);
      confusion.add(evidence.levels, known);
    }
  };
  learn(options.learned ?? []);
  return {
    suggest(text, locale, limit = 10) {
      if (text.trim() === '' || limit <= 0) return [];
      const { evidence, features } = read(text, locale);
      const { code, levels } = evidence;
      if (confusion.size > 0) {
        confusion.correct(levels).forEach((corrected, l) => mixInto(levels[l]!, corrected, TUNING.confusionWeight));
      }
      if (neighbours.size > 0) {
        const votes = new Float64Array(code.length);
        const similarity = neighbours.vote(features, votes);
        // Neighbours that are barely similar are barely evidence.
        const w = TUNING.learnedWeight * Math.min(1, similarity / TUNING.learnedConfidentAt);
        const fromVotes = normalised(votes);
        mixInto(code, fromVotes, w);
        aggregate(fromVotes).forEach((v, l) => mixInto(levels[l]!, v, w));
      }
      const { codes } = cpvTree();
      return pick(code, levels, limit).map(({ index, gain }) => ({
        code: codes[index]!,
        label: cpvLabel(codes[index]!, locale)!.label,
        score: Math.round(gain * 1000) / 1000,
      }));
    },
    learn,
  };
}
