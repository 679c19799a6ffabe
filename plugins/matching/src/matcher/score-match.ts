// Scores one offer against one request: whether they can be a pair at all, how well they fit (0..1), and why.
//
// score = Σ MATCH_WEIGHTS[signal] × signal score (each 0..1):
//   taxonomy  the closest pair of their CPV codes (same code > class > group > division), or, when a side has no
//             CPV code (expertise, volunteers, investment, ... or a listing left without codes), the same platform
//             kind; unrelated: 0;
//   text      the cosine of the two texts' concept bags (text-profile.ts), full at TEXT_FULL_AT (lower across
//             two languages, where the shared concepts are fewer);
//   distance  1 within 50 km, 0.5 at 500 km, about 0.05 at 2,000 km; neutral (0.5) when a place is unknown;
//   dates     the offer available (availableFrom, else now) by the request's deadline: 1, after it: 0.1; no
//             deadline: 0.7;
//   quantity  same unit: the share of the requested quantity the offer covers; neutral (0.5) when unknown.
// A pair is refused (null) when both are of one type, of one municipality, either is not published or has
// expired, the distance exceeds a radius either side set, or their texts are unrelated (below TEXT_MIN_RELATED)
// while their taxonomy is unrelated or only the same kind: for kinds without CPV codes, the kind is the main
// signal and the text decides.
import { cpvTreeDistance, normalizeCpvCode } from '@community-sharing/config';
import { haversineKm, hasPlace } from './geo';
import { conceptName, cosine, englishWord, profileOf, sharedConcepts } from './text-profile';
import type { CpvMatchLevel, MatchableListing, MatchReason, ScoredMatch } from './types';

/** How much each signal counts in the score (they sum to 1). */
export const MATCH_WEIGHTS = {
  taxonomy: 0.45,
  text: 0.3,
  distance: 0.15,
  dates: 0.05,
  quantity: 0.05,
} as const;

/** The least score a pair needs to be kept as a match. */
export const MATCH_THRESHOLD = 0.35;

/** The taxonomy score of each CPV level, and of the same platform kind when CPV codes are absent. */
export const TAXONOMY_SCORES = {
  code: 1,
  class: 0.85,
  group: 0.6,
  division: 0.25,
  sameKind: 0.35,
} as const;

/**
 * Text similarity (cosine) at which the text signal is full, and below which two texts count as unrelated, for
 * texts in one language and in two. Measured on the demo phrasebooks (30 subjects, 29 languages): texts of one
 * subject in two languages reach a median 0.05 (a quarter above 0.10), texts of two subjects stay under 0.015
 * nine times in ten; in one language the same subject has a median 0.35, two subjects 0.02 (0.1 at p90).
 */
export const TEXT_FULL_AT = { sameLanguage: 0.5, crossLanguage: 0.2 } as const;
export const TEXT_MIN_RELATED = { sameLanguage: 0.15, crossLanguage: 0.04 } as const;

/** Distance decay: full up to DISTANCE_FULL_KM, half at DISTANCE_HALF_KM. */
export const DISTANCE_FULL_KM = 50;
export const DISTANCE_HALF_KM = 500;

export interface ScoreOptions {
  /** YYYY-MM-DD: the day against which expiry is judged (default: today, UTC). */
  today?: string;
  /** Whether the text reason lists the shared terms (default true); matchListing adds them to the kept matches only (addSharedTerms). */
  sharedTerms?: boolean;
}

const LEVELS: readonly CpvMatchLevel[] = ['code', 'class', 'group', 'division'];
const LEVEL_DIGITS: Record<CpvMatchLevel, number> = { code: 8, class: 4, group: 3, division: 2 };

/** Today as YYYY-MM-DD (UTC). */
export function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}

const codeCache = new WeakMap<MatchableListing, string[]>();

/** The valid 8-digit codes of a listing (read once per listing object). */
export function codesOf(listing: MatchableListing): string[] {
  let out = codeCache.get(listing);
  if (!out) {
    out = [];
    for (const raw of listing.cpvCodes ?? []) {
      const code = normalizeCpvCode(raw);
      if (code !== undefined && !out.includes(code)) out.push(code);
    }
    codeCache.set(listing, out);
  }
  return out;
}

