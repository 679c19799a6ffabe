// The embedded provider as the CMS runs it: the index lives in a worker thread (worker-host.ts) and this class
// forwards each call there. Searching 100,000 listings costs milliseconds of CPU; on the CMS's own thread that
// time would queue every other request, and a write (tens of sequential queries) behind every search. In a
// thread of its own it runs beside them, on the other core.
//
// If the thread dies, calls in flight fail with SearchUnavailableError (a 503 for search, a retry for the sync),
// a new thread starts, and `onRestart` is asked to fill it again (the search service reindexes from the database).
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { InvalidSearchQueryError, SearchUnavailableError } from '../../contract/types';
import type { SearchDocument, SearchProvider, SearchQuery, SearchResult } from '../../contract/types';
import type { HostAnswer, HostRequest } from './worker-protocol';

/** Options of the worker-thread provider. */
export interface EmbeddedWorkerOptions {
  /** Called after the thread had to be restarted (empty): refill it. */
  onRestart?: () => void;
  /** Told why the thread failed (an uncaught error inside it), for the log. */
  onError?: (error: Error) => void;
}

/** A thread that dies within this long of its start died "quickly"; restarts after quick deaths back off up to the max. */
const QUICK_DEATH_MS = 10_000;
const MAX_RESTART_DELAY_MS = 30_000;

/** Distributive Omit over the request union. */
type RequestBody = HostRequest extends infer R ? (R extends HostRequest ? Omit<R, 'id'> : never) : never;

/** The compiled worker-host.js beside this file; under Vitest (running the .ts sources) its compiled twin in dist/. */
export function workerHostScript(): string {
  const here = __filename;
  const dir = path.dirname(here.endsWith('.ts') ? here.replace(`${path.sep}src${path.sep}`, `${path.sep}dist${path.sep}`) : here);
  return path.join(dir, 'worker-host.js');
}

/** See the module comment. */
export class EmbeddedWorkerProvider implements SearchProvider {
  readonly name = 'embedded' as const;
  private worker: Worker | undefined;
  private nextId = 1;
  private nextRebuild = 1;
  private readonly calls = new Map<number, { resolve: (value: any) => void; reject: (error: Error) => void }>();
  private rebuildChain: Promise<void> = Promise.resolve();
  private closed = false;
  private startedAt = 0;
  /** Deaths soon after a start, in a row: a thread that cannot start is retried ever more slowly, not in a loop. */
  private quickDeaths = 0;

  constructor(private readonly options: EmbeddedWorkerOptions = {}) {
    this.start();
  }

  search(query: SearchQuery): Promise<SearchResult> {
    return this.call({ op: 'search', query });
  }

  index(documents: SearchDocument[]): Promise<void> {
    return this.call({ op: 'index', documents });
  }

  remove(ids: string[]): Promise<void> {
    return this.call({ op: 'remove', ids });
  }

  count(): Promise<number> {
    return this.call({ op: 'count' });
  }

  /** Streams the batches to the thread as they are read; one rebuild at a time. */
  reindex(documents: AsyncIterable<SearchDocument[]> | SearchDocument[]): Promise<void> {
    const run = this.rebuildChain.catch(() => undefined).then(() => this.stream(documents));
    this.rebuildChain = run;
    return run;
  }

  /** Stops the thread (the CMS shuts down); later calls fail with SearchUnavailableError. */
  async close(): Promise<void> {
    this.closed = true;
    const worker = this.worker;
    this.worker = undefined;
    await worker?.terminate();
  }

  /** Ends the thread as a crash would (operators' and tests' means to check the recovery). */
  async crash(): Promise<void> {
    await this.worker?.terminate();
  }

  private async stream(source: AsyncIterable<SearchDocument[]> | SearchDocument[]): Promise<void> {
    const rebuild = this.nextRebuild++;
    await this.call({ op: 'reindex-start', rebuild });
    try {
      if (Array.isArray(source)) await this.call({ op: 'reindex-batch', rebuild, documents: source });
      // Each batch waits for the thread's receipt, so a slow thread slows the reading rather than filling memory.
      else for await (const batch of source) await this.call({ op: 'reindex-batch', rebuild, documents: batch });
    } catch (error) {
      await this.call({ op: 'reindex-end', rebuild, failure: error instanceof Error ? error.message : String(error) }).catch(() => undefined);
      throw error;
    }
    await this.call({ op: 'reindex-end', rebuild });
  }

  private start(): void {
    const worker = new Worker(workerHostScript(), { name: 'search-index' });
    // The thread never keeps the process alive on its own: the CMS decides when to stop.
    worker.unref();
    worker.on('message', (answer: HostAnswer) => {
      const call = this.calls.get(answer.id);
      if (!call) return;
      this.calls.delete(answer.id);
      if (answer.ok) call.resolve(answer.value);
      else call.reject(answer.error.name === 'InvalidSearchQueryError' ? new InvalidSearchQueryError(answer.error.message) : Object.assign(new Error(answer.error.message), { name: answer.error.name }));
    });
    worker.on('error', (error) => this.options.onError?.(error)); // 'exit' follows and restarts it
    worker.on('exit', () => {
      if (this.worker !== worker) return;
      this.worker = undefined;
      const lost = [...this.calls.values()];
      this.calls.clear();
      for (const call of lost) call.reject(new SearchUnavailableError('the search thread stopped'));
      if (this.closed) return;
      this.quickDeaths = Date.now() - this.startedAt < QUICK_DEATH_MS ? this.quickDeaths + 1 : 0;
      const delay = this.quickDeaths === 0 ? 0 : Math.min(MAX_RESTART_DELAY_MS, 500 * 2 ** (this.quickDeaths - 1));
      const restart = setTimeout(() => {
        if (this.closed || this.worker) return;
        this.start();
        this.options.onRestart?.();
      }, delay);
      restart.unref();
    });
    this.worker = worker;
    this.startedAt = Date.now();
  }

  private call<T>(request: RequestBody): Promise<T> {
    const worker = this.worker;
    if (!worker) return Promise.reject(new SearchUnavailableError('the search thread is not running'));
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.calls.set(id, { resolve, reject });
      worker.postMessage({ ...request, id } as HostRequest);
    });
  }
}

/** Creates the embedded provider in its worker thread (empty until the first reindex or index). */
export function createEmbeddedWorkerProvider(options?: EmbeddedWorkerOptions): EmbeddedWorkerProvider {
  return new EmbeddedWorkerProvider(options);
}
