// The search core of the plugin: the provider contract, the embedded and Algolia providers, and the choice
// between them. Plain TypeScript; the Strapi side (outbox, worker, route, hooks) builds on this.
import type { SearchProvider } from './contract/types';
import { createAlgoliaProvider } from './providers/algolia/algolia-provider';
import { createEmbeddedWorkerProvider, type EmbeddedWorkerOptions } from './providers/embedded/embedded-worker-provider';

export * from './contract/types';
export { normalizeQuery, type NormalizedQuery } from './contract/query';
export { haversineKm } from './contract/geo';
export { createEmbeddedProvider, type EmbeddedProviderOptions } from './providers/embedded/embedded-provider';
export { createEmbeddedWorkerProvider, type EmbeddedWorkerOptions } from './providers/embedded/embedded-worker-provider';
export {
  createAlgoliaProvider,
  type AlgoliaHttpRequest,
  type AlgoliaHttpResponse,
  type AlgoliaProviderOptions,
  type AlgoliaRequester,
} from './providers/algolia/algolia-provider';

/** What createSearchProvider reads from the environment. */
export interface SearchEnv {
  ALGOLIA_APP_ID?: string;
  ALGOLIA_ADMIN_KEY?: string;
  /** The Algolia index name (default 'listings'). */
  indexName?: string;
}

/** Algolia when both its app id and admin key are set, else the embedded provider in its own thread. */
export function createSearchProvider(env: SearchEnv, options: EmbeddedWorkerOptions = {}): SearchProvider {
  const appId = env.ALGOLIA_APP_ID?.trim();
  const apiKey = env.ALGOLIA_ADMIN_KEY?.trim();
  if (appId && apiKey) return createAlgoliaProvider({ appId, apiKey, indexName: env.indexName?.trim() || 'listings' });
  return createEmbeddedWorkerProvider(options);
}
