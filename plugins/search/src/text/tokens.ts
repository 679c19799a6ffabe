// How the embedded engine cuts text into terms: the loose key of config/transliterate.ts, at index and at query
// time, so that Cyrillic, Greek and Latin spellings meet ("Шумен", "Shumen", "Sumen" -> "sumen") and so do the
// digraph spellings transliterations disagree on. Loose keys are a strict superset of folded matches.
import { looseSearchKey, looseSearchKeys } from '@community-sharing/config';
import { stopWordSet } from './stopwords';

/** Query words beyond this many are ignored (coverage is tracked in a 32-bit mask; real queries are short). */
export const MAX_QUERY_TOKENS = 12;

/** The index terms of a text. */
export function indexTokens(text: string): string[] {
  return looseSearchKeys(text);
}

/** The distinct query terms of q, stop words dropped when other words remain, at most MAX_QUERY_TOKENS. */
export function queryTokens(q: string): string[] {
  const tokens = [...new Set(looseSearchKeys(q))];
  const stop = stopWordSet(looseSearchKey);
  const meaningful = tokens.filter((t) => !stop.has(t));
  return (meaningful.length > 0 ? meaningful : tokens).slice(0, MAX_QUERY_TOKENS);
}
