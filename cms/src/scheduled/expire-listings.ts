import type { Core } from '@strapi/strapi';

/**
 * Marks published listings whose expiry date has passed as expired, through the Document Service, so that the
 * same hooks run as for any write: they leave search (the outbox) and matching. Returns how many expired.
 */
export async function expireListings(strapi: Core.Strapi, today = new Date().toISOString().slice(0, 10)): Promise<number> {
  const due = await strapi.db.query('api::listing.listing').findMany({
    where: { moderationStatus: 'published', expiresAt: { $lt: today } },
    select: ['documentId', 'originalLocale', 'locale'],
    orderBy: { id: 'asc' },
  });
  const originals = due.filter((row: any) => row.locale === row.originalLocale);
  for (const row of originals) {
    await strapi.documents('api::listing.listing').update({ documentId: row.documentId, locale: row.originalLocale, data: { moderationStatus: 'expired' } as any });
  }
  if (originals.length) strapi.log.info(`${originals.length} listings expired`);
  return originals.length;
}
