import type { Core } from '@strapi/strapi';
import { isUrgentNow } from '../domain/listing/urgency';
import { notify } from './notify';

const LISTING = 'api::listing.listing';
const MATCH_UID = 'plugin::matching.match';

interface StoredMatch {
  id: number;
  offerId: string;
  requestId: string;
  offerMunicipalityId: string;
  requestMunicipalityId: string;
  score: number;
  reasons: unknown[];
  source: 'matcher' | 'editor';
}

/** A listing as a notification carries it: what the reader needs to recognise it and a link to it. */
export async function listingCard(strapi: Core.Strapi, documentId: string) {
  const rows = await strapi.db.query(LISTING).findMany({
    where: { documentId },
    select: ['documentId', 'slug', 'type', 'kind', 'title', 'locale', 'originalLocale', 'urgency', 'urgencyRadiusKm', 'urgentUntil'],
    populate: { municipality: { select: ['documentId', 'name', 'nameLatin', 'country', 'slug'] } },
    orderBy: { id: 'asc' },
  });
  const row = rows.find((r: any) => r.locale === r.originalLocale) ?? rows[0];
  if (!row) return null;
  const m = row.municipality ?? {};
  return {
    documentId: row.documentId,
    slug: row.slug,
    type: row.type,
    kind: row.kind,
    title: row.title,
    locale: row.originalLocale,
    urgency: row.urgency ?? null,
    urgencyRadiusKm: row.urgencyRadiusKm ?? null,
    urgentUntil: row.urgentUntil ?? null,
    municipality: { documentId: m.documentId, name: m.name, nameLatin: m.nameLatin ?? null, country: m.country, slug: m.slug },
  };
}

/**
 * Both municipalities of a new match are told, each from its own side (its listing, the counterpart, the reasons):
 * in the portal and by mail in the digest. For an open urgent request the digest is skipped: the requester hears of
 * the offer at once, and the offer's owner is told of the urgent request at once.
 */
export async function notifyMatches(strapi: Core.Strapi, matches: StoredMatch[]): Promise<void> {
  for (const match of matches) {
    const [offer, request] = await Promise.all([listingCard(strapi, match.offerId), listingCard(strapi, match.requestId)]);
    if (!offer || !request) continue;
    const urgent = isUrgentNow(request);
    const event = match.source === 'editor' ? 'match.proposed' : 'match.created';
    const base = { matchId: match.id, score: match.score, reasons: match.reasons ?? [] };
    await notify(strapi, {
      municipalityDocumentId: match.requestMunicipalityId,
      event,
      data: { ...base, listing: request, counterpart: offer, link: `/listings/${offer.slug}` },
      delivery: urgent ? 'immediate' : 'digest',
    });
    await notify(
      strapi,
      urgent
        ? { municipalityDocumentId: match.offerMunicipalityId, event: 'urgent.request', data: { matchId: match.id, listing: request, municipality: request.municipality, link: `/listings/${request.slug}` }, delivery: 'immediate' }
        : { municipalityDocumentId: match.offerMunicipalityId, event, data: { ...base, listing: offer, counterpart: request, link: `/listings/${request.slug}` }, delivery: 'digest' },
    );
    const now = new Date();
    await strapi.db.query(MATCH_UID).update({ where: { id: match.id }, data: { offerNotifiedAt: now, requestNotifiedAt: now } });
  }
}

/** Subscribes to the matching plugin's new matches (bootstrap). */
export function subscribeMatchNotifications(strapi: Core.Strapi): void {
  const matching = strapi.plugin('matching')?.service('matching') as any;
  matching?.onNewMatches((created: StoredMatch[]) => notifyMatches(strapi, created));
}
