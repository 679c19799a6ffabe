import type { Core } from '@strapi/strapi';
import { municipalitySearchName } from '../domain/account/municipality-search';
import { slugify } from './slug';

const UID = 'api::municipality.municipality';

/**
 * Every write to a municipality: a new one gets its slug from its Latin name and country ("sofia-bg"), unique
 * by official code; every write keeps the folded `searchName` of the registration type-ahead current; and a
 * change of verification status moves its members between the pending-member and member roles.
 */
export function registerMunicipalityHook(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    if (context.uid !== UID || (context.action !== 'create' && context.action !== 'update')) return next();
    const params = context.params as { documentId?: string; data?: Record<string, any> };
    const data = (params.data ??= {}) as Record<string, any>;
    if (context.action === 'create') {
      if (!data.slug && data.name) {
        const base = `${slugify(data.nameLatin || data.name, 80)}-${String(data.country ?? '').toLowerCase()}`;
        const taken = await strapi.db.query(UID).count({ where: { slug: base } });
        data.slug = taken ? `${base}-${slugify(String(data.officialCode ?? ''), 30)}` : base;
      }
      if (data.name) data.searchName = municipalitySearchName(data.name, data.nameLatin);
      return next();
    }

    const touchesName = 'name' in data || 'nameLatin' in data;
    const touchesStatus = 'verificationStatus' in data;
    if (!touchesName && !touchesStatus) return next();
    const stored = params.documentId
      ? await strapi.db.query(UID).findOne({ where: { documentId: params.documentId }, select: ['id', 'name', 'nameLatin', 'verificationStatus'] })
      : null;
    if (touchesName && stored) {
      data.searchName = municipalitySearchName(data.name ?? stored.name, 'nameLatin' in data ? data.nameLatin : stored.nameLatin);
    }
    const result = await next();
    if (touchesStatus && stored && data.verificationStatus !== stored.verificationStatus) {
      await syncMemberRoles(strapi, stored.id, data.verificationStatus);
    }
    return result;
  });
}

/**
 * The members of a verified municipality hold the member role (they may post); of any other, the
 * pending-member role. Users with another role (e.g. plain authenticated) are left alone.
 */
export async function syncMemberRoles(strapi: Core.Strapi, municipalityId: number, verificationStatus: string): Promise<void> {
  const roles = await strapi.db.query('plugin::users-permissions.role').findMany({ where: { type: { $in: ['member', 'pending-member'] } }, orderBy: { id: 'asc' } });
  const member = roles.find((role: any) => role.type === 'member');
  const pending = roles.find((role: any) => role.type === 'pending-member');
  if (!member || !pending) return;
  const target = verificationStatus === 'verified' ? member : pending;
  const users = await strapi.db.query('plugin::users-permissions.user').findMany({
    where: { municipality: { id: municipalityId }, role: { id: { $in: [member.id, pending.id] } } },
    select: ['id'],
    populate: { role: { select: ['id'] } },
    orderBy: { id: 'asc' },
  });
  for (const user of users) {
    if (user.role?.id !== target.id) await strapi.db.query('plugin::users-permissions.user').update({ where: { id: user.id }, data: { role: target.id } });
  }
}

/** Fills the folded search name of municipalities written before it existed (a bootstrap step; idempotent). */
export async function backfillMunicipalitySearchNames(strapi: Core.Strapi): Promise<number> {
  let filled = 0;
  for (;;) {
    const rows = await strapi.db.query(UID).findMany({ where: { searchName: { $null: true } }, select: ['id', 'name', 'nameLatin'], orderBy: { id: 'asc' }, limit: 500 });
    if (rows.length === 0) return filled;
    await strapi.db.transaction(async () => {
      for (const row of rows) {
        await strapi.db.query(UID).update({ where: { id: row.id }, data: { searchName: municipalitySearchName(row.name ?? '', row.nameLatin) } });
      }
    });
    filled += rows.length;
  }
}
