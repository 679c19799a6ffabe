import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { isLocaleCode } from '@community-sharing/config';
import { MATCH_UID } from '../matching-service';

const LISTING = 'api::listing.listing';

function badRequest(field: string, message: string): never {
  throw new errors.ValidationError(`${field}: ${message}`, { errors: [{ path: [field], message: `${field}: ${message}`, name: 'ValidationError' }] });
}

/** Listing cards (original-language title, municipality) by documentId. */
async function cards(strapi: Core.Strapi, ids: string[]): Promise<Map<string, any>> {
  if (ids.length === 0) return new Map();
  const rows = await strapi.db.query(LISTING).findMany({
    where: { documentId: { $in: [...new Set(ids)] } },
    select: ['documentId', 'slug', 'type', 'kind', 'title', 'locale', 'originalLocale', 'moderationStatus', 'urgency', 'urgentUntil'],
    populate: { municipality: { select: ['documentId', 'name', 'nameLatin', 'country'] } },
    orderBy: { id: 'asc' },
  });
  const byId = new Map<string, any>();
  for (const row of rows) if (!byId.has(row.documentId) || row.locale === row.originalLocale) byId.set(row.documentId, row);
  return new Map(
    [...byId].map(([id, row]) => [
      id,
      {
        documentId: id,
        slug: row.slug,
        type: row.type,
        kind: row.kind,
        title: row.title,
        locale: row.originalLocale,
        status: row.moderationStatus,
        urgency: row.urgency ?? null,
        urgentUntil: row.urgentUntil ?? null,
        municipality: { documentId: row.municipality?.documentId, name: row.municipality?.name, nameLatin: row.municipality?.nameLatin ?? null, country: row.municipality?.country },
      },
    ]),
  );
}

/** The editors' Matching page (Strapi admin): recent matches, proposing one by hand, urgent requests. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const service = () => strapi.plugin('matching').service('matching') as any;

  return {
    /** GET /matching/matches?page=&pageSize=&locale=: newest matches first, with both listings and the reasons as a sentence. */
    async matches(ctx: any) {
      const page = ctx.query.page === undefined ? 1 : Number(ctx.query.page);
      const pageSize = ctx.query.pageSize === undefined ? 20 : Number(ctx.query.pageSize);
      if (!Number.isInteger(page) || page < 1) badRequest('page', 'must be a whole number from 1');
      if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > 100) badRequest('pageSize', 'must be a whole number from 1 to 100');
      const locale = ctx.query.locale === undefined ? 'en' : ctx.query.locale;
      if (!isLocaleCode(locale)) badRequest('locale', 'is not a supported locale');
      const [rows, total] = await Promise.all([
        strapi.db.query(MATCH_UID).findMany({ orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], offset: (page - 1) * pageSize, limit: pageSize }),
        strapi.db.query(MATCH_UID).count(),
      ]);
      const listings = await cards(strapi, rows.flatMap((m: any) => [m.offerId, m.requestId]));
      return {
        data: rows.map((m: any) => ({
          id: m.id,
          score: m.score,
          source: m.source,
          proposedBy: m.proposedBy ?? null,
          reasons: m.reasons ?? [],
          reasonsText: service().describeReasons(m.reasons ?? [], locale, 'request'),
          offerState: m.offerState,
          requestState: m.requestState,
          createdAt: m.createdAt,
          offer: listings.get(m.offerId) ?? { documentId: m.offerId },
          request: listings.get(m.requestId) ?? { documentId: m.requestId },
        })),
        meta: { pagination: { page, pageSize, total, pageCount: Math.ceil(total / pageSize) } },
      };
    },

    /** GET /matching/listings?q=&type=offer|request: open listings whose title contains q, to pick for a proposal. */
    async listings(ctx: any) {
      const q = typeof ctx.query.q === 'string' ? ctx.query.q.trim() : '';
      if (q.length < 2 || q.length > 200) badRequest('q', 'must be 2 to 200 characters of a title');
      const type = ctx.query.type;
      if (type !== undefined && type !== 'offer' && type !== 'request') badRequest('type', 'must be offer or request');
      const rows = await strapi.db.query(LISTING).findMany({
        where: { title: { $containsi: q }, moderationStatus: 'published', ...(type ? { type } : {}) },
        select: ['documentId'],
        orderBy: [{ updatedAt: 'desc' }, { id: 'desc' }],
        limit: 60,
      });
      const ids = [...new Set(rows.map((r: any) => r.documentId as string))].slice(0, 20);
      const listings = await cards(strapi, ids);
      return { data: ids.map((id) => listings.get(id)).filter(Boolean) };
    },

    /** POST /matching/matches { offerId, requestId }: an editor pairs an offer and a request by hand; both sides are told. */
    async propose(ctx: any) {
      const body = ctx.request.body ?? {};
      for (const field of ['offerId', 'requestId']) {
        if (typeof body[field] !== 'string' || body[field].length === 0 || body[field].length > 40) badRequest(field, 'is required (a listing documentId)');
      }
      const editor = ctx.state.user;
      const result = await service().propose(body.offerId, body.requestId, editor?.email ?? `admin ${editor?.id ?? ''}`.trim());
      if ('error' in result) badRequest(result.field, result.error);
      ctx.status = 201;
      return { data: result.match };
    },

    /** GET /matching/urgent: open urgent requests, soonest end first. */
    async urgent(ctx: any) {
      const rows = await strapi.db.query(LISTING).findMany({
        where: { type: 'request', urgency: { $notNull: true } },
        select: ['documentId'],
        orderBy: [{ urgentUntil: 'asc' }, { id: 'asc' }],
        limit: 500,
      });
      const ids = [...new Set(rows.map((r: any) => r.documentId as string))];
      const listings = await cards(strapi, ids);
      ctx.body = { data: ids.map((id) => listings.get(id)).filter(Boolean) };
    },

    /** POST /matching/urgent/:documentId/end: an editor ends an urgency. */
    async endUrgency(ctx: any) {
      const row = await strapi.db.query(LISTING).findOne({ where: { documentId: ctx.params.documentId }, select: ['originalLocale', 'urgency'] });
      if (!row) throw new errors.NotFoundError('No listing with this id');
      if (!row.urgency) return ctx.throw(409, 'urgency: this listing is not urgent');
      await strapi.documents(LISTING as any).update({ documentId: ctx.params.documentId, locale: row.originalLocale, data: { urgency: null, urgentUntil: null } as any });
      return { data: { documentId: ctx.params.documentId, urgency: null, urgentUntil: null } };
    },
  };
};