/** The deepest existing code that names what two codes share at a level (their longest common prefix, padded). */
function sharedCode(a: string, b: string, level: CpvMatchLevel): string {
  if (level === 'code') return a;
  let common = 0;
  while (common < 8 && a[common] === b[common]) common++;
  for (let n = common; n >= LEVEL_DIGITS[level]; n--) {
    const candidate = normalizeCpvCode(a.slice(0, n).padEnd(8, '0'));
    if (candidate !== undefined) return candidate;
  }
  // No existing code for the prefix (rare): the request's side code stands for it.
  return b;
}

/** The closest CPV pair of two listings, or undefined when either has no code or none are related. */
export function cpvAffinity(offer: MatchableListing, request: MatchableListing): { level: CpvMatchLevel; code: string } | undefined {
  const a = codesOf(offer);
  const b = codesOf(request);
  let best: { distance: number; common: number; x: string; y: string } | undefined;
  for (const x of a) {
    for (const y of b) {
      const distance = cpvTreeDistance(x, y);
      if (distance === 4) continue;
      let common = 0;
      while (common < 8 && x[common] === y[common]) common++;
      if (!best || distance < best.distance || (distance === best.distance && common > best.common)) best = { distance, common, x, y };
    }
  }
  if (!best) return undefined;
  const level = LEVELS[best.distance]!;
  return { level, code: sharedCode(best.x, best.y, level) };
}

/** The distance signal: 1 up to 50 km, 0.5 at 500 km, falling towards 0 beyond 2,000 km. */
export function distanceScore(km: number): number {
  if (km <= DISTANCE_FULL_KM) return 1;
  const x = (km - DISTANCE_FULL_KM) / (DISTANCE_HALF_KM - DISTANCE_FULL_KM);
  return 1 / (1 + x * x);
}

const day = (iso: string | undefined): string | undefined => (iso ? String(iso).slice(0, 10) : undefined);

/** Whether a listing is open for matching on a day: published and not past its expiry date. */
export function isOpenListing(listing: MatchableListing, today: string): boolean {
  return listing.status === 'published' && (day(listing.expiresAt) ?? '9999-12-31') >= today;
}

const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;

/**
 * Scores a pair: `a` and `b` are an offer and a request in either order. Returns null when they cannot be a
 * pair (see the top of this file); otherwise the score in 0..1 and the reasons, whether or not the score
 * reaches MATCH_THRESHOLD (matchListing filters).
 */
