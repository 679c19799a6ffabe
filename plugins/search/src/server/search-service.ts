import type { Core } from '@strapi/strapi';
import { loadEnv } from '@community-sharing/config';
import { createSearchProvider } from '../index';
import type { SearchProvider, SearchQuery, SearchResult } from '../contract/types';
import { allListingDocuments } from './sync/listing-documents';
import { deleteJobs, enqueue, outboxState, storedJobIds } from './sync/outbox';
import { createOutboxWorker, type OutboxWorker } from './sync/outbox-worker';
import { presentResult } from './http/search-response';

/**
 * The plugin's one service: holds the provider (embedded by default, Algolia when configured), builds the
 * embedded index from the database at start, runs the outbox worker, and answers searches.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  let provider: SearchProvider;
  let worker: OutboxWorker | null = null;
  let ready: Promise<void> = Promise.resolve();

  const service = {
    /** Chooses the provider and gets the index current: a full build for the embedded engine, settings for Algolia. */
    async start(): Promise<void> {
      const env = loadEnv(process.env);
      await provider?.close?.();
      provider = createSearchProvider(
        { ALGOLIA_APP_ID: env.ALGOLIA_APP_ID, ALGOLIA_ADMIN_KEY: env.ALGOLIA_ADMIN_KEY, indexName: process.env.ALGOLIA_INDEX_NAME },
        {
          // The embedded engine's thread died and came back empty: fill it from the database again.
          onError: (error) => strapi.log.error(`[search] the search thread failed: ${error.message}`),
          onRestart: () => {
            strapi.log.warn('[search] the search thread restarted; rebuilding the embedded index');
            service.reindex().catch((error) => strapi.log.error(`[search] could not rebuild the index: ${error.message}`));
          },
        },
      );
      ready = (async () => {
        const started = Date.now();
        if (provider.configure) {
          // Algolia keeps its index between starts; only its settings are pushed (a failure is retried at the next start).
          await provider.configure().catch((error) => strapi.log.warn(`[search] could not push Algolia settings: ${error.message}`));
        } else {
          // Jobs already stored when the build starts are covered by it: their writes were committed, so the build
          // reads them. Applying them afterwards would only redo work (after a bulk import, every listing again,
          // on the search thread, while it answers visitors). Ids, not "id <= max": a transaction still open now may
          // hold a lower id and a write the build does not see.
          const covered = await storedJobIds(strapi);
          await provider.reindex(allListingDocuments(strapi));
          await deleteJobs(strapi, covered);
          strapi.log.info(`[search] embedded index built: ${await provider.count()} listings in ${Date.now() - started} ms${covered.length ? `; ${covered.length} sync jobs it covered dropped` : ''}`);
        }
      })();
      await ready;
      worker = createOutboxWorker(strapi, () => provider);
      worker.poke();
    },

    stop(): void {
      worker?.stop();
      worker = null;
    },

    /** Stops the sync and releases the provider (the CMS shuts down). */
    async close(): Promise<void> {
      service.stop();
      await provider?.close?.();
    },

    provider(): SearchProvider {
      return provider;
    },

    /** Replaces the provider (tests put a failing one in front of the real one). */
    useProvider(next: SearchProvider): void {
      provider = next;
    },

    /** Called by the sync hook after a write was stored: apply it soon. */
    poke(): void {
      worker?.poke();
    },

    /** Applies every due outbox job now (tests, the reindex task). */
    async drain() {
      await ready;
      return worker ? worker.drain() : { applied: 0, failed: 0 };
    },

    async search(query: SearchQuery): Promise<SearchResult> {
      await ready;
      return provider.search(query);
    },

    /** A search answered in the shape of GET /api/search (for the CMS's own read models). */
    async searchForReaders(query: SearchQuery) {
      const started = performance.now();
      const result = await service.search(query);
      return presentResult(result, query, Math.round((performance.now() - started) * 10) / 10);
    },

    /** Rebuilds the whole index from the database, reporting the listings read so far; returns the count indexed. */
    async reindex(onProgress?: (read: number) => void): Promise<number> {
      let read = 0;
      async function* counted() {
        for await (const batch of allListingDocuments(strapi)) {
          read += batch.length;
          onProgress?.(read);
          yield batch;
        }
      }
      await provider.reindex(counted());
      return provider.count();
    },

    /** Asks every running instance's worker to rebuild the whole index (the outbox carries the request). */
    async requestFullReindex(): Promise<void> {
      await enqueue(strapi, 'all', 'all');
    },

    outboxState: () => outboxState(strapi),
  };
  return service;
};
