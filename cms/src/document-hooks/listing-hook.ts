import type { Core } from '@strapi/strapi';
import { defaultExpiry, validateListingFields } from '../domain/listing/listing-input';
import { isUrgentNow, urgentUntilFrom } from '../domain/listing/urgency';
import { alertUrgentRequest } from '../urgency/urgent-alert';
import { asStrapiValidation } from './input-error';
import { uniqueSlug } from './slug';

const UID = 'api::listing.listing';
const MUNICIPALITY = 'api::municipality.municipality';

/** The verification status of the municipality a new listing names (documentId, id, or a connect payload). */
async function municipalityVerified(strapi: Core.Strapi, ref: unknown): Promise<boolean | undefined> {
  let target: any = ref;
  if (target && typeof target === 'object') target = target.connect?.[0] ?? target.set?.[0] ?? target;
  if (target && typeof target === 'object') target = target.documentId ?? target.id;
  if (target === undefined || target === null) return undefined;
  const where = typeof target === 'number' || /^\d+$/.test(String(target)) ? { id: Number(target) } : { documentId: String(target) };
  const row = await strapi.db.query(MUNICIPALITY).findOne({ where, select: ['verificationStatus'] });
  return row ? row.verificationStatus === 'verified' : undefined;
}

/** Tells who can help about an urgent request once the write that made it urgent (or published it) has committed. */
function alertAfterCommit(strapi: Core.Strapi, next: () => Promise<any>, documentId?: string) {
  return strapi.db.transaction(async ({ onCommit }) => {
    const result: any = await next();
    const id = result?.documentId ?? documentId;
    if (id) {
      onCommit(() => {
        void alertUrgentRequest(strapi, id).catch((error) => strapi.log.error(`[urgency] could not alert for ${id}: ${error instanceof Error ? error.message : error}`));
      });
    }
    return result;
  });
}

/**
 * Every write to a listing, from the portal's API or the admin, passes the same domain validation and gets
 * the same server-set defaults (slug, original locale, expiry, remaining quantity, publication time, urgency term).
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
      const verified = data.urgency ? await municipalityVerified(strapi, data.municipality) : undefined;
      const clean = asStrapiValidation(() => validateListingFields(data, { partial: false, moderationStatus: data.moderationStatus, municipalityVerified: verified ?? false }));
      Object.assign(data, clean);
      data.slug ??= uniqueSlug(clean.title ?? 'listing');
      if (data.remainingQuantity === undefined && data.quantity !== undefined) data.remainingQuantity = data.quantity;
      if (data.moderationStatus === 'published') data.publishedOn ??= new Date();
      if (data.urgency) {
        data.urgentUntil = urgentUntilFrom();
        if (data.moderationStatus === 'published') return alertAfterCommit(strapi, next);
      } else {
        data.urgentUntil = null;
      }
      return next();
    }

    const stored = params.documentId
      ? await strapi.db.query(UID).findOne({
          where: { documentId: params.documentId },
          select: ['kind', 'type', 'moderationStatus', 'publishedOn', 'urgency', 'urgencyRadiusKm', 'urgentUntil'],
          populate: { municipality: { select: ['verificationStatus'] } },
        })
      : null;
    const status = data.moderationStatus ?? stored?.moderationStatus;
    const clean = asStrapiValidation(() =>
      validateListingFields(data, {
        partial: true,
        moderationStatus: status,
        currentKind: stored?.kind,
        currentType: stored?.type,
        currentUrgencyRadiusKm: stored?.urgencyRadiusKm,
        municipalityVerified: stored?.municipality ? stored.municipality.verificationStatus === 'verified' : undefined,
      }),
    );
    Object.assign(data, clean);
    if (data.moderationStatus === 'published' && !stored?.publishedOn) data.publishedOn = new Date();
    let alert = false;
    if ('urgency' in data) {
      if (!data.urgency) data.urgentUntil = null;
      else if (!isUrgentNow(stored)) {
        // Newly urgent (or urgent again after its term): a fresh 14 days, and the alert.
        data.urgentUntil = urgentUntilFrom();
        alert = status === 'published';
      }
    }
    // An urgent request that gets published now is announced now.
    if (data.moderationStatus === 'published' && stored?.moderationStatus !== 'published' && (isUrgentNow(stored) || (data.urgency && stored?.type === 'request'))) alert = true;
    return alert ? alertAfterCommit(strapi, next, params.documentId) : next();
  });
}
