// The matcher's plain data: what it needs to know of a listing, and what it says about a pair. Plain TypeScript,
// no Strapi: the plugin's server maps listing rows to MatchableListing and stores ScoredMatch as it is (the
// reasons are JSON data, rendered as sentences in the reader's language by reasons-text.ts or by the portal).
import type { ListingKindSlug, LocaleCode } from '@community-sharing/config';

/** The side of a listing: what a municipality has, or what it needs. */
export type MatchSide = 'offer' | 'request';

/** The moderation statuses of a listing; only 'published' ones are ever matched. */
export type MatchableStatus = 'published' | 'pending' | 'rejected' | 'closed' | 'expired';

/**
 * A listing as the matcher sees it. Treated as immutable: to change a listing, upsert a new object
 * (the matcher caches what it reads from a listing's text per object).
 */
export interface MatchableListing {
  /** The listing's documentId (stable across publishes, unlike row ids). */
  id: string;
  type: MatchSide;
  kind: ListingKindSlug;
  /** CPV 2008 codes, 8 digits (a check digit '-N' is accepted); empty for kinds without CPV. */
  cpvCodes: string[];
  /** The locale the author wrote in (the original locale of the title and description). */
  locale: LocaleCode;
  title: string;
  description: string;
  /** Where the listing is (the municipality's coordinates unless the listing names another place). */
  lat?: number;
  lng?: number;
  /** The farthest distance the author accepts for a counterpart, when set. */
  radiusKm?: number;
  /** YYYY-MM-DD: when an offered item becomes available. */
  availableFrom?: string;
  /** YYYY-MM-DD: when a requested item is needed by. */
  neededBy?: string;
  /** YYYY-MM-DD: the last day the listing is open. */
  expiresAt: string;
  quantity?: number;
  unit?: string;
  /** The owner municipality's documentId: a municipality is never matched with itself. */
  municipalityId: string;
  status: MatchableStatus;
  urgent?: boolean;
}

/** How close two CPV codes are: the same code, class (4 digits), group (3) or division (2). */
export type CpvMatchLevel = 'code' | 'class' | 'group' | 'division';

/** Why a pair matches, as data (JSON-safe), one entry per signal. */
export type MatchReason =
  /** The best pair of CPV codes shares this level; `code` is the shared code, or the existing code that names the shared prefix (for its label). */
  | { kind: 'cpv'; level: CpvMatchLevel; code: string }
  /** Both listings are of this platform kind (the signal when CPV codes are absent). */
  | { kind: 'same-kind'; listingKind: ListingKindSlug }
  /** The texts share concepts across languages: a few shared folded terms, and the cosine similarity 0..1. */
  | { kind: 'text'; shared: string[]; similarity: number }
  /** The great-circle distance between the two places, rounded to whole km. */
  | { kind: 'distance'; km: number }
  /** The distance lies within the radius one side set (`side` says whose). */
  | { kind: 'within-radius'; radiusKm: number; side: MatchSide }
  /** How the offer's availability meets the request's deadline ('open' when one of the dates is not set). */
  | { kind: 'dates'; fit: 'available-before-deadline' | 'available-after-deadline' | 'open' }
  /** How the offered quantity meets the requested one (same unit). */
  | { kind: 'quantity'; fit: 'covers' | 'partial'; offered: number; requested: number; unit: string | null }
  /** An editor proposed the pair by hand (plugin admin page). */
  | { kind: 'editor' };

/** One scored pair: an offer, a request, a score in 0..1 and the reasons behind it. */
export interface ScoredMatch {
  offerId: string;
  requestId: string;
  score: number;
  reasons: MatchReason[];
}
