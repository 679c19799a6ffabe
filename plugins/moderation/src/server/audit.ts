import type { Core } from '@strapi/strapi';

export const AUDIT_UID = 'api::audit-entry.audit-entry';

export interface Actor {
  id: number;
  label: string;
}

export interface AuditRecord {
  subjectType: 'listing' | 'municipality' | 'report';
  subjectDocumentId: string;
  action: string;
  fromState?: string | null;
  toState?: string | null;
  reason?: string | null;
  country?: string | null;
  details?: Record<string, unknown>;
}

/** One audit entry (who, what, when, why), written inside the caller's transaction so that it commits with the action. */
export async function writeAudit(strapi: Core.Strapi, actor: Actor, record: AuditRecord): Promise<void> {
  await strapi.documents(AUDIT_UID as any).create({
    data: {
      ...record,
      fromState: record.fromState ?? null,
      toState: record.toState ?? null,
      reason: record.reason ?? null,
      country: record.country ?? null,
      actorKind: 'editor',
      actorId: String(actor.id),
      actorLabel: actor.label.slice(0, 200),
      details: record.details ?? null,
    } as any,
  });
}
