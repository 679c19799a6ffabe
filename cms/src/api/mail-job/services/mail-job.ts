import { factories } from '@strapi/strapi';
import { drainMailQueue, startMailWorker, stopMailWorker } from '../../../mail/mail-queue/worker';

/** The mail outbox's service: the worker's switch and a drain for tests and tasks. */
export default factories.createCoreService('api::mail-job.mail-job', ({ strapi }) => ({
  start() {
    startMailWorker(strapi);
  },
  stop() {
    stopMailWorker(strapi);
  },
  drain() {
    return drainMailQueue(strapi);
  },
  /** Mails not sent yet, and how many of them have failed at least once. */
  async state() {
    const pending = await strapi.db.query('api::mail-job.mail-job').count({ where: { sentAt: { $null: true } } });
    const failing = await strapi.db.query('api::mail-job.mail-job').count({ where: { sentAt: { $null: true }, attempts: { $gt: 0 } } });
    return { pending, failing };
  },
}));
