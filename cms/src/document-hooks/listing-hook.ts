import type { Core } from '@strapi/strapi';
import { defaultExpiry, validateListingFields } from '../domain/listing/listing-input';
import { asStrapiValidation } from './input-error';
import { uniqueSlug } from './slug';

const UID = 'api::listing.listing';

/**
 * Every write to a listing, from the portal's API or the admin, passes the same domain validation and gets
 * the same server-set defaults (slug, original locale, expiry, remaining quantity, publication time).
 */
export function registerListingHook(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    if (context.uid !== UID || (context.action !== 'create' && context.action !== 'update')) return next();
    const params = context.params as { documentId?: string; locale?: string; data?: Record<string, any> };
    const data = (params.data ??= {});

    if (context.action === 'create') {
      data.originalLocale ??= params.locale ?? 'en';
      data.expiresAt ??= defaultExpiry();
      data.cpvCodes ??= [];
      data.delivery ??= ['pickup'];
      data.workingLanguages ??= [data.originalLocale];
      const clean = asStrapiValidation(() => validateListingFields(data, { partial: false, moderationStatus: data.moderationStatus }));
      Object.assign(data, clean);
      data.slug ??= uniqueSlug(clean.title ?? 'listing');
      if (data.remainingQuantity === undefined && data.quantity !== undefined) data.remainingQuantity = data.quantity;
      if (data.moderationStatus === 'published') data.publishedOn ??= new Date();
      return next();
    }

    const stored = params.documentId
      ? await strapi.db.query(UID).findOne({ where: { documentId: params.documentId }, select: ['kind', 'moderationStatus', 'publishedOn'] })
      : null;
    const status = data.moderationStatus ?? stored?.moderationStatus;
    const clean = asStrapiValidation(() => validateListingFields(data, { partial: true, moderationStatus: status, currentKind: stored?.kind }));
    Object.assign(data, clean);
    if (data.moderationStatus === 'published' && !stored?.publishedOn) data.publishedOn = new Date();
    return next();
  });
}
