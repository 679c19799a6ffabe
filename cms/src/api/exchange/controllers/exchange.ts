import { factories } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { isLocaleCode } from '@community-sharing/config';
import { currentMember, type Member } from '../../../access/current-member';
import { asStrapiValidation } from '../../../document-hooks/input-error';
import { exchangeParties, listingFromMatch } from '../../../domain/exchange/exchange-parties';
import { parseFeedback, parseHandover, parseImpact, parseMessage, parseTransition } from '../../../domain/exchange/exchange-input';
import { notifyParties } from '../../../domain/exchange/exchange-events';
import { answering409 } from '../lib/exchange-conflict';
import { exchangeView, loadExchange, sideIn, titlesIn, UID, userDocumentId, EXCHANGE_POPULATE } from '../lib/exchange-store';

async function memberOf(strapi: any, ctx: any): Promise<Member> {
  const member = await currentMember(strapi, ctx);
  if (!member?.municipality) throw new errors.PolicyError('Only members of a municipality take part in exchanges');
  return member;
}

/** ?locale= for listing titles; optional, refused when the platform does not speak it. */
function readerLocale(ctx: any): string | undefined {
  const locale = ctx.query?.locale;
  if (locale === undefined) return undefined;
  if (!isLocaleCode(String(locale))) throw new errors.ValidationError(`locale: "${String(locale).slice(0, 20)}" is not a supported locale`, { errors: [{ path: ['locale'], message: 'locale: not a supported locale', name: 'ValidationError' }] });
  return String(locale);
}

function positiveInt(value: unknown, name: string, fallback: number, max: number): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1 || number > max) throw new errors.ValidationError(`${name}: must be a whole number from 1 to ${max}`, { errors: [{ path: [name], message: `${name}: must be a whole number from 1 to ${max}`, name: 'ValidationError' }] });
  return number;
}

const bodyData = (ctx: any) => {
  const body = ctx.request.body;
  return body && typeof body === 'object' && body.data !== undefined ? body.data : body;
};

