/**
 * The search outbox: one row per listing or municipality whose search record must be brought up to date.
 * Written in the same transaction as the change itself, drained by the worker, deleted once applied; a row
 * that keeps failing stays with its attempts and last error, for editors to see in the admin.
 */
export default {
  schema: {
    kind: 'collectionType',
    collectionName: 'search_sync_jobs',
    info: {
      singularName: 'sync-job',
      pluralName: 'sync-jobs',
      displayName: 'Search sync job',
      description: 'Pending search index updates (the outbox). A job with attempts and an error is retrying.',
    },
    options: { draftAndPublish: false },
    pluginOptions: {
      'content-manager': { visible: true },
      'content-type-builder': { visible: false },
    },
    attributes: {
      subjectType: { type: 'enumeration', enum: ['listing', 'municipality', 'all'], required: true },
      subjectDocumentId: { type: 'string', required: true, maxLength: 40 },
      attempts: { type: 'integer', default: 0, required: true },
      nextAttemptAt: { type: 'datetime', required: true },
      lastError: { type: 'text' },
      lockedUntil: { type: 'datetime' },
    },
  },
};
