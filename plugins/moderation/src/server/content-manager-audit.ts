import type { Core } from '@strapi/strapi';
import { writeAudit } from './audit';

/** The fields that carry an editorial decision, per content type, and the audit's subject type. */
export const DECISION_FIELDS: Record<string, { subjectType: 'listing' | 'municipality' | 'report'; fields: string[]; state: string }> = {
  'api::listing.listing': { subjectType: 'listing', fields: ['moderationStatus', 'rejectionReason', 'featured'], state: 'moderationStatus' },
  'api::municipality.municipality': { subjectType: 'municipality', fields: ['verificationStatus', 'verificationNote', 'trusted'], state: 'verificationStatus' },
  'api::report.report': { subjectType: 'report', fields: ['status', 'resolution'], state: 'status' },
};

const same = (a: unknown, b: unknown) => (a ?? null) === (b ?? null) || String(a ?? '') === String(b ?? '');

/**
 * An admin who changes a decision field in the Content Manager (super admins and national editors may) leaves
 * the same trace as the Moderation page: an audit entry in the same transaction, action "content-manager-edit".
 */
export function registerContentManagerAudit(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    const watched = DECISION_FIELDS[context.uid];
    if (!watched || context.action !== 'update') return next();
    const request: any = strapi.requestContext.get();
    const admin = request?.state?.auth?.strategy?.name === 'admin' && String(request?.request?.url ?? '').startsWith('/content-manager/') ? request.state.user : null;
    const data = (context.params as any).data ?? {};
    const documentId = (context.params as any).documentId;
    if (!admin || !documentId || !watched.fields.some((field) => field in data)) return next();

    return strapi.db.transaction(async () => {
      const populate = context.uid === 'api::listing.listing' ? { municipality: { select: ['country'] } } : undefined;
      const before: any = await strapi.db.query(context.uid).findOne({ where: { documentId }, select: [...watched.fields, ...(context.uid === 'api::listing.listing' ? [] : ['country'])], populate });
      const result = await next();
      const changed = before ? watched.fields.filter((field) => field in data && !same(before[field], data[field])) : [];
      if (changed.length) {
        const name = [admin.firstname, admin.lastname].filter(Boolean).join(' ');
        await writeAudit(strapi, { id: admin.id, label: name ? `${name} <${admin.email}>` : admin.email }, {
          subjectType: watched.subjectType,
          subjectDocumentId: documentId,
          action: 'content-manager-edit',
          fromState: before[watched.state] == null ? null : String(before[watched.state]),
          toState: data[watched.state] === undefined ? (before[watched.state] == null ? null : String(before[watched.state])) : String(data[watched.state]),
          reason: null,
          country: before.country ?? before.municipality?.country ?? null,
          details: { fields: Object.fromEntries(changed.map((field) => [field, { from: before[field] ?? null, to: data[field] ?? null }])) },
        });
      }
      return result;
    });
  });
}
