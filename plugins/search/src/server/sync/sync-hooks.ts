import type { Core } from '@strapi/strapi';
import { enqueue } from './outbox';

const WRITES = new Set(['create', 'update', 'delete', 'publish', 'unpublish', 'discardDraft']);

/**
 * Every write to a listing or a municipality, whoever makes it (portal, admin, importer, seeding), enqueues a
 * sync job in the same transaction. The write never waits for search, and never fails because search is down.
 */
export function registerSyncHooks(strapi: Core.Strapi, onEnqueued: () => void): void {
  strapi.documents.use(async (context, next) => {
    const subjectType = context.uid === 'api::listing.listing' ? 'listing' : context.uid === 'api::municipality.municipality' ? 'municipality' : null;
    if (!subjectType || !WRITES.has(context.action)) return next();
    return strapi.db.transaction(async ({ onCommit }) => {
      const written: any = await next();
      const documentId = written?.documentId ?? (context.params as any)?.documentId;
      if (documentId) {
        // A create makes a new document, unless it adds a locale to an existing one (data.documentId).
        const newSubject = context.action === 'create' && !(context.params as any)?.data?.documentId;
        await enqueue(strapi, subjectType, documentId, { newSubject });
        // The worker can only see the job once the outermost transaction has committed.
        onCommit(onEnqueued);
      }
      return written;
    });
  });
}
