import { factories } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { isLocaleCode } from '@community-sharing/config';
import { currentMember } from '../../../access/current-member';
import { refuseProtectedFields } from '../../../access/protected-fields';
import { listingVisibilityFilter } from '../../../access/listing-visibility';
import type { Member } from '../../../access/current-member';
import { InputError } from '../../../domain/errors/field-error';
import { listingImageIssues, requestedImageIds, type StoredImage } from '../../../domain/listing/listing-images';
import { asStrapiValidation } from '../../../document-hooks/input-error';

const UID = 'api::listing.listing';

/** Fields the server or an editor sets; a member's write that names one is refused. */
export const LISTING_PROTECTED_FIELDS = [
  'moderationStatus',
  'rejectionReason',
  'municipality',
  'author',
  'slug',
  'publishedOn',
  'featured',
  'remainingQuantity',
  'originalLocale',
  'urgentUntil',
] as const;

/** Refuses images a member may not attach: not their own upload, wrong type or size, more than 8. */
async function checkImages(strapi: any, data: Record<string, unknown>, member: Member, documentId?: string): Promise<void> {
  if (!('images' in data)) return;
  const ids = requestedImageIds(data.images);
  const rows = ids.length
    ? await strapi.db.query('plugin::upload.file').findMany({ where: { id: { $in: ids } }, select: ['id', 'mime', 'size'], populate: { uploader: { select: ['id'] } }, orderBy: { id: 'asc' } })
    : [];
  const files = new Map<number, StoredImage>(rows.map((f: any) => [f.id, { id: f.id, mime: f.mime, sizeKb: Number(f.size), uploaderId: f.uploader?.id ?? null }]));
  const attached = new Set<number>();
  if (documentId) {
    const versions = await strapi.db.query(UID).findMany({ where: { documentId }, select: ['id'], populate: { images: { select: ['id'] } }, orderBy: { id: 'asc' } });
    for (const version of versions) for (const image of version.images ?? []) attached.add(image.id);
  }
  const issues = listingImageIssues(data.images, files, member.userId, attached);
  if (issues.length) asStrapiValidation(() => { throw new InputError(issues); });
}

export default factories.createCoreController(UID, ({ strapi }) => ({
  /** Published listings for everyone, plus the member's own municipality's listings in any state. */
  async find(ctx) {
    const member = await currentMember(strapi, ctx);
    ctx.query = { ...ctx.query, filters: listingVisibilityFilter(ctx.query.filters, member) };
    return super.find(ctx);
  },

  async findOne(ctx) {
    const member = await currentMember(strapi, ctx);
    // Without ?locale=, a listing answers in the language it was written in (not the default locale, which it
    // may not have at all).
    if (ctx.query.locale === undefined && typeof ctx.params.id === 'string') {
      const row = await strapi.db.query(UID).findOne({ where: { documentId: ctx.params.id }, select: ['originalLocale'] });
      if (row?.originalLocale) ctx.query = { ...ctx.query, locale: row.originalLocale };
    }
    ctx.query = { ...ctx.query, filters: listingVisibilityFilter(ctx.query.filters, member) };
    const response = await super.findOne(ctx);
    if (!response?.data) throw new errors.NotFoundError('No published listing with this id');
    return response;
  },

  /** A verified member posts for their own municipality; it waits for moderation unless the municipality is trusted. */
  async create(ctx) {
    const member = (await currentMember(strapi, ctx))!;
    const data = ctx.request.body?.data;
    if (!data || typeof data !== 'object' || Array.isArray(data)) throw new errors.ValidationError('Missing "data" payload in the request body');
    refuseProtectedFields(data, LISTING_PROTECTED_FIELDS);
    await checkImages(strapi, data, member);
    await this.validateQuery(ctx);
    await this.validateInput(data, ctx);
    const sanitized = await this.sanitizeInput(data, ctx);
    const locale = ctx.query.locale ?? 'en';
    if (!isLocaleCode(locale)) throw new errors.ValidationError(`locale: "${String(locale).slice(0, 20)}" is not a supported locale`);
    const entity = await strapi.documents(UID).create({
      locale,
      data: {
        ...(sanitized as Record<string, unknown>),
        originalLocale: locale,
        // The row id (a municipality is neither localized nor drafted: one row per document), which spares the
        // Document Service looking the documentId up.
        municipality: member.municipality!.id,
        author: member.userId,
        moderationStatus: member.municipality!.trusted ? 'published' : 'pending',
      } as any,
    });
    ctx.status = 201;
    return this.transformResponse(await this.sanitizeOutput(entity, ctx));
  },

  /** The owner edits its listing; without ?locale= it edits the original language, never silently adding one. */
  async update(ctx) {
    const data = ctx.request.body?.data;
    if (!data || typeof data !== 'object' || Array.isArray(data)) throw new errors.ValidationError('Missing "data" payload in the request body');
    refuseProtectedFields(data, LISTING_PROTECTED_FIELDS);
    const stored = await strapi.db.query(UID).findOne({ where: { documentId: ctx.params.id }, select: ['originalLocale', 'moderationStatus'] });
    if (!stored) throw new errors.NotFoundError('No listing with this id');
    if (['closed', 'expired', 'rejected'].includes(stored.moderationStatus)) {
      throw new errors.ApplicationError(`A ${stored.moderationStatus} listing cannot be edited; post a new one`);
    }
    const locale = ctx.query.locale ?? stored.originalLocale;
    if (!isLocaleCode(locale)) throw new errors.ValidationError(`locale: "${String(locale).slice(0, 20)}" is not a supported locale`);
    await checkImages(strapi, data, (await currentMember(strapi, ctx))!, ctx.params.id);
    await this.validateQuery(ctx);
    await this.validateInput(data, ctx);
    const sanitized = await this.sanitizeInput(data, ctx);
    const entity = await strapi.documents(UID).update({ documentId: ctx.params.id, locale, data: sanitized as any });
    return this.transformResponse(await this.sanitizeOutput(entity, ctx));
  },

  /** The owner closes its listing: it leaves search and matching at once and stays in the municipality's record. */
  async close(ctx) {
    const stored = await strapi.db.query(UID).findOne({ where: { documentId: ctx.params.id }, select: ['originalLocale', 'moderationStatus'] });
    if (!stored) throw new errors.NotFoundError('No listing with this id');
    if (stored.moderationStatus === 'closed') return { data: { documentId: ctx.params.id, moderationStatus: 'closed' } };
    const entity = await strapi.documents(UID).update({
      documentId: ctx.params.id,
      locale: stored.originalLocale,
      data: { moderationStatus: 'closed' } as any,
    });
    return this.transformResponse(await this.sanitizeOutput(entity, ctx));
  },
}));
