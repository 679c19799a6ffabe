import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { COUNTRY_CODES } from '@community-sharing/config';
import {
  LISTING_RULES,
  MUNICIPALITY_RULES,
  REPORT_RULES,
  checkTransition,
  type ListingAction,
  type MunicipalityAction,
  type ReportAction,
} from '../domain/transitions';
import { AUDIT_UID, writeAudit, type Actor } from './audit';
import { ACTIONS, countryScope, mayActIn } from './permissions';

const MUNICIPALITY = 'api::municipality.municipality';
const LISTING = 'api::listing.listing';
const REPORT = 'api::report.report';
const USER = 'plugin::users-permissions.user';
const ROLE = 'plugin::users-permissions.role';

/** An action the current state does not allow: the route answers 409 and nothing changes. */
export class ConflictError extends Error {
  constructor(message: string, readonly details: Record<string, unknown> = {}) {
    super(message);
  }
}

function reasonRequired(message: string): never {
  throw new errors.ValidationError(message, { errors: [{ path: ['reason'], message, name: 'ValidationError' }] });
}

/** What the CMS hears after a decision has committed (it e-mails the municipality's members). */
export interface Decision {
  subjectType: 'municipality' | 'listing';
  action: string;
  municipalityDocumentId: string;
  municipalityName: string;
  listing?: { documentId: string; title: string; slug: string; locale: string };
  reason: string | null;
}

export interface Editor {
  actor: Actor;
  ability: any;
}

export type QueueTab = 'municipalities' | 'listings' | 'reports';

export interface QueueQuery {
  tab: QueueTab;
  country?: string;
  status?: string;
  page: number;
  pageSize: number;
}

/** Under PostgreSQL, locks the row for the rest of the transaction so that two editors' actions serialize. */
async function lockRow(strapi: Core.Strapi, trx: any, uid: string, documentId: string): Promise<void> {
  if (strapi.db.dialect.client !== 'postgres') return; // SQLite serializes write transactions already
  const table = strapi.db.metadata.get(uid).tableName;
  await strapi.db.getConnection()(table).transacting(trx).where({ document_id: documentId }).forUpdate().select('id');
}

function scopeFilter(scope: 'all' | string[], path: 'country' | 'municipality', country?: string): Record<string, unknown> {
  const countries = scope === 'all' ? null : scope;
  const wanted = country ? (countries ? countries.filter((c) => c === country) : [country]) : countries;
  if (!wanted) return {};
  return path === 'country' ? { country: { $in: wanted } } : { municipality: { country: { $in: wanted } } };
}