export default factories.createCoreController(UID, ({ strapi }) => {
  const service = () => strapi.service(UID) as any;

  /** The detail view of an exchange for the side that asked, with titles in ?locale=. */
  async function detail(ctx: any, exchange: any, side: any) {
    const titles = await titlesIn(strapi, exchange.listing ? [exchange.listing.documentId] : [], readerLocale(ctx));
    return exchangeView(exchange, side, titles, true);
  }

  return {
    /** My municipality's exchanges, both sides, newest first. */
    async find(ctx) {
      const member = await memberOf(strapi, ctx);
      const page = positiveInt(ctx.query.page, 'page', 1, 10_000);
      const pageSize = positiveInt(ctx.query.pageSize, 'pageSize', 25, 100);
      const mine = member.municipality!.documentId;
      const where = { $or: [{ provider: { documentId: mine } }, { receiver: { documentId: mine } }] };
      const [rows, total] = await Promise.all([
        strapi.db.query(UID).findMany({ where, populate: EXCHANGE_POPULATE, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], offset: (page - 1) * pageSize, limit: pageSize }),
        strapi.db.query(UID).count({ where }),
      ]);
      const titles = await titlesIn(strapi, rows.map((row: any) => row.listing?.documentId).filter(Boolean), readerLocale(ctx));
      return {
        data: rows.map((row: any) => exchangeView(row, sideIn(row, mine)!, titles, false)),
        meta: { pagination: { page, pageSize, pageCount: Math.ceil(total / pageSize), total } },
      };
    },

    /** One exchange, for its two municipalities only (404 for anyone else, as if it did not exist). */
    async findOne(ctx) {
      const member = await memberOf(strapi, ctx);
      const exchange = await loadExchange(strapi, ctx.params.id);
      const side = exchange ? sideIn(exchange, member.municipality!.documentId) : null;
      if (!exchange || !side) throw new errors.NotFoundError('No exchange of your municipality with this id');
      return { data: await detail(ctx, exchange, side) };
    },

    /** A verified member asks for an offer or answers a request (or starts from a match); the exchange starts as "requested". */
    async create(ctx) {
      const member = (await currentMember(strapi, ctx))!;
      const data = ctx.request.body?.data;
      if (!data || typeof data !== 'object' || Array.isArray(data)) throw new errors.ValidationError('Missing "data" payload in the request body');
      const unknown = Object.keys(data).filter((key) => !['listing', 'match', 'message', 'quantity'].includes(key));
      if (unknown.length) throw new errors.ValidationError(`${unknown.join(', ')}: not a field you can set when starting an exchange`, { errors: unknown.map((key) => ({ path: [key], message: `${key}: cannot be set`, name: 'ValidationError' })) });
      const fieldError = (path: string, message: string) => new errors.ValidationError(`${path}: ${message}`, { errors: [{ path: [path], message: `${path}: ${message}`, name: 'ValidationError' }] });
      if (data.listing !== undefined && data.match !== undefined) throw fieldError('match', 'give either listing or match, not both');
      if (data.match === undefined && (typeof data.listing !== 'string' || !data.listing)) throw fieldError('listing', 'is required (the documentId of a published listing), or give a match');
      if (data.match !== undefined && (typeof data.match !== 'string' || !data.match)) throw fieldError('match', 'must be the documentId of a match');
      if (data.message !== undefined) {
        const parsed = asStrapiValidation(() => parseMessage({ body: data.message }));
        data.message = parsed.body;
      }
      if (data.quantity !== undefined && (typeof data.quantity !== 'number' || !(data.quantity > 0) || data.quantity > 99_999_999)) throw fieldError('quantity', 'must be a positive number below 100,000,000');

      let listingId: string = data.listing;
      if (data.match !== undefined) {
        const match = await strapi.db.query('plugin::matching.match').findOne({ where: { documentId: data.match } });
        if (!match) throw new errors.NotFoundError('match: no match with this id');
        const fromMatch = listingFromMatch(match, member.municipality!.documentId);
        if (!fromMatch) throw new errors.PolicyError('match: your municipality is on neither side of this match');
        listingId = fromMatch;
        // The match's side that acted is now in contact (the matching plugin shows it so).
        const sideField = match.requestMunicipalityId === member.municipality!.documentId ? 'requestState' : 'offerState';
        ctx.state.contactedMatch = { id: match.id, field: sideField };
      }
      const listing = await strapi.db.query('api::listing.listing').findOne({
        where: { documentId: listingId },
        select: ['documentId', 'type', 'moderationStatus', 'originalLocale', 'locale'],
        populate: { municipality: { select: ['documentId'] } },
        orderBy: { id: 'asc' },
      });
      if (!listing) throw new errors.NotFoundError('listing: no listing with this id');
      const parties = exchangeParties({ type: listing.type, municipalityId: listing.municipality?.documentId, moderationStatus: listing.moderationStatus }, member.municipality!.documentId);
      if (parties === 'listing_not_open') throw new errors.ApplicationError('listing: this listing is not open for exchanges');
      if (parties === 'own_listing') throw new errors.ApplicationError('listing: a municipality cannot start an exchange on its own listing');
      const actorId = await userDocumentId(strapi, member.userId);

      const exchange = await strapi.db.transaction(async ({ onCommit }: any) => {
        const created = await strapi.documents(UID).create({
          data: {
            listing: { documentId: listing.documentId, locale: listing.originalLocale },
            provider: parties.providerId,
            receiver: parties.receiverId,
            state: 'requested',
            version: 0,
            quantity: data.quantity ?? null,
            requestedBy: member.userId,
          } as any,
        });
        if (data.message) {
          await strapi.documents('api::message.message').create({
            data: { exchange: created.documentId, fromMunicipality: member.municipality!.documentId, author: member.userId, body: data.message } as any,
          });
        }
        await strapi.documents('api::audit-entry.audit-entry').create({
          data: {
            subjectType: 'exchange',
            subjectDocumentId: created.documentId,
            action: 'exchange.request',
            toState: 'requested',
            actorKind: 'member',
            actorId,
            actorLabel: member.email,
            country: member.municipality!.country,
            details: { municipalityDocumentId: member.municipality!.documentId, listingDocumentId: listing.documentId, ...(data.match ? { matchDocumentId: data.match } : {}) },
          } as any,
        });
        if (ctx.state.contactedMatch) {
          await strapi.db.query('plugin::matching.match').update({ where: { id: ctx.state.contactedMatch.id }, data: { [ctx.state.contactedMatch.field]: 'contacted' } });
        }
        onCommit(async () => {
          await notifyParties(strapi as any, { documentId: created.documentId, ...parties }, 'exchange.requested', { listingDocumentId: listing.documentId });
        });
        return created;
      });
      ctx.status = 201;
      const stored = await loadExchange(strapi, exchange.documentId);
      return { data: await detail(ctx, stored, sideIn(stored!, member.municipality!.documentId)) };
    },

    async transition(ctx: any) {
      return answering409(ctx, async () => {
        const member = await memberOf(strapi, ctx);
        const input = asStrapiValidation(() => parseTransition(bodyData(ctx)));
        const result = await service().transition(member, ctx.params.id, input);
        return { data: await detail(ctx, result.exchange, result.side), meta: result.listing ? { listing: result.listing } : {} };
      });
    },

    async handover(ctx: any) {
      return answering409(ctx, async () => {
        const member = await memberOf(strapi, ctx);
        const input = asStrapiValidation(() => parseHandover(bodyData(ctx)));
        const result = await service().setHandover(member, ctx.params.id, input);
        return { data: await detail(ctx, result.exchange, result.side) };
      });
    },

    async feedback(ctx: any) {
      return answering409(ctx, async () => {
        const member = await memberOf(strapi, ctx);
        const input = asStrapiValidation(() => parseFeedback(bodyData(ctx)));
        const result = await service().addFeedback(member, ctx.params.id, input, readerLocale(ctx) ?? null);
        ctx.status = 201;
        return { data: await detail(ctx, result.exchange, result.side) };
      });
    },

    async impact(ctx: any) {
      return answering409(ctx, async () => {
        const member = await memberOf(strapi, ctx);
        const input = asStrapiValidation(() => parseImpact(bodyData(ctx)));
        const result = await service().setImpact(member, ctx.params.id, input);
        return { data: await detail(ctx, result.exchange, result.side) };
      });
    },

    async messages(ctx: any) {
      const member = await memberOf(strapi, ctx);
      const thread = await service().messages(member, ctx.params.id);
      return { data: thread.data };
    },

    async postMessage(ctx: any) {
      const member = await memberOf(strapi, ctx);
      const input = asStrapiValidation(() => parseMessage(bodyData(ctx)));
      const message = await service().postMessage(member, ctx.params.id, input, readerLocale(ctx) ?? null);
      ctx.status = 201;
      return { data: message };
    },
  };
});
