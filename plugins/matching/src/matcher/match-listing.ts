// Matches one listing: its candidates from the index, each scored, those at or above the threshold kept, the
// best first. naiveMatchListing does the same over every listing it is given (a full scan), as the yardstick
// the benchmark measures the index against.
import type { CandidateIndex } from './candidate-index';
import { addSharedTerms, isOpenListing, MATCH_THRESHOLD, scoreMatch, todayIso } from './score-match';
import type { MatchableListing, ScoredMatch } from './types';

export interface MatchOptions {
  /** YYYY-MM-DD: the day against which expiry is judged (default: today, UTC). */
  today?: string;
  /** The least score kept (default MATCH_THRESHOLD). */
  threshold?: number;
  /** How many matches are returned at most (default 20). */
  limit?: number;
  /** How many candidates the index hands over for scoring (default 500). */
  candidates?: number;
}

export const DEFAULT_MATCH_LIMIT = 20;
export const DEFAULT_CANDIDATES = 500;

/** Best first; equal scores in a stable order (by the counterpart's ids). */
function byScore(a: ScoredMatch, b: ScoredMatch): number {
  return b.score - a.score || (a.offerId < b.offerId ? -1 : a.offerId > b.offerId ? 1 : 0) || (a.requestId < b.requestId ? -1 : a.requestId > b.requestId ? 1 : 0);
}

/** Scores `others` against `listing` and keeps the best at or above the threshold. */
function scoreAll(listing: MatchableListing, others: Iterable<MatchableListing>, options: MatchOptions): ScoredMatch[] {
  const today = options.today ?? todayIso();
  if (!isOpenListing(listing, today)) return [];
  const threshold = options.threshold ?? MATCH_THRESHOLD;
  const limit = options.limit ?? DEFAULT_MATCH_LIMIT;
  const found: ScoredMatch[] = [];
  const counterparts = new Map<string, MatchableListing>();
  for (const other of others) {
    // The shared terms of the text reason are read for the kept matches only (below).
    const match = scoreMatch(listing, other, { today, sharedTerms: false });
    if (match && match.score >= threshold) {
      found.push(match);
      counterparts.set(other.id, other);
    }
  }
  found.sort(byScore);
  const kept = found.slice(0, Math.max(0, limit));
  for (const match of kept) {
    const other = counterparts.get(listing.type === 'offer' ? match.requestId : match.offerId)!;
    if (listing.type === 'offer') addSharedTerms(match, listing, other);
    else addSharedTerms(match, other, listing);
  }
  return kept;
}

/** The matches of a listing among the index's candidates, best first (empty when the listing itself is not open). */
export function matchListing(listing: MatchableListing, index: CandidateIndex, options: MatchOptions = {}): ScoredMatch[] {
  const today = options.today ?? todayIso();
  if (!isOpenListing(listing, today)) return [];
  const candidates = index.candidates(listing, options.candidates ?? DEFAULT_CANDIDATES, { today });
  return scoreAll(listing, candidates, { ...options, today });
}

/** The same matching over every listing given (a full scan): for comparison only, never for production. */
export function naiveMatchListing(listing: MatchableListing, all: Iterable<MatchableListing>, options: MatchOptions = {}): ScoredMatch[] {
  return scoreAll(listing, all, options);
}
