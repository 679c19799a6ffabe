// A text as weighted terms: the weight of a term grows with how often it occurs, but slowly (a description that
// repeats "road" ten times is about roads, not ten times more than a title that says it once), and the first
// line — the title, as callers pass "title\ndescription" — counts double.
import type { CpvLanguage } from '@community-sharing/config';
import { boilerplateStems } from './boilerplate';
import { stem } from './stemmer';
import { wordsOf } from './terms';
import { TUNING } from './tuning';

/** How much more a term of the first line (the title) weighs than one of the rest. */
const TITLE_WEIGHT = (): number => TUNING.titleWeight;

/** Longer texts are cut here: the first 20,000 characters say what a listing is about. */
export const MAX_TEXT = 20_000;

/** A text prepared for scoring: its weighted stemmed terms and its distinct words. */
export interface Query {
  terms: Map<string, number>;
  words: string[];
}

/** The weighted terms (term -> weight > 0) and distinct words of a text for a label language. */
export function queryTerms(text: string, language: CpvLanguage): Query {
  const clipped = text.length > MAX_TEXT ? text.slice(0, MAX_TEXT) : text;
  const newline = clipped.indexOf('\n');
  const title = newline < 0 ? clipped : clipped.slice(0, newline);
  const rest = newline < 0 ? '' : clipped.slice(newline + 1);
  const counts = new Map<string, number>();
  const words = new Set<string>();
  const boilerplate = boilerplateStems(language);
  const add = (part: string, weight: number, decay: number) => {
    wordsOf(part, language).forEach((word, i) => {
      const term = stem(word, language);
      if (TUNING.boilerplate && boilerplate.has(term)) return;
      words.add(word);
      counts.set(term, (counts.get(term) ?? 0) + weight * (1 + decay / (1 + i)));
    });
  };
  add(title, rest.trim() === '' ? 1 : TITLE_WEIGHT(), TUNING.titleDecay);
  add(rest, 1, 0);
  for (const [term, count] of counts) counts.set(term, 1 + Math.log(count));
  return { terms: counts, words: [...words] };
}
