// The search thread: hosts the embedded provider inside a worker_thread so that matching words, ranking and
// counting facets over 100,000 listings never hold up the CMS's event loop (its other requests, its writes).
// Speaks a small request/answer protocol with embedded-worker-provider.ts over the parent port.
import { parentPort } from 'node:worker_threads';
import type { SearchDocument } from '../../contract/types';
import { EmbeddedProvider } from './embedded-provider';
import type { HostAnswer, HostRequest } from './worker-protocol';

/** An async iterable fed by messages: the batches of one reindex as the main thread reads them. */
class BatchChannel implements AsyncIterable<SearchDocument[]> {
  private readonly items: SearchDocument[][] = [];
  private wake: (() => void) | undefined;
  private ended = false;
  private failure: Error | undefined;

  push(batch: SearchDocument[]): void {
    this.items.push(batch);
    this.wake?.();
  }

  end(failure?: Error): void {
    this.ended = true;
    this.failure = failure;
    this.wake?.();
  }

  async *[Symbol.asyncIterator](): AsyncIterator<SearchDocument[]> {
    for (;;) {
      const next = this.items.shift();
      if (next) {
        yield next;
        continue;
      }
      if (this.failure) throw this.failure;
      if (this.ended) return;
      await new Promise<void>((resolve) => (this.wake = resolve));
      this.wake = undefined;
    }
  }
}

const port = parentPort;
if (!port) throw new Error('worker-host.ts runs inside a worker thread');
const provider = new EmbeddedProvider();
const rebuilds = new Map<number, { channel: BatchChannel; done: Promise<void> }>();

async function handle(request: HostRequest): Promise<unknown> {
  switch (request.op) {
    case 'search':
      return provider.search(request.query);
    case 'index':
      return provider.index(request.documents);
    case 'remove':
      return provider.remove(request.ids);
    case 'count':
      return provider.count();
    case 'reindex-start': {
      const channel = new BatchChannel();
      const done = provider.reindex(channel);
      done.catch(() => undefined); // awaited at reindex-end
      rebuilds.set(request.rebuild, { channel, done });
      return undefined;
    }
    case 'reindex-batch':
      rebuilds.get(request.rebuild)?.channel.push(request.documents);
      return undefined;
    case 'reindex-end': {
      const rebuild = rebuilds.get(request.rebuild);
      if (!rebuild) return undefined;
      rebuilds.delete(request.rebuild);
      rebuild.channel.end(request.failure ? new Error(request.failure) : undefined);
      return rebuild.done;
    }
  }
}

port.on('message', (request: HostRequest) => {
  handle(request).then(
    (value) => port.postMessage({ id: request.id, ok: true, value } satisfies HostAnswer),
    (error: unknown) => {
      const e = error instanceof Error ? error : new Error(String(error));
      port.postMessage({ id: request.id, ok: false, error: { name: e.name, message: e.message } } satisfies HostAnswer);
    },
  );
});
