import type { Core } from '@strapi/strapi';
import type { SearchProvider } from '../../contract/types';
import { JOB_UID } from './outbox';
import { allListingDocuments, listingIdsOfMunicipality, loadListingDocuments } from './listing-documents';

const BATCH = 200;
const LOCK_MS = 60_000;
const MAX_BACKOFF_MS = 5 * 60_000;

/** Seconds to wait before the next attempt of a job that failed `attempts` times: 1, 2, 4 … up to 5 minutes. */
export function backoffMs(attempts: number): number {
  return Math.min(MAX_BACKOFF_MS, 1000 * 2 ** Math.max(0, attempts - 1));
}

export interface OutboxWorker {
  /** Applies every job that is due now; resolves when the outbox holds no due job (or one batch failed). */
  drain(): Promise<{ applied: number; failed: number }>;
  /** Asks for a drain soon (after a write), without waiting for it. */
  poke(): void;
  stop(): void;
}

/**
 * Drains the search outbox into the provider: due jobs are claimed (so that a write arriving meanwhile gets
 * a job of its own), applied together, and deleted; when the provider fails they are released with their
 * attempt count, a back-off and the error, and retried later. Nothing is lost while search is down.
 */
export function createOutboxWorker(strapi: Core.Strapi, getProvider: () => SearchProvider, options: { pollMs?: number } = {}): OutboxWorker {
  let draining: Promise<{ applied: number; failed: number }> | null = null;
  let again = false;
  let stopped = false;
  let soon: NodeJS.Timeout | null = null;
  const timer = setInterval(() => void worker.drain().catch(logError), options.pollMs ?? 2000);
  timer.unref();

  function logError(error: unknown) {
    strapi.log.error(`[search] outbox worker: ${error instanceof Error ? error.message : String(error)}`);
  }

  async function applyBatch(): Promise<{ applied: number; failed: number; more: boolean }> {
    const now = new Date();
    const jobs = await strapi.db.query(JOB_UID).findMany({
      where: { nextAttemptAt: { $lte: now }, $or: [{ lockedUntil: { $null: true } }, { lockedUntil: { $lt: now } }] },
      orderBy: { id: 'asc' },
      limit: BATCH,
    });
    if (jobs.length === 0) return { applied: 0, failed: 0, more: false };
    const ids = jobs.map((job: any) => job.id);
    await strapi.db.query(JOB_UID).updateMany({ where: { id: { $in: ids } }, data: { lockedUntil: new Date(now.getTime() + LOCK_MS) } });
    try {
      const provider = getProvider();
      if (jobs.some((job: any) => job.subjectType === 'all')) {
        await provider.reindex(allListingDocuments(strapi));
      } else {
        const listingIds = new Set<string>();
        for (const job of jobs) {
          if (job.subjectType === 'listing') listingIds.add(job.subjectDocumentId);
          else for (const id of await listingIdsOfMunicipality(strapi, job.subjectDocumentId)) listingIds.add(id);
        }
        const { documents, removed } = await loadListingDocuments(strapi, [...listingIds]);
        if (documents.length) await provider.index(documents);
        if (removed.length) await provider.remove(removed);
      }
      await strapi.db.query(JOB_UID).deleteMany({ where: { id: { $in: ids } } });
      return { applied: jobs.length, failed: 0, more: jobs.length === BATCH };
    } catch (error) {
      const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      for (const job of jobs) {
        const attempts = (job.attempts ?? 0) + 1;
        await strapi.db.query(JOB_UID).update({
          where: { id: job.id },
          data: { attempts, lastError: message.slice(0, 2000), nextAttemptAt: new Date(Date.now() + backoffMs(attempts)), lockedUntil: null },
        });
      }
      strapi.log.warn(`[search] ${jobs.length} sync jobs failed and will be retried: ${message}`);
      return { applied: 0, failed: jobs.length, more: false };
    }
  }

  const worker: OutboxWorker = {
    drain() {
      if (stopped) return Promise.resolve({ applied: 0, failed: 0 });
      if (draining) {
        again = true;
        return draining;
      }
      draining = (async () => {
        const total = { applied: 0, failed: 0 };
        try {
          do {
            again = false;
            for (;;) {
              const result = await applyBatch();
              total.applied += result.applied;
              total.failed += result.failed;
              if (!result.more) break;
            }
          } while (again && total.failed === 0 && !stopped);
        } finally {
          draining = null;
        }
        return total;
      })();
      return draining;
    },
    poke() {
      if (stopped || soon) return;
      soon = setTimeout(() => {
        soon = null;
        void worker.drain().catch(logError);
      }, 20);
      soon.unref();
    },
    stop() {
      stopped = true;
      clearInterval(timer);
      if (soon) clearTimeout(soon);
    },
  };
  return worker;
}
