import { createHash } from 'node:crypto';
import { factories } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { RateLimited } from '../../../access/rate-limit';
import { asStrapiValidation } from '../../../document-hooks/input-error';
import { validateReport } from '../../../domain/report/report-input';
import { runtimeEnv } from '../../../runtime/environment';

const UID = 'api::report.report';

/** The visitor's address, hashed with the app's key so that reports can be grouped without storing the IP. */
function ipHash(ip: string): string {
  const salt = runtimeEnv().APP_KEYS_LIST[0] ?? '';
  return createHash('sha256').update(`${salt}|${ip}`).digest('hex').slice(0, 64);
}

export default factories.createCoreController(UID, ({ strapi }) => ({
  /** POST /api/reports { target, documentId, reason, comment }: anyone reports a listing or a municipality profile. */
  async submit(ctx: any) {
    const body = ctx.request.body?.data ?? ctx.request.body;
    const input = asStrapiValidation(() => validateReport(body));

    let target: { listing?: number; municipality?: number; country: string | null };
    if (input.target === 'listing') {
      const listing = await strapi.db.query('api::listing.listing').findOne({
        where: { documentId: input.documentId, moderationStatus: { $in: ['published', 'closed', 'expired'] } },
        select: ['id'],
        populate: { municipality: { select: ['id', 'country'] } },
      });
      if (!listing) throw new errors.NotFoundError('documentId: no published listing with this id');
      target = { listing: listing.id, country: listing.municipality?.country ?? null };
    } else {
      const municipality = await strapi.db.query('api::municipality.municipality').findOne({ where: { documentId: input.documentId }, select: ['id', 'country'] });
      if (!municipality) throw new errors.NotFoundError('documentId: no municipality with this id');
      target = { municipality: municipality.id, country: municipality.country };
    }

    // Only reports that would be filed count against the limit.
    const ip = String(ctx.request.ip ?? 'unknown');
    try {
      await (strapi.service('api::account.rate-limit') as any).limits().hit('reportAddress', ip);
    } catch (refusal) {
      if (!(refusal instanceof RateLimited)) throw refusal;
      ctx.set('Retry-After', String(refusal.retryAfterSeconds));
      throw new errors.RateLimitError(`Too many reports from this address; try again in ${refusal.retryAfterSeconds} seconds`, { retryAfter: refusal.retryAfterSeconds });
    }

    const report = await strapi.documents(UID).create({
      data: {
        targetType: input.target,
        ...(target.listing ? { listing: target.listing } : {}),
        ...(target.municipality ? { municipality: target.municipality } : {}),
        reason: input.reason,
        comment: input.comment ?? null,
        status: 'open',
        country: target.country,
        reporterIpHash: ipHash(ip),
      } as any,
    });
    ctx.status = 201;
    return { data: { documentId: report.documentId, status: 'open' } };
  },
}));
