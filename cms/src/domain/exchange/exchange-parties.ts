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
