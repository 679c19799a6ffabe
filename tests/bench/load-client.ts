// The measuring half of `npm run load`, in a process of its own so that the request loop never shares an event loop
// with the CMS it measures. Reads one task as JSON from stdin, prints one JSON result line.
//
// Why not autocannon here: an autocannon connection talks to one host and each kind would need connections of its
// own, so the share of *requests* each kind got followed from its latency (slow writes got fewer). Here each of the
// N connections is a visitor that goes through the same interleaved cycle of kinds (60% search, 30% pages, 10%
// writes: weights from the task), keeping one keep-alive connection per host, so the request mix is the one asked
// for, whatever each kind's latency. undici's Client is one connection with no pipelining, as autocannon's is.
import { performance } from 'node:perf_hooks';
import { Client, errors } from 'undici';
import { quantile } from './stats.ts';

export interface LoadKind {
  label: string;
  base: string;
  /** Share of the requests, relative to the other kinds' weights. */
  weight: number;
  /** GET paths in turn, or POST bodies to `postPath` (a fresh title each) with `token`. */
  paths?: string[];
  postPath?: string;
  token?: string;
  bodyTemplate?: Record<string, unknown>;
}

export interface LoadTask {
  kinds: LoadKind[];
  connections: number;
  seconds: number;
  /** A request without a complete answer after this long counts as a timeout. */
  timeoutMs: number;
}

export interface LoadKindResult {
  label: string;
  /** The share of requests asked for (0..1). */
  target: number;
  requests: number;
  rps: number;
  latencies: number[];
  p50: number;
  p99: number;
  max: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  statuses: Record<string, number>;
}

export interface LoadResult {
  kinds: LoadKindResult[];
  /** The load client's own CPU time while it ran. */
  cpuSeconds: number;
}

function assertLoopback(url: string): void {
  const { hostname } = new URL(url);
  if (!['127.0.0.1', 'localhost', '::1'].includes(hostname)) throw new Error(`the load test stays on loopback, not ${hostname}`);
}

/** One cycle of kind indexes with each kind `weight` times, spread evenly (smooth weighted round robin). */
function interleave(weights: number[]): number[] {
  const total = weights.reduce((sum, w) => sum + w, 0);
  const current = weights.map(() => 0);
  const cycle: number[] = [];
  for (let step = 0; step < total; step++) {
    weights.forEach((w, i) => (current[i]! += w));
    const best = current.indexOf(Math.max(...current));
    current[best]! -= total;
    cycle.push(best);
  }
  return cycle;
}

async function runLoad(task: LoadTask): Promise<LoadKindResult[]> {
  task.kinds.forEach((kind) => assertLoopback(kind.base));
  const cycle = interleave(task.kinds.map((kind) => kind.weight));
  const totalWeight = task.kinds.reduce((sum, kind) => sum + kind.weight, 0);
  const results = task.kinds.map(
    (kind): LoadKindResult => ({ label: kind.label, target: kind.weight / totalWeight, requests: 0, rps: 0, latencies: [], p50: NaN, p99: NaN, max: NaN, errors: 0, timeouts: 0, non2xx: 0, statuses: {} }),
  );
  const next = task.kinds.map(() => 0); // the next path or title number of each kind, shared by all visitors
  const started = performance.now();
  const deadline = started + task.seconds * 1000;

  async function visitor(index: number): Promise<void> {
    const clients = new Map<string, Client>();
    const clientFor = (base: string) => {
      let client = clients.get(base);
      if (!client) clients.set(base, (client = new Client(base, { pipelining: 1, headersTimeout: task.timeoutMs, bodyTimeout: task.timeoutMs, keepAliveTimeout: 60_000 })));
      return client;
    };
    // Visitors start at different places in the cycle, so that at any moment the kinds in flight are mixed too.
    for (let step = index; performance.now() < deadline; step++) {
      const k = cycle[step % cycle.length]!;
      const kind = task.kinds[k]!;
      const result = results[k]!;
      const n = next[k]!++;
      const request = kind.postPath
        ? {
            method: 'POST' as const,
            path: kind.postPath,
            headers: { 'content-type': 'application/json', authorization: `Bearer ${kind.token}` },
            body: JSON.stringify({ data: { ...kind.bodyTemplate, title: `${String(kind.bodyTemplate?.title ?? 'Load test')} ${n}` } }),
          }
        : { method: 'GET' as const, path: kind.paths![n % kind.paths!.length]! };
      const sent = performance.now();
      try {
        const answer = await clientFor(kind.base).request(request);
        await answer.body.arrayBuffer(); // the whole answer, as a browser waits for it
        result.latencies.push(performance.now() - sent);
        result.statuses[answer.statusCode] = (result.statuses[answer.statusCode] ?? 0) + 1;
        if (answer.statusCode < 200 || answer.statusCode > 299) result.non2xx++;
      } catch (error) {
        if (error instanceof errors.HeadersTimeoutError || error instanceof errors.BodyTimeoutError) result.timeouts++;
        else result.errors++;
      }
    }
    await Promise.all([...clients.values()].map((client) => client.close().catch(() => undefined)));
  }

  await Promise.all(Array.from({ length: task.connections }, (_, i) => visitor(i)));
  // Requests started before the deadline are all counted, the last of them finishing a little after it.
  const seconds = (performance.now() - started) / 1000;
  for (const result of results) {
    result.requests = result.latencies.length + result.errors + result.timeouts;
    result.rps = result.requests / seconds;
    result.p50 = quantile(result.latencies, 0.5);
    result.p99 = quantile(result.latencies, 0.99);
    result.max = result.latencies.length ? Math.max(...result.latencies) : NaN;
  }
  return results;
}

let input = '';
for await (const chunk of process.stdin) input += chunk;
const cpuBefore = process.cpuUsage();
const results = await runLoad(JSON.parse(input) as LoadTask);
// This process's own CPU while it ran the load: it has exited by the time the caller reads /proc again.
const cpu = process.cpuUsage(cpuBefore);
process.stdout.write(`@@RESULT ${JSON.stringify({ kinds: results, cpuSeconds: (cpu.user + cpu.system) / 1e6 } satisfies LoadResult)}\n`);
