import type { Core } from '@strapi/strapi';

export const JOB_UID = 'plugin::search.sync-job';

export type SubjectType = 'listing' | 'municipality' | 'all';

/**
 * Adds a job to the outbox unless the same subject already waits there. Runs inside the caller's transaction
 * (Strapi's db.transaction reuses the open one), so the change and its job are stored together or not at all.
 * `newSubject`: the subject was created by this very write, so no job can wait for it yet and none is looked for.
 */
export async function enqueue(strapi: Core.Strapi, subjectType: SubjectType, subjectDocumentId: string, options: { newSubject?: boolean } = {}): Promise<void> {
  if (!options.newSubject) {
    // A job already claimed by the worker (lockedUntil set) may have read the data before this change: it does not count.
    const waiting = await strapi.db.query(JOB_UID).findOne({ where: { subjectType, subjectDocumentId, lockedUntil: { $null: true } }, select: ['id'] });
    if (waiting) return;
  }
  // createMany: one INSERT, without create()'s reading the row back, which nobody here uses.
  await strapi.db.query(JOB_UID).createMany({ data: [{ subjectType, subjectDocumentId, attempts: 0, nextAttemptAt: new Date() }] });
}

/** The ids of the jobs stored (committed) now. */
export async function storedJobIds(strapi: Core.Strapi): Promise<number[]> {
  return (await strapi.db.query(JOB_UID).findMany({ select: ['id'], orderBy: { id: 'asc' } })).map((job: { id: number }) => job.id);
}

/** Deletes these jobs, a thousand ids per statement. */
export async function deleteJobs(strapi: Core.Strapi, ids: number[]): Promise<void> {
  for (let i = 0; i < ids.length; i += 1000) await strapi.db.query(JOB_UID).deleteMany({ where: { id: { $in: ids.slice(i, i + 1000) } } });
}

/** The outbox's state, for the admin and the health endpoint. */
export async function outboxState(strapi: Core.Strapi): Promise<{ pending: number; failing: number; lastError: string | null }> {
  const pending = await strapi.db.query(JOB_UID).count();
  const failing = await strapi.db.query(JOB_UID).count({ where: { attempts: { $gt: 0 } } });
  const last = await strapi.db.query(JOB_UID).findOne({ where: { lastError: { $notNull: true } }, orderBy: { updatedAt: 'desc' }, select: ['lastError'] });
  return { pending, failing, lastError: last?.lastError ?? null };
}
