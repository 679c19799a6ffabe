import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { isLocaleCode, type LocaleCode } from '@community-sharing/config';
import { describeReasons } from '../../matcher/reasons-text';
import { MATCH_UID } from '../matching-service';

const STATES = ['seen', 'dismissed', 'contacted'] as const;
/** The largest row id (PostgreSQL `integer`). */
const MAX_ROW_ID = 2_147_483_647;

function badRequest(param: string, message: string): never {
  throw new errors.ValidationError(`${param}: ${message}`, { errors: [{ path: [param], message: `${param}: ${message}`, name: 'ValidationError' }] });
}

function readerLocale(value: unknown): LocaleCode {
  if (value === undefined) return 'en';
  if (!isLocaleCode(value)) badRequest('locale', 'is not a supported locale');
  return value;
}

/** The municipality the logged-in member speaks for (users-permissions has checked the token and the route's permission). */
async function memberMunicipality(strapi: Core.Strapi, ctx: any): Promise<{ documentId: string; verified: boolean }> {
  const userId = ctx.state.user?.id;
  if (!userId) throw new errors.UnauthorizedError('Log in as a member of a municipality');
  const user = await strapi.db.query('plugin::users-permissions.user').findOne({ where: { id: userId }, populate: { municipality: { select: ['documentId', 'verificationStatus'] } } });
  if (!user?.municipality) throw new errors.PolicyError('Only members of a municipality see matches');
  return { documentId: user.municipality.documentId, verified: user.municipality.verificationStatus === 'verified' };
}

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const service = () => strapi.plugin('matching').service('matching');

  return {
    /** GET /api/matching/cpv-suggestions?text=…&locale=xx&limit=10 (public): likely CPV codes for a listing's text. */
    async cpvSuggestions(ctx: any) {
      const text = ctx.query.text;
      if (typeof text !== 'string' || text.trim().length === 0) badRequest('text', 'is required (the title and description of a listing)');
      if (text.length > 5000) badRequest('text', 'must be at most 5000 characters');
      const locale = readerLocale(ctx.query.locale);
      const limit = ctx.query.limit === undefined ? 10 : Number(ctx.query.limit);
      if (!Number.isInteger(limit) || limit < 1 || limit > 50) badRequest('limit', 'must be a whole number from 1 to 50');
      ctx.set('Cache-Control', 'public, max-age=300');
      return { suggestions: service().suggestCpv(text, locale, limit) };
    },

    /** GET /api/matching/listings/:documentId/matches: the owning municipality's matches of one of its listings. */
    async listingMatches(ctx: any) {
      const locale = readerLocale(ctx.query.locale);
      const own = await memberMunicipality(strapi, ctx);
      const listing = await strapi.db.query('api::listing.listing').findOne({
        where: { documentId: ctx.params.documentId },
        select: ['documentId', 'type'],
        populate: { municipality: { select: ['documentId'] } },
      });
      if (!listing) throw new errors.NotFoundError('No listing with this id');
      if (listing.municipality?.documentId !== own.documentId) throw new errors.PolicyError('The matches of a listing are shown to its own municipality only');
      const side = listing.type === 'offer' ? 'offer' : 'request';
      const other = side === 'offer' ? 'request' : 'offer';
      const matches: any[] = await strapi.db.query(MATCH_UID).findMany({ where: { [`${side}Id`]: listing.documentId }, orderBy: [{ score: 'desc' }, { id: 'asc' }], limit: 100 });
      const counterparts = await strapi.db.query('api::listing.listing').findMany({
        where: { documentId: { $in: matches.map((m) => m[`${other}Id`]) } },
        select: ['documentId', 'slug', 'type', 'kind', 'title', 'locale', 'originalLocale', 'moderationStatus'],
        populate: { municipality: { select: ['documentId', 'slug', 'name', 'nameLatin', 'country'] } },
        orderBy: { id: 'asc' },
      });
      const byId = new Map<string, any>();
      for (const row of counterparts) if (!byId.has(row.documentId) || row.locale === locale || (row.locale === row.originalLocale && byId.get(row.documentId).locale !== locale)) byId.set(row.documentId, row);
      return {
        data: matches
          .filter((m) => byId.has(m[`${other}Id`]))
          .map((m) => {
            const c = byId.get(m[`${other}Id`]);
            return {
              id: m.id,
              score: m.score,
              reasons: m.reasons,
              reasonsText: describeReasons(m.reasons ?? [], locale, side),
              state: m[`${side}State`],
              counterpartState: m[`${other}State`],
              source: m.source,
              counterpart: {
                documentId: c.documentId,
                slug: c.slug,
                type: c.type,
                kind: c.kind,
                title: c.title,
                locale: c.locale,
                originalLocale: c.originalLocale,
                municipality: { documentId: c.municipality?.documentId, slug: c.municipality?.slug, name: c.municipality?.name, nameLatin: c.municipality?.nameLatin ?? null, country: c.municipality?.country },
              },
            };
          }),
      };
    },

    /** PUT /api/matching/matches/:id/state { state }: the member's side marks a match seen, dismissed or contacted. */
    async setState(ctx: any) {
      const own = await memberMunicipality(strapi, ctx);
      const state = ctx.request.body?.state;
      if (!STATES.includes(state)) badRequest('state', `must be one of: ${STATES.join(', ')}`);
      const id = Number(ctx.params.id);
      // Above PostgreSQL's integer range no match exists, and the database would refuse the query with an error.
      if (!Number.isInteger(id) || id < 1 || id > MAX_ROW_ID) badRequest('id', 'must be a match id');
      const match = await strapi.db.query(MATCH_UID).findOne({ where: { id } });
      if (!match) throw new errors.NotFoundError('No match with this id');
      const side = match.offerMunicipalityId === own.documentId ? 'offer' : match.requestMunicipalityId === own.documentId ? 'request' : null;
      if (!side) throw new errors.PolicyError('This match concerns other municipalities');
      const updated = await service().setState(id, side, state);
      return { data: { id: updated.id, state: updated[`${side}State`] } };
    },
  };
};
