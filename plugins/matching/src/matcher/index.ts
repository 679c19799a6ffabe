// The matcher: plain TypeScript (no Strapi) that pairs offers with requests across languages.
export * from './types';
export { scoreMatch, cpvAffinity, distanceScore, isOpenListing, todayIso, MATCH_WEIGHTS, MATCH_THRESHOLD, TAXONOMY_SCORES, TEXT_FULL_AT, TEXT_MIN_RELATED, type ScoreOptions } from './score-match';
export { createCandidateIndex, INDEX_TUNING, type CandidateIndex } from './candidate-index';
export { matchListing, naiveMatchListing, DEFAULT_MATCH_LIMIT, DEFAULT_CANDIDATES, type MatchOptions } from './match-listing';
export { describeReasons, reasonPhrases, reasonLocale, REASON_LOCALES, type ReasonLocale } from './reasons-text';
export { buildTextProfile, profileOf, cosine, sharedConcepts, PROFILE_TUNING, type TextProfile } from './text-profile';
export { haversineKm } from './geo';
