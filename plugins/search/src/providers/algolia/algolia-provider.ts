// The production provider: Algolia through `algoliasearch` v5. Settings are pushed by configure(); writes wait
// for Algolia's task to finish (by default), so that the sync marks a job done only once it is searchable;
// reindex streams into a temporary index and moves it over the live one, so searches never see a half index.
import { algoliasearch, type SearchResponse } from 'algoliasearch';
import { haversineKm, roundKm } from '../../contract/geo';
import { normalizeQuery } from '../../contract/query';
import type { FacetName, SearchDocument, SearchHit, SearchProvider, SearchQuery, SearchResult } from '../../contract/types';
import { callAlgolia } from './errors';
import { toAlgoliaSearch } from './params';
import { fromRecord, toRecord, type ListingRecord } from './records';
import { FACET_ATTRIBUTES, newestReplica, newestReplicaSettings, primarySettings } from './settings';

/** What algoliasearch's transporter sends to a requester (its EndRequest type, restated: the client does not export it). */
export interface AlgoliaHttpRequest {
  method: 'DELETE' | 'GET' | 'PATCH' | 'POST' | 'PUT';
  url: string;
  headers: Record<string, string>;
  data?: string | Uint8Array | undefined;
  connectTimeout: number;
  responseTimeout: number;
}

/** What a requester answers; status 0 means a network error. */
export interface AlgoliaHttpResponse {
  status: number;
  content: string;
  isTimedOut: boolean;
  headers?: Record<string, string>;
}

/** A pluggable HTTP requester, as algoliasearch v5 accepts in its options. */
export interface AlgoliaRequester {
  send(request: AlgoliaHttpRequest): Promise<AlgoliaHttpResponse>;
}

/** Options of the algolia provider. */
export interface AlgoliaProviderOptions {
  appId: string;
  /** An admin (write) key: the provider writes records and settings. */
  apiKey: string;
  indexName: string;
  /** Replaces the client's HTTP layer (tests); a requester that throws counts as a network error. */
  requester?: AlgoliaRequester;
  /** Wait until Algolia has applied each write (default true). */
  waitForTasks?: boolean;
  /** Records per batch request (default 1000, Algolia's advice). */
  batchSize?: number;
}

type PendingWrite = { op: 'index'; documents: SearchDocument[] } | { op: 'remove'; ids: string[] };

const FACET_BY_ATTRIBUTE = new Map(Object.entries(FACET_ATTRIBUTES).map(([facet, attr]) => [attr, facet as FacetName]));

/** Makes thrown requester errors look like network failures, so the client retries other hosts, then gives up with RetryError. */
function tolerant(requester: AlgoliaRequester): AlgoliaRequester {
  return {
    send: (request) =>
      requester.send(request).catch((): AlgoliaHttpResponse => ({ status: 0, content: '', isTimedOut: false })),
  };
}

async function* batchesOf(source: AsyncIterable<SearchDocument[]> | SearchDocument[]): AsyncIterable<SearchDocument[]> {
  if (Array.isArray(source)) yield source;
  else yield* source;
}

