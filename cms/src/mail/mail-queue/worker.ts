import { randomUUID } from 'node:crypto';
import type { Core } from '@strapi/strapi';

export const MAIL_JOB_UID = 'api::mail-job.mail-job';

const BATCH = 50;
/** How long a claimed mail stays reserved for the instance sending it: well above nodemailer's timeouts (config/plugins.ts). */
const LOCK_MS = 5 * 60_000;
const MAX_BACKOFF_MS = 15 * 60_000;

/** Milliseconds before the next attempt of a mail that failed `attempts` times: 1 s, 2 s, 4 s … up to 15 minutes. */
export function mailBackoffMs(attempts: number): number {
  return Math.min(MAX_BACKOFF_MS, 1000 * 2 ** Math.max(0, attempts - 1));
}

export interface MailWorker {
  /** Sends every mail that is due now; stops early at the first failure (the SMTP server is probably down). */
  drain(): Promise<{ sent: number; failed: number }>;
  /** Asks for a drain soon (after a commit), without waiting for it. */
  poke(): void;
  /** Stops the timers; resolves once a drain in flight has finished (so nothing touches a closed database). */
  stop(): Promise<void>;
}

/**
 * Drains the mail outbox through Strapi's e-mail plugin. Each mail is claimed with one conditional UPDATE
 * (only a row that is unsent and not reserved by anyone is taken), so that two CMS instances never send the same
 * mail; a sent mail gets sentAt and stays as the record; a failed one is released with its attempt count, the
 * error and an exponential back-off. Mails are never dropped: they wait until the SMTP server takes them.
 */
export function createMailWorker(strapi: Core.Strapi, options: { pollMs?: number } = {}): MailWorker {
  let draining: Promise<{ sent: number; failed: number }> | null = null;
  let again = false;
  let stopped = false;
  let soon: NodeJS.Timeout | null = null;
  const timer = setInterval(() => void worker.drain().catch(logError), options.pollMs ?? 2000);
  timer.unref();
  const jobs = () => strapi.db.query(MAIL_JOB_UID);

  function logError(error: unknown) {
    strapi.log.error(`[mail] outbox worker: ${error instanceof Error ? error.message : String(error)}`);
  }

  /** Reserves one mail for this worker; false when another worker (or instance) has it or it was sent meanwhile. */
  async function claim(id: number, token: string): Promise<boolean> {
    const now = new Date();
    const result: any = await jobs().updateMany({
      where: { id, sentAt: { $null: true }, $or: [{ lockedUntil: { $null: true } }, { lockedUntil: { $lt: now } }] },
      data: { lockedUntil: new Date(now.getTime() + LOCK_MS), lockToken: token },
    });
    return Number(result?.count ?? 0) === 1;
  }

  async function sendOne(job: any): Promise<'sent' | 'failed' | 'skipped'> {
    const token = randomUUID();
    if (!(await claim(job.id, token))) return 'skipped';
    try {
      await strapi.plugin('email').service('email').send({
        to: job.to,
        subject: job.subject,
        text: job.text,
        ...(job.html ? { html: job.html } : {}),
        ...(job.headers && typeof job.headers === 'object' ? { headers: job.headers } : {}),
      });
    } catch (error) {
      const attempts = (job.attempts ?? 0) + 1;
      const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      await jobs().updateMany({
        where: { id: job.id, lockToken: token },
        data: { attempts, lastError: message.slice(0, 2000), nextAttemptAt: new Date(Date.now() + mailBackoffMs(attempts)), lockedUntil: null, lockToken: null },
      });
      strapi.log.warn(`[mail] mail ${job.id} (${job.topic ?? 'mail'}) failed, attempt ${attempts}, retrying later: ${message}`);
      return 'failed';
    }
    await jobs().updateMany({ where: { id: job.id, lockToken: token }, data: { sentAt: new Date(), lockedUntil: null, lockToken: null, lastError: null } });
    return 'sent';
  }

  async function sendBatch(): Promise<{ sent: number; failed: number; more: boolean }> {
    const now = new Date();
    const due = await jobs().findMany({
      where: { sentAt: { $null: true }, nextAttemptAt: { $lte: now }, $or: [{ lockedUntil: { $null: true } }, { lockedUntil: { $lt: now } }] },
      select: ['id', 'to', 'subject', 'text', 'html', 'headers', 'topic', 'attempts'],
      orderBy: { id: 'asc' },
      limit: BATCH,
    });
    let sent = 0;
    for (const job of due) {
      if (stopped) break;
      const outcome = await sendOne(job);
      if (outcome === 'sent') sent++;
      if (outcome === 'failed') return { sent, failed: 1, more: false };
    }
    return { sent, failed: 0, more: due.length === BATCH };
  }

  const worker: MailWorker = {
    drain() {
      if (stopped) return Promise.resolve({ sent: 0, failed: 0 });
      if (draining) {
        again = true;
        return draining;
      }
      draining = (async () => {
        const total = { sent: 0, failed: 0 };
        try {
          do {
            again = false;
            for (;;) {
              const result = await sendBatch();
              total.sent += result.sent;
              total.failed += result.failed;
              if (!result.more || stopped) break;
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
    async stop() {
      stopped = true;
      clearInterval(timer);
      if (soon) clearTimeout(soon);
      await draining?.catch(() => undefined);
    },
  };
  return worker;
}

// One worker per Strapi instance (tests boot several, one after the other, in one process).
const workers = new WeakMap<Core.Strapi, MailWorker>();

/** Starts the outbox worker of this CMS instance (bootstrap). */
export function startMailWorker(strapi: Core.Strapi): MailWorker {
  let worker = workers.get(strapi);
  if (!worker) {
    worker = createMailWorker(strapi);
    workers.set(strapi, worker);
    worker.poke();
  }
  return worker;
}

/** Stops it (destroy, tests): no timer is left to touch a closed database. */
export async function stopMailWorker(strapi: Core.Strapi): Promise<void> {
  const worker = workers.get(strapi);
  workers.delete(strapi);
  await worker?.stop();
}

/** A mail was committed: send it soon. */
export function pokeMailWorker(strapi: Core.Strapi): void {
  workers.get(strapi)?.poke();
}

/** Sends what is due now and resolves when done (tests, tasks); without a running worker, a one-off one. */
export async function drainMailQueue(strapi: Core.Strapi): Promise<{ sent: number; failed: number }> {
  const running = workers.get(strapi);
  if (running) return running.drain();
  const once = createMailWorker(strapi);
  try {
    return await once.drain();
  } finally {
    await once.stop();
  }
}
