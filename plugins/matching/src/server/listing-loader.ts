import type { Core } from '@strapi/strapi';
import type { MatchableListing } from '../matcher/types';

const LISTING = 'api::listing.listing';

type Row = Record<string, any>;

/** The matcher's view of a listing, from its original-locale row (the text the author wrote). */
export function toMatchable(row: Row): MatchableListing {
  const m = row.municipality ?? {};
  return {
    id: row.documentId,
    type: row.type,
    kind: row.kind,
    cpvCodes: Array.isArray(row.cpvCodes) ? row.cpvCodes : [],
    locale: row.originalLocale,
    title: row.title ?? '',
    description: row.description ?? '',
    ...(typeof (row.lat ?? m.lat) === 'number' ? { lat: row.lat ?? m.lat, lng: row.lng ?? m.lng } : {}),
    ...(row.radiusKm ? { radiusKm: row.radiusKm } : {}),
    ...(row.availableFrom ? { availableFrom: String(row.availableFrom).slice(0, 10) } : {}),
    ...(row.neededBy ? { neededBy: String(row.neededBy).slice(0, 10) } : {}),
    expiresAt: String(row.expiresAt).slice(0, 10),
    ...(row.quantity != null ? { quantity: Number(row.quantity) } : {}),
    ...(row.unit ? { unit: row.unit } : {}),
    municipalityId: m.documentId,
    status: row.moderationStatus,
    ...(row.type === 'request' && row.urgency && (!row.urgentUntil || new Date(row.urgentUntil).getTime() > Date.now()) ? { urgent: true } : {}),
  };
}

const POPULATE = { municipality: { select: ['documentId', 'lat', 'lng', 'country'] } };

/** One listing as the matcher sees it, or null when it does not exist. */
export async function loadMatchable(strapi: Core.Strapi, documentId: string): Promise<MatchableListing | null> {
  const rows: Row[] = await strapi.db.query(LISTING).findMany({ where: { documentId }, populate: POPULATE, orderBy: { id: 'asc' } });
  const original = rows.find((row) => row.locale === row.originalLocale) ?? rows[0];
  return original ? toMatchable(original) : null;
}

/** Every published listing, in batches (keyset pagination by id), original-locale rows only. */
export async function* publishedMatchables(strapi: Core.Strapi, batchSize = 2000): AsyncGenerator<MatchableListing[]> {
  let after = 0;
  for (;;) {
    const rows: Row[] = await strapi.db.query(LISTING).findMany({
      where: { moderationStatus: 'published', id: { $gt: after } },
      populate: POPULATE,
      orderBy: { id: 'asc' },
      limit: batchSize,
    });
    if (rows.length === 0) return;
    after = rows[rows.length - 1].id;
    yield rows.filter((row) => row.locale === row.originalLocale).map(toMatchable);
  }
}
