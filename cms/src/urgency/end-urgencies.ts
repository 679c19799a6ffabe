import type { Core } from '@strapi/strapi';

const LISTING = 'api::listing.listing';

/**
 * Ends one urgency (its end date passed, or an editor ended it) through the Document Service, so that search and
 * matching see the change like any other write. Returns false when the listing was not urgent.
 */
export async function endUrgency(strapi: Core.Strapi, documentId: string): Promise<boolean> {
  const row = await strapi.db.query(LISTING).findOne({ where: { documentId }, select: ['originalLocale', 'urgency', 'locale'] , orderBy: { id: 'asc' } });
  if (!row?.urgency) return false;
  await strapi.documents(LISTING).update({ documentId, locale: row.originalLocale, data: { urgency: null, urgentUntil: null } as any });
  return true;
}

/** The hourly job: every urgency whose 14 days (or renewal) ran out ends. Returns how many ended. */
export async function endExpiredUrgencies(strapi: Core.Strapi, now = new Date()): Promise<number> {
  const due = await strapi.db.query(LISTING).findMany({
    where: { urgency: { $notNull: true }, urgentUntil: { $lt: now } },
    select: ['documentId', 'locale', 'originalLocale'],
    orderBy: { id: 'asc' },
  });
  const ids = [...new Set(due.map((row: any) => row.documentId as string))];
  for (const id of ids) await endUrgency(strapi, id);
  if (ids.length) strapi.log.info(`[urgency] ${ids.length} urgent requests ended after their term`);
  return ids.length;
}
