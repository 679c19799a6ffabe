import type { Core } from '@strapi/strapi';
import { URGENT_DAYS, urgentUntilFrom } from '../../../domain/listing/urgency';

const LISTING = 'api::listing.listing';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** POST /api/listings/:id/urgency/renew: another URGENT_DAYS from now for an urgent request (409 when it is not urgent). */
  async renew(ctx: any) {
    const row = await strapi.db.query(LISTING).findOne({ where: { documentId: ctx.params.id }, select: ['documentId', 'originalLocale', 'urgency', 'moderationStatus'] });
    if (!row?.urgency || row.moderationStatus !== 'published') {
      return ctx.throw(409, 'urgency: this listing is not an open urgent request; mark it urgent again instead of renewing');
    }
    const urgentUntil = urgentUntilFrom();
    await strapi.documents(LISTING).update({ documentId: row.documentId, locale: row.originalLocale, data: { urgentUntil } as any });
    return { data: { documentId: row.documentId, urgency: row.urgency, urgentUntil: urgentUntil.toISOString(), days: URGENT_DAYS } };
  },
});