export function scoreMatch(a: MatchableListing, b: MatchableListing, options: ScoreOptions = {}): ScoredMatch | null {
  if (a.type === b.type || a.id === b.id) return null;
  const offer = a.type === 'offer' ? a : b;
  const request = a.type === 'offer' ? b : a;
  if (offer.type !== 'offer' || request.type !== 'request') return null;
  if (offer.municipalityId && offer.municipalityId === request.municipalityId) return null;
  const today = options.today ?? todayIso();
  if (!isOpenListing(offer, today) || !isOpenListing(request, today)) return null;

  // Distance and radius.
  let km: number | undefined;
  if (hasPlace(offer) && hasPlace(request)) {
    km = haversineKm(offer.lat, offer.lng, request.lat, request.lng);
    if (request.radiusKm && request.radiusKm > 0 && km > request.radiusKm) return null;
    if (offer.radiusKm && offer.radiusKm > 0 && km > offer.radiusKm) return null;
  }

  // Taxonomy.
  let taxonomy = 0;
  let taxonomyReason: MatchReason | undefined;
  const offerHasCodes = codesOf(offer).length > 0;
  const requestHasCodes = codesOf(request).length > 0;
  if (offerHasCodes && requestHasCodes) {
    const affinity = cpvAffinity(offer, request);
    if (affinity) {
      taxonomy = TAXONOMY_SCORES[affinity.level];
      taxonomyReason = { kind: 'cpv', level: affinity.level, code: affinity.code };
    }
  } else if (offer.kind === request.kind) {
    taxonomy = TAXONOMY_SCORES.sameKind;
    taxonomyReason = { kind: 'same-kind', listingKind: offer.kind };
  }

  // Text.
  const offerText = profileOf(offer);
  const requestText = profileOf(request);
  const similarity = cosine(offerText, requestText);
  const languages = offerText.language === requestText.language ? 'sameLanguage' : 'crossLanguage';
  const related = similarity >= TEXT_MIN_RELATED[languages];
  if (!related && (taxonomy === 0 || taxonomyReason?.kind === 'same-kind')) return null;
  const textScore = Math.min(1, similarity / TEXT_FULL_AT[languages]);

  // Dates: an offer without a date is available now.
  let datesScore = 0.7;
  let datesFit: 'available-before-deadline' | 'available-after-deadline' | 'open' = 'open';
  const neededBy = day(request.neededBy);
  if (neededBy) {
    const available = day(offer.availableFrom) ?? today;
    datesFit = available <= neededBy ? 'available-before-deadline' : 'available-after-deadline';
    datesScore = datesFit === 'available-before-deadline' ? 1 : 0.1;
  }

  // Quantity, when both are known in one unit.
  let quantityScore = 0.5;
  let quantityReason: MatchReason | undefined;
  const offered = offer.quantity;
  const requested = request.quantity;
  if (typeof offered === 'number' && typeof requested === 'number' && offered > 0 && requested > 0 && (offer.unit ?? null) === (request.unit ?? null)) {
    const covers = offered >= requested;
    quantityScore = covers ? 1 : offered / requested;
    quantityReason = { kind: 'quantity', fit: covers ? 'covers' : 'partial', offered, requested, unit: offer.unit ?? null };
  }

  const score =
    MATCH_WEIGHTS.taxonomy * taxonomy +
    MATCH_WEIGHTS.text * textScore +
    MATCH_WEIGHTS.distance * (km === undefined ? 0.5 : distanceScore(km)) +
    MATCH_WEIGHTS.dates * datesScore +
    MATCH_WEIGHTS.quantity * quantityScore;

  const reasons: MatchReason[] = [];
  if (taxonomyReason) reasons.push(taxonomyReason);
  if (related) {
    const shared = options.sharedTerms === false ? [] : readableShared(sharedConcepts(offerText, requestText, 12));
    reasons.push({ kind: 'text', shared, similarity: round(similarity, 3) });
  }
  if (km !== undefined) {
    reasons.push({ kind: 'distance', km: Math.round(km) });
    if (request.radiusKm && request.radiusKm > 0) reasons.push({ kind: 'within-radius', radiusKm: request.radiusKm, side: 'request' });
    if (offer.radiusKm && offer.radiusKm > 0) reasons.push({ kind: 'within-radius', radiusKm: offer.radiusKm, side: 'offer' });
  }
  reasons.push({ kind: 'dates', fit: datesFit });
  if (quantityReason) reasons.push(quantityReason);

  return { offerId: offer.id, requestId: request.id, score: round(Math.max(0, Math.min(1, score)), 4), reasons };
}

/** Fills in the shared terms of a match's text reason (scored with `sharedTerms: false`); returns the match. */
export function addSharedTerms(match: ScoredMatch, offer: MatchableListing, request: MatchableListing): ScoredMatch {
  for (const reason of match.reasons) {
    if (reason.kind === 'text' && reason.shared.length === 0) reason.shared = readableShared(sharedConcepts(profileOf(offer), profileOf(request), 12));
  }
  return match;
}

/** The shared concepts as a few readable folded words: own words as they are, English pivots as English words. */
function readableShared(ids: readonly number[], max = 4): string[] {
  const out: string[] = [];
  for (const id of ids) {
    const name = conceptName(id);
    let word: string | undefined;
    if (name.startsWith('w:')) word = name.slice(2);
    else if (name.startsWith('~')) word = englishWord(name.slice(1));
    if (word && !out.includes(word)) out.push(word);
    if (out.length >= max) break;
  }
  return out;
}
