/** The two sides of an exchange about a listing, by municipality documentId. */
export interface ExchangeParties {
  providerId: string;
  receiverId: string;
}

/** Why a municipality may not open an exchange on a listing. */
export type ExchangeRefusal = 'listing_not_open' | 'own_listing';

/**
 * Who gives and who receives when `actingMunicipalityId` answers a listing: asking for an offer makes the
 * actor the receiver; answering a request makes the actor the provider.
 */
export function exchangeParties(
  listing: { type: 'offer' | 'request'; municipalityId: string; moderationStatus: string },
  actingMunicipalityId: string,
): ExchangeParties | ExchangeRefusal {
  if (listing.moderationStatus !== 'published') return 'listing_not_open';
  if (listing.municipalityId === actingMunicipalityId) return 'own_listing';
  return listing.type === 'offer'
    ? { providerId: listing.municipalityId, receiverId: actingMunicipalityId }
    : { providerId: actingMunicipalityId, receiverId: listing.municipalityId };
}

/**
 * Which listing an exchange started from a match is about: the requesting municipality asks for the offer,
 * the offering one answers the request. Null when the municipality is on neither side of the match.
 */
export function listingFromMatch(
  match: { offerId: string; requestId: string; offerMunicipalityId: string; requestMunicipalityId: string },
  actingMunicipalityId: string,
): string | null {
  if (match.requestMunicipalityId === actingMunicipalityId) return match.offerId;
  if (match.offerMunicipalityId === actingMunicipalityId) return match.requestId;
  return null;
}
