// The default provider: an in-process index rebuilt at start from the database (reindex) and kept current by
// the sync (index/remove). Searches never wait for a rebuild: they answer from the previous generation until
// the new one is swapped in, and writes that arrive during a rebuild are replayed onto it before the swap.
// The first build (over an empty index) is visible as it grows: partial results beat none for ~30 s at start.
import { normalizeQuery } from '../../contract/query';
import type { SearchDocument, SearchProvider, SearchQuery, SearchResult } from '../../contract/types';
import { loadVocabulary } from '../../text/vocabulary';
import { EmbeddedIndex } from './engine';
import { runSearch } from './search';

/** Options of the embedded provider. */
export interface EmbeddedProviderOptions {
  /** Documents added between two yields to the event loop during a reindex (default 250). */
  yieldEvery?: number;
}

type PendingWrite = { op: 'index'; documents: SearchDocument[] } | { op: 'remove'; ids: string[] };

const nextTick = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** Accepts an array or an async iterable of batches. */
async function* batchesOf(source: AsyncIterable<SearchDocument[]> | SearchDocument[]): AsyncIterable<SearchDocument[]> {
  if (Array.isArray(source)) yield source;
  else yield* source;
}

/** The embedded provider; see the module comment for its consistency rules. */
export class EmbeddedProvider implements SearchProvider {
  readonly name = 'embedded' as const;
  private current = new EmbeddedIndex();
  private pending: PendingWrite[] | undefined;
  private rebuild: Promise<void> = Promise.resolve();
  private readonly yieldEvery: number;

  constructor(options: EmbeddedProviderOptions = {}) {
    this.yieldEvery = Math.max(1, options.yieldEvery ?? 250);
    // Build the concept vocabulary (a few seconds, in slices) while the index is being filled.
    loadVocabulary().catch(() => undefined);
  }

  async search(query: SearchQuery): Promise<SearchResult> {
    const normalized = normalizeQuery(query);
    const vocabulary = await loadVocabulary();
    return runSearch(this.current, normalized, vocabulary);
  }

  async index(documents: SearchDocument[]): Promise<void> {
    for (const doc of documents) this.current.upsert(doc);
    this.pending?.push({ op: 'index', documents });
  }

  async remove(ids: string[]): Promise<void> {
    for (const id of ids) this.current.remove(id);
    this.pending?.push({ op: 'remove', ids });
  }

  /** Builds a new generation from the source and swaps it in; concurrent calls run one after the other. */
  reindex(documents: AsyncIterable<SearchDocument[]> | SearchDocument[]): Promise<void> {
    const run = this.rebuild.catch(() => undefined).then(() => this.build(documents));
    this.rebuild = run;
    return run;
  }

  async count(): Promise<number> {
    return this.current.count;
  }

  private async build(source: AsyncIterable<SearchDocument[]> | SearchDocument[]): Promise<void> {
    const next = new EmbeddedIndex();
    if (this.current.count === 0) this.current = next;
    this.pending = [];
    try {
      let sinceYield = 0;
      for await (const batch of batchesOf(source)) {
        for (const doc of batch) {
          next.upsert(doc);
          if (++sinceYield >= this.yieldEvery) {
            sinceYield = 0;
            await nextTick();
          }
        }
      }
      // Writes the sync made while we read the database: newer than (or equal to) what we read.
      for (const write of this.pending) {
        if (write.op === 'index') for (const doc of write.documents) next.upsert(doc);
        else for (const id of write.ids) next.remove(id);
      }
      this.current = next;
    } finally {
      this.pending = undefined;
    }
    // Build the concept vocabulary now rather than on the first visitor's query.
    await loadVocabulary();
  }
}

/** Creates the embedded provider (empty until the first reindex or index). */
export function createEmbeddedProvider(options?: EmbeddedProviderOptions): SearchProvider {
  return new EmbeddedProvider(options);
}