/** Creates the Algolia provider; call configure() once per deployment (or on start) to push the settings. */
export function createAlgoliaProvider(options: AlgoliaProviderOptions): SearchProvider & { configure(): Promise<void> } {
  const { appId, apiKey, indexName } = options;
  const waitForTasks = options.waitForTasks ?? true;
  const batchSize = options.batchSize ?? 1000;
  const client = algoliasearch(appId, apiKey, options.requester ? { requester: tolerant(options.requester) } : undefined);
  let pending: PendingWrite[] | undefined;
  let rebuild: Promise<void> = Promise.resolve();

  const saveTo = async (target: string, documents: SearchDocument[]): Promise<void> => {
    if (documents.length === 0) return;
    await client.saveObjects({ indexName: target, objects: documents.map(toRecord) as unknown as Record<string, unknown>[], batchSize, waitForTasks });
  };
  const removeFrom = async (target: string, ids: string[]): Promise<void> => {
    if (ids.length === 0) return;
    await client.deleteObjects({ indexName: target, objectIDs: ids, batchSize, waitForTasks });
  };

  const configure = (): Promise<void> =>
    callAlgolia('configure', async () => {
      const primary = await client.setSettings({ indexName, indexSettings: primarySettings(indexName), forwardToReplicas: false });
      await client.waitForTask({ indexName, taskID: primary.taskID });
      const replica = newestReplica(indexName);
      const own = await client.setSettings({ indexName: replica, indexSettings: newestReplicaSettings() });
      await client.waitForTask({ indexName: replica, taskID: own.taskID });
    });

  const build = async (source: AsyncIterable<SearchDocument[]> | SearchDocument[]): Promise<void> => {
    const tmp = `${indexName}_reindex_${Date.now().toString(36)}`;
    pending = [];
    try {
      if (!(await callAlgolia('reindex', () => client.indexExists({ indexName })))) await configure();
      await callAlgolia('reindex', async () => {
        try {
          // The temporary index gets the live settings (Algolia copies no replicas), then the records.
          const copy = await client.operationIndex({
            indexName,
            operationIndexParams: { operation: 'copy', destination: tmp, scope: ['settings', 'synonyms', 'rules'] },
          });
          await client.waitForTask({ indexName: tmp, taskID: copy.taskID });
          for await (const batch of batchesOf(source)) await saveTo(tmp, batch);
          // A move keeps the destination's replicas and replaces its records and settings at once.
          const move = await client.operationIndex({ indexName: tmp, operationIndexParams: { operation: 'move', destination: indexName } });
          await client.waitForTask({ indexName: tmp, taskID: move.taskID });
        } catch (err) {
          await client.deleteIndex({ indexName: tmp }).catch(() => undefined);
          throw err;
        }
        // Writes the sync made meanwhile went to the old index: apply them to the new one.
        for (const write of pending!) {
          if (write.op === 'index') await saveTo(indexName, write.documents);
          else await removeFrom(indexName, write.ids);
        }
      });
    } finally {
      pending = undefined;
    }
  };

  return {
    name: 'algolia',
    configure,

    async search(query: SearchQuery): Promise<SearchResult> {
      const normalized = normalizeQuery(query);
      const { indexName: target, params } = toAlgoliaSearch(normalized, indexName);
      const res: SearchResponse<ListingRecord> = await callAlgolia('search', () =>
        client.searchSingleIndex<ListingRecord>({ indexName: target, searchParams: params }),
      );
      const offset = (res.page ?? 0) * (res.hitsPerPage ?? normalized.pageSize);
      const total = res.nbHits ?? 0;
      const hits = res.hits.map((h, i): SearchHit => {
        const hit: SearchHit = { document: fromRecord(h), score: total - offset - i };
        if (normalized.near && h._geoloc) {
          hit.distanceKm = roundKm(haversineKm(normalized.near.lat, normalized.near.lng, h._geoloc.lat, h._geoloc.lng));
        }
        return hit;
      });
      const facets: SearchResult['facets'] = {};
      for (const name of normalized.facets) facets[name] = {};
      for (const [attribute, counts] of Object.entries(res.facets ?? {})) {
        const name = FACET_BY_ATTRIBUTE.get(attribute);
        if (name && normalized.facets.includes(name)) facets[name] = { ...counts };
      }
      return { hits, total, page: normalized.page, pageSize: normalized.pageSize, facets };
    },

    async index(documents: SearchDocument[]): Promise<void> {
      await callAlgolia('index', () => saveTo(indexName, documents));
      pending?.push({ op: 'index', documents });
    },

    async remove(ids: string[]): Promise<void> {
      await callAlgolia('remove', () => removeFrom(indexName, ids));
      pending?.push({ op: 'remove', ids });
    },

    reindex(documents: AsyncIterable<SearchDocument[]> | SearchDocument[]): Promise<void> {
      const run = rebuild.catch(() => undefined).then(() => build(documents));
      rebuild = run;
      return run;
    },

    async count(): Promise<number> {
      const res = await callAlgolia('count', () =>
        client.searchSingleIndex({ indexName, searchParams: { query: '', hitsPerPage: 0, analytics: false } }),
      );
      return res.nbHits ?? 0;
    },
  };
}
