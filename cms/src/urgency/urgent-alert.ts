import type { Core } from '@strapi/strapi';
import { haversineKm } from '@community-sharing/config';
import { isUrgentNow } from '../domain/listing/urgency';
import { listingCard } from '../notifications/match-notifications';
import { notify } from '../notifications/notify';

const LISTING = 'api::listing.listing';
const MATCH_UID = 'plugin::matching.match';

export interface UrgentAlertResult {
  /** 'matches': the owners of matching offers were told; 'nearby': no offer matched, nearby past givers were. */
  via: 'matches' | 'nearby' | 'none';
  /** The municipalities (documentIds) told by this alert or, for new matches, by the match notification. */
  told: string[];
}

/**
 * An urgent request skips the digest. Once it is marked (or published) urgent: the owners of the offers that match
 * it are told at once (mail and portal); when no offer matches yet, the municipalities within its urgency radius
 * that have offered the same kind before (in any state: they have given such help) are told instead.
 */
export async function alertUrgentRequest(strapi: Core.Strapi, documentId: string): Promise<UrgentAlertResult> {
  const started = new Date();
  const row = await strapi.db.query(LISTING).findOne({
    where: { documentId },
    select: ['type', 'kind', 'moderationStatus', 'urgency', 'urgencyRadiusKm', 'urgentUntil', 'lat', 'lng'],
    populate: { municipality: { select: ['documentId', 'lat', 'lng'] } },
  });
  if (!row || row.moderationStatus !== 'published' || !isUrgentNow(row)) return { via: 'none', told: [] };
  const request = (await listingCard(strapi, documentId))!;
  const data = { listing: request, municipality: request.municipality, link: `/listings/${request.slug}` };

  // The matches first: new ones are announced by the match notifications (at once, the request being urgent).
  const matching = strapi.plugin('matching').service('matching') as any;
  matching.enqueue(documentId);
  await matching.idle();
  const matches: any[] = await strapi.db.query(MATCH_UID).findMany({ where: { requestId: documentId }, orderBy: { id: 'asc' } });
  const told = new Set<string>();
  if (matches.length > 0) {
    const toTell = new Map<string, number[]>();
    for (const match of matches) {
      if (match.offerNotifiedAt && new Date(match.offerNotifiedAt) >= started) {
        told.add(match.offerMunicipalityId);
        continue;
      }
      toTell.set(match.offerMunicipalityId, [...(toTell.get(match.offerMunicipalityId) ?? []), match.id]);
    }
    for (const [municipalityDocumentId, matchIds] of toTell) {
      if (told.has(municipalityDocumentId)) continue;
      await notify(strapi, { municipalityDocumentId, event: 'urgent.request', data: { ...data, matchIds }, delivery: 'immediate' });
      await strapi.db.query(MATCH_UID).updateMany({ where: { id: { $in: matchIds } }, data: { offerNotifiedAt: new Date() } });
      told.add(municipalityDocumentId);
    }
    return { via: 'matches', told: [...told] };
  }

  const lat = row.lat ?? row.municipality?.lat;
  const lng = row.lng ?? row.municipality?.lng;
  const radius = row.urgencyRadiusKm;
  if (typeof lat !== 'number' || typeof lng !== 'number' || !radius) return { via: 'none', told: [] };
  const offers = await strapi.db.query(LISTING).findMany({
    where: { type: 'offer', kind: row.kind },
    select: ['id'],
    populate: { municipality: { select: ['documentId', 'lat', 'lng', 'verificationStatus'] } },
    orderBy: { id: 'asc' },
  });
  const nearby = new Map<string, number>();
  for (const offer of offers) {
    const m = offer.municipality;
    if (!m || m.documentId === row.municipality?.documentId || nearby.has(m.documentId)) continue;
    if (typeof m.lat !== 'number' || typeof m.lng !== 'number') continue;
    const km = haversineKm(lat, lng, m.lat, m.lng);
    if (km <= radius) nearby.set(m.documentId, Math.round(km));
  }
  for (const [municipalityDocumentId, km] of nearby) {
    await notify(strapi, { municipalityDocumentId, event: 'urgent.request', data: { ...data, distanceKm: km }, delivery: 'immediate' });
    told.add(municipalityDocumentId);
  }
  return { via: 'nearby', told: [...told] };
}
