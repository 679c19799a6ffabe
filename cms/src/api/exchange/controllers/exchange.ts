import { factories } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { currentMember } from '../../../access/current-member';
import { exchangeParties } from '../../../domain/exchange/exchange-parties';

const UID = 'api::exchange.exchange';

/** Only the two municipalities of an exchange (and editors, in the admin) ever see it. */
function partyFilter(callerFilters: unknown, municipalityId: string) {
  const own = callerFilters && typeof callerFilters === 'object' ? [callerFilters] : [];
  return { $and: [...own, { $or: [{ provider: { documentId: municipalityId } }, { receiver: { documentId: municipalityId } }] }] };
}

const BODY_MAX = 5000;

export default factories.createCoreController(UID, ({ strapi }) => ({
  async find(ctx) {
    const member = await currentMember(strapi, ctx);
    if (!member?.municipality) throw new errors.PolicyError('Only members of a municipality see its exchanges');
    ctx.query = { ...ctx.query, filters: partyFilter(ctx.query.filters, member.municipality.documentId) };
    return super.find(ctx);
  },

  async findOne(ctx) {
    const member = await currentMember(strapi, ctx);
    if (!member?.municipality) throw new errors.PolicyError('Only members of a municipality see its exchanges');
    ctx.query = { ...ctx.query, filters: partyFilter(ctx.query.filters, member.municipality.documentId) };
    const response = await super.findOne(ctx);
    if (!response?.data) throw new errors.NotFoundError('No exchange of your municipality with this id');
    return response;
  },

  /** A verified member asks for an offer or answers a request; the exchange starts as "requested". */
  async create(ctx) {
    const member = (await currentMember(strapi, ctx))!;
    const data = ctx.request.body?.data;
    if (!data || typeof data !== 'object' || Array.isArray(data)) throw new errors.ValidationError('Missing "data" payload in the request body');
    const unknown = Object.keys(data).filter((key) => !['listing', 'message', 'quantity'].includes(key));
    if (unknown.length) throw new errors.ValidationError(`${unknown.join(', ')}: not a field you can set when starting an exchange`, { errors: unknown.map((key) => ({ path: [key], message: `${key}: cannot be set`, name: 'ValidationError' })) });
    if (typeof data.listing !== 'string' || !data.listing) throw new errors.ValidationError('listing: is required (the documentId of a published listing)', { errors: [{ path: ['listing'], message: 'listing: is required', name: 'ValidationError' }] });
    if (data.message !== undefined && (typeof data.message !== 'string' || data.message.trim().length === 0 || data.message.length > BODY_MAX)) {
      throw new errors.ValidationError(`message: must be text of 1 to ${BODY_MAX} characters`, { errors: [{ path: ['message'], message: `message: must be text of 1 to ${BODY_MAX} characters`, name: 'ValidationError' }] });
    }
    if (data.quantity !== undefined && (typeof data.quantity !== 'number' || !(data.quantity > 0) || data.quantity > 1e9)) {
      throw new errors.ValidationError('quantity: must be a positive number', { errors: [{ path: ['quantity'], message: 'quantity: must be a positive number', name: 'ValidationError' }] });
    }
    const listing = await strapi.db.query('api::listing.listing').findOne({
      where: { documentId: data.listing },
      select: ['documentId', 'type', 'moderationStatus', 'originalLocale', 'locale'],
      populate: { municipality: { select: ['documentId'] } },
    });
    if (!listing) throw new errors.NotFoundError('listing: no listing with this id');
    const parties = exchangeParties(
      { type: listing.type, municipalityId: listing.municipality?.documentId, moderationStatus: listing.moderationStatus },
      member.municipality!.documentId,
    );
    if (parties === 'listing_not_open') throw new errors.ApplicationError('listing: this listing is not open for exchanges');
    if (parties === 'own_listing') throw new errors.ApplicationError('listing: a municipality cannot start an exchange on its own listing');

    const exchange = await strapi.db.transaction(async () => {
      const created = await strapi.documents(UID).create({
        data: {
          listing: { documentId: listing.documentId, locale: listing.originalLocale },
          provider: parties.providerId,
          receiver: parties.receiverId,
          state: 'requested',
          quantity: data.quantity ?? null,
          requestedBy: member.userId,
        } as any,
      });
      if (data.message) {
        await strapi.documents('api::message.message').create({
          data: { exchange: created.documentId, fromMunicipality: member.municipality!.documentId, author: member.userId, body: data.message.trim() } as any,
        });
      }
      await strapi.documents('api::audit-entry.audit-entry').create({
        data: {
          subjectType: 'exchange',
          subjectDocumentId: created.documentId,
          action: 'exchange.requested',
          toState: 'requested',
          actorKind: 'member',
          actorId: String(member.userId),
          actorLabel: member.email,
        } as any,
      });
      return created;
    });
    ctx.status = 201;
    return this.transformResponse(await this.sanitizeOutput(exchange, ctx));
  },
}));