function originalRows<T extends { documentId: string; locale: string; originalLocale: string }>(rows: T[]): T[] {
  const byDocument = new Map<string, T>();
  for (const row of rows) {
    const kept = byDocument.get(row.documentId);
    if (!kept || (row.locale === row.originalLocale && kept.locale !== kept.originalLocale)) byDocument.set(row.documentId, row);
  }
  return [...byDocument.values()];
}

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const notify = (decision: Decision) => {
    // After the commit: a mail that cannot go out never undoes a decision.
    Promise.resolve(strapi.eventHub.emit('moderation.decision', decision)).catch((error: unknown) => {
      strapi.log.error(`moderation: could not announce the decision: ${(error as Error).message}`);
    });
  };

  const refuseOutsideScope = (editor: Editor, action: string, country: string | null | undefined) => {
    if (!mayActIn(editor.ability, action, country)) {
      throw new errors.PolicyError(`You may not act on records of ${country ?? 'this country'}`, { reason: 'outside_editor_country' });
    }
  };

  async function loadMunicipality(documentId: string) {
    const row = await strapi.db.query(MUNICIPALITY).findOne({
      where: { documentId },
      select: ['id', 'documentId', 'name', 'country', 'verificationStatus', 'trusted'],
    });
    if (!row) throw new errors.NotFoundError('No municipality with this id');
    return row;
  }

  async function loadListing(documentId: string) {
    const rows = await strapi.db.query(LISTING).findMany({
      where: { documentId },
      select: ['id', 'documentId', 'title', 'slug', 'locale', 'originalLocale', 'moderationStatus', 'featured', 'rejectionReason'],
      populate: { municipality: { select: ['id', 'documentId', 'name', 'country', 'verificationStatus'] } },
      orderBy: { id: 'asc' },
    });
    const row = originalRows(rows)[0];
    if (!row) throw new errors.NotFoundError('No listing with this id');
    return row;
  }

  return {
    /** The queue: counts of the three tabs and one page of the chosen tab, within the editor's countries. */
    async queue(editor: Editor, query: QueueQuery) {
      const scope = countryScope(editor.ability, ACTIONS.read);
      const municipalityWhere = { verificationStatus: query.tab === 'municipalities' && query.status ? query.status : 'pending', ...scopeFilter(scope, 'country', query.country) };
      const listingWhere = { moderationStatus: query.tab === 'listings' && query.status ? query.status : 'pending', ...scopeFilter(scope, 'municipality', query.country) };
      const reportWhere = { status: query.tab === 'reports' && query.status ? query.status : 'open', ...scopeFilter(scope, 'country', query.country) };

      const pendingMunicipalities = { ...municipalityWhere, verificationStatus: 'pending' };
      const pendingListings = { ...listingWhere, moderationStatus: 'pending' };
      const openReports = { ...reportWhere, status: 'open' };
      const listingIds = async (where: object) =>
        new Set((await strapi.db.query(LISTING).findMany({ where, select: ['documentId'] })).map((row: any) => row.documentId)).size;
      const counts = {
        municipalities: await strapi.db.query(MUNICIPALITY).count({ where: pendingMunicipalities }),
        listings: await listingIds(pendingListings),
        reports: await strapi.db.query(REPORT).count({ where: openReports }),
      };

      const offset = (query.page - 1) * query.pageSize;
      let items: unknown[] = [];
      let total = 0;
      if (query.tab === 'municipalities') {
        total = await strapi.db.query(MUNICIPALITY).count({ where: municipalityWhere });
        const rows = await strapi.db.query(MUNICIPALITY).findMany({
          where: municipalityWhere,
          select: ['documentId', 'name', 'nameLatin', 'country', 'officialCode', 'verificationStatus', 'verificationNote', 'trusted', 'website', 'createdAt'],
          populate: { contact: true },
          orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
          offset,
          limit: query.pageSize,
        });
        items = rows.map((row: any) => ({ ...row, id: undefined }));
      } else if (query.tab === 'listings') {
        const rows = await strapi.db.query(LISTING).findMany({
          where: listingWhere,
          select: ['documentId', 'title', 'description', 'slug', 'type', 'kind', 'locale', 'originalLocale', 'moderationStatus', 'rejectionReason', 'featured', 'createdAt'],
          populate: { municipality: { select: ['documentId', 'name', 'country', 'trusted'] } },
          orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
        });
        const documents = originalRows(rows);
        total = documents.length;
        items = documents.slice(offset, offset + query.pageSize).map((row: any) => ({
          documentId: row.documentId,
          title: row.title,
          description: row.description,
          slug: row.slug,
          type: row.type,
          kind: row.kind,
          originalLocale: row.originalLocale,
          moderationStatus: row.moderationStatus,
          rejectionReason: row.rejectionReason,
          featured: !!row.featured,
          createdAt: row.createdAt,
          country: row.municipality?.country ?? null,
          municipality: row.municipality ? { documentId: row.municipality.documentId, name: row.municipality.name, trusted: !!row.municipality.trusted } : null,
        }));
      } else {
        total = await strapi.db.query(REPORT).count({ where: reportWhere });
        const rows = await strapi.db.query(REPORT).findMany({
          where: reportWhere,
          select: ['documentId', 'targetType', 'reason', 'comment', 'status', 'resolution', 'country', 'createdAt'],
          populate: { listing: { select: ['documentId', 'title', 'slug', 'moderationStatus'] }, municipality: { select: ['documentId', 'name', 'verificationStatus'] } },
          orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
          offset,
          limit: query.pageSize,
        });
        items = rows.map((row: any) => ({ ...row, id: undefined }));
      }
      const countries = scope === 'all' ? [...COUNTRY_CODES] : scope;
      return { counts, scope, countries, items, pagination: { page: query.page, pageSize: query.pageSize, total } };
    },

    /** verify | refuse | suspend | trust | untrust a municipality. */
    async actOnMunicipality(editor: Editor, documentId: string, action: MunicipalityAction, reason: string | null) {
      const decision = await strapi.db.transaction(async ({ trx }) => {
        await lockRow(strapi, trx, MUNICIPALITY, documentId);
        const municipality = await loadMunicipality(documentId);
        refuseOutsideScope(editor, ACTIONS.verify, municipality.country);
        const check = checkTransition(MUNICIPALITY_RULES, action, municipality.verificationStatus, reason ?? undefined);
        if (!check.ok) {
          if (check.problem === 'reason_required') reasonRequired(check.message);
          throw new ConflictError(check.message, { state: municipality.verificationStatus });
        }
        if (action === 'trust' && municipality.trusted) throw new ConflictError('This municipality is already trusted');
        if (action === 'untrust' && !municipality.trusted) throw new ConflictError('This municipality is not trusted');

        const data: Record<string, unknown> = {};
        const details: Record<string, unknown> = {};
        if (action === 'trust' || action === 'untrust') data.trusted = action === 'trust';
        else {
          data.verificationStatus = check.to;
          data.verificationNote = reason;
        }
        if (action === 'verify') {
          data.verifiedAt = new Date();
          data.verifiedBy = editor.actor.id;
        }
        if (action === 'suspend') data.trusted = false;
        // Counted before the update: the municipality hook (cms) already moves members between roles on it.
        const pendingBefore = action === 'verify' ? (await pendingMembers(municipality.id)).length : 0;
        await strapi.documents(MUNICIPALITY as any).update({ documentId, data: data as any });

        if (action === 'verify') {
          await promotePendingMembers(municipality.id);
          details.promotedMembers = pendingBefore;
        }
        if (action === 'suspend') details.hiddenListings = await takeDownListings(municipality.id, reason!);

        await writeAudit(strapi, editor.actor, {
          subjectType: 'municipality',
          subjectDocumentId: documentId,
          action,
          fromState: action === 'trust' || action === 'untrust' ? String(!!municipality.trusted) : municipality.verificationStatus,
          toState: action === 'trust' || action === 'untrust' ? String(action === 'trust') : check.to,
          reason,
          country: municipality.country,
          details,
        });
        return { subjectType: 'municipality', action, municipalityDocumentId: documentId, municipalityName: municipality.name, reason } satisfies Decision;
      });
      notify(decision);
      return this.municipalityState(documentId);
    },

    /** approve | reject | hide | feature | unfeature a listing. */
    async actOnListing(editor: Editor, documentId: string, action: ListingAction, reason: string | null) {
      const decision = await strapi.db.transaction(async ({ trx }) => {
        await lockRow(strapi, trx, LISTING, documentId);
        const listing = await loadListing(documentId);
        const country = listing.municipality?.country;
        refuseOutsideScope(editor, ACTIONS.moderate, country);
        const check = checkTransition(LISTING_RULES, action, listing.moderationStatus, reason ?? undefined);
        if (!check.ok) {
          if (check.problem === 'reason_required') reasonRequired(check.message);
          throw new ConflictError(check.message, { state: listing.moderationStatus });
        }
        if (action === 'approve' && listing.municipality?.verificationStatus !== 'verified') {
          throw new ConflictError(`The listing's municipality is ${listing.municipality?.verificationStatus ?? 'missing'}, not verified: verify it first`);
        }
        if (action === 'feature' && listing.featured) throw new ConflictError('This listing is already featured');
        if (action === 'unfeature' && !listing.featured) throw new ConflictError('This listing is not featured');

        const data: Record<string, unknown> =
          action === 'feature' || action === 'unfeature'
            ? { featured: action === 'feature' }
            : { moderationStatus: check.to, rejectionReason: action === 'approve' ? null : reason, ...(action === 'approve' ? {} : { featured: false }) };
        await strapi.documents(LISTING as any).update({ documentId, locale: listing.originalLocale, data: data as any });
        await writeAudit(strapi, editor.actor, {
          subjectType: 'listing',
          subjectDocumentId: documentId,
          action,
          fromState: check.to ? listing.moderationStatus : String(!!listing.featured),
          toState: check.to ?? String(action === 'feature'),
          reason,
          country,
        });
        if (action === 'feature' || action === 'unfeature' || !listing.municipality) return null;
        return {
          subjectType: 'listing',
          action,
          municipalityDocumentId: listing.municipality.documentId,
          municipalityName: listing.municipality.name,
          listing: { documentId, title: listing.title, slug: listing.slug, locale: listing.originalLocale },
          reason,
        } satisfies Decision;
      });
      if (decision) notify(decision);
      return this.listingState(documentId);
    },

    /** Closes a report, with the editor's resolution. */
    async actOnReport(editor: Editor, documentId: string, action: ReportAction, reason: string | null) {
      await strapi.db.transaction(async ({ trx }) => {
        await lockRow(strapi, trx, REPORT, documentId);
        const report = await strapi.db.query(REPORT).findOne({ where: { documentId }, select: ['id', 'status', 'country', 'targetType'] });
        if (!report) throw new errors.NotFoundError('No report with this id');
        refuseOutsideScope(editor, ACTIONS.moderate, report.country);
        const check = checkTransition(REPORT_RULES, action, report.status, reason ?? undefined);
        if (!check.ok) {
          if (check.problem === 'reason_required') reasonRequired(check.message);
          throw new ConflictError(check.message, { state: report.status });
        }
        await strapi.documents(REPORT as any).update({ documentId, data: { status: check.to, resolution: reason } as any });
        await writeAudit(strapi, editor.actor, {
          subjectType: 'report',
          subjectDocumentId: documentId,
          action,
          fromState: report.status,
          toState: check.to,
          reason,
          country: report.country,
        });
      });
      return strapi.db.query(REPORT).findOne({ where: { documentId }, select: ['documentId', 'status', 'resolution', 'country'] });
    },

    async municipalityState(documentId: string) {
      return strapi.db.query(MUNICIPALITY).findOne({
        where: { documentId },
        select: ['documentId', 'name', 'country', 'verificationStatus', 'verificationNote', 'verifiedAt', 'trusted'],
      });
    },

    async listingState(documentId: string) {
      const listing = await loadListing(documentId);
      return {
        documentId,
        title: listing.title,
        moderationStatus: listing.moderationStatus,
        rejectionReason: listing.rejectionReason,
        featured: !!listing.featured,
        country: listing.municipality?.country ?? null,
      };
    },

    /** The audit log, newest first (super admins: the route requires plugin::moderation.audit). */
    async auditLog(query: { page: number; pageSize: number; subjectType?: string; subjectDocumentId?: string; country?: string }) {
      const where: Record<string, unknown> = {};
      if (query.subjectType) where.subjectType = query.subjectType;
      if (query.subjectDocumentId) where.subjectDocumentId = query.subjectDocumentId;
      if (query.country) where.country = query.country;
      const total = await strapi.db.query(AUDIT_UID).count({ where });
      const items = await strapi.db.query(AUDIT_UID).findMany({
        where,
        select: ['documentId', 'subjectType', 'subjectDocumentId', 'action', 'fromState', 'toState', 'reason', 'actorKind', 'actorId', 'actorLabel', 'country', 'details', 'createdAt'],
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        offset: (query.page - 1) * query.pageSize,
        limit: query.pageSize,
      });
      return { items, pagination: { page: query.page, pageSize: query.pageSize, total } };
    },
  };

  /** On verification, the municipality's pending members become members (they may post from now on). */
  /** The users of a municipality who still hold the pending-member role. */
  async function pendingMembers(municipalityId: number): Promise<{ id: number }[]> {
    const pendingRole = await strapi.db.query(ROLE).findOne({ where: { type: 'pending-member' }, select: ['id'] });
    if (!pendingRole) return [];
    return strapi.db.query(USER).findMany({ where: { municipality: { id: municipalityId }, role: { id: pendingRole.id } }, select: ['id'], orderBy: { id: 'asc' } });
  }

  /** Gives a verified municipality's pending members the member role (idempotent). */
  async function promotePendingMembers(municipalityId: number): Promise<number> {
    const memberRole = await strapi.db.query(ROLE).findOne({ where: { type: 'member' }, select: ['id'] });
    if (!memberRole) return 0;
    const users = await pendingMembers(municipalityId);
    for (const user of users) await strapi.db.query(USER).update({ where: { id: user.id }, data: { role: memberRole.id } });
    return users.length;
  }

  /** On suspension, the municipality's live listings leave search, matching and the portal, with the reason. */
  async function takeDownListings(municipalityId: number, reason: string): Promise<string[]> {
    const rows = await strapi.db.query(LISTING).findMany({
      where: { municipality: { id: municipalityId }, moderationStatus: { $in: ['pending', 'published'] } },
      select: ['documentId', 'locale', 'originalLocale'],
      orderBy: { id: 'asc' },
    });
    const listings = originalRows(rows);
    for (const listing of listings) {
      await strapi.documents(LISTING as any).update({
        documentId: listing.documentId,
        locale: listing.originalLocale,
        data: { moderationStatus: 'rejected', rejectionReason: reason, featured: false } as any,
      });
    }
    return listings.map((listing) => listing.documentId);
  }
};
