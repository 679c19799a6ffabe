// The measuring half of `npm run load`, in a process of its own so that autocannon's request loop never shares an
// event loop with the CMS it measures. Reads one task as JSON from stdin: several autocannon runs started together
// (search, portal pages, member writes), each with its share of the connections; prints one JSON result line.
import autocannon from 'autocannon';
import { quantile } from './stats.ts';

export interface LoadRun {
  label: string;
  base: string;
  connections: number;
  /** GET paths in turn, or POST bodies to `postPath` (a fresh title each) with `token`. */
  paths?: string[];
  postPath?: string;
  token?: string;
  bodyTemplate?: Record<string, unknown>;
}

export interface LoadRunResult {
  label: string;
  connections: number;
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

function assertLoopback(url: string): void {
  const { hostname } = new URL(url);
  if (!['127.0.0.1', 'localhost', '::1'].includes(hostname)) throw new Error(`the load test stays on loopback, not ${hostname}`);
}

function runOne(run: LoadRun, seconds: number): Promise<LoadRunResult> {
  assertLoopback(run.base);
  let next = 0;
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  const request = run.postPath
    ? {
        method: 'POST',
        path: run.postPath,
        headers: { 'content-type': 'application/json', authorization: `Bearer ${run.token}` },
        setupRequest: (req: { body?: string }) => {
          const n = next++;
          req.body = JSON.stringify({ data: { ...run.bodyTemplate, title: `${String(run.bodyTemplate?.title ?? 'Load test')} ${n}` } });
          return req;
        },
      }
    : {
        method: 'GET',
        setupRequest: (req: { path: string }) => {
          req.path = run.paths![next++ % run.paths!.length]!;
          return req;
        },
      };
  const instance = autocannon({ url: run.base, connections: run.connections, duration: seconds, timeout: 10, requests: [request] });
  instance.on('response', (_client: unknown, statusCode: number, _bytes: number, responseTime: number) => {
    latencies.push(responseTime);
    statuses[statusCode] = (statuses[statusCode] ?? 0) + 1;
  });
  return new Promise((resolve, reject) =>
    instance
      .on('done', (result: any) =>
        resolve({
          label: run.label,
          connections: run.connections,
          requests: result.requests.total,
          rps: result.requests.total / (result.duration || seconds),
          latencies,
          p50: quantile(latencies, 0.5),
          p99: quantile(latencies, 0.99),
          max: latencies.length ? Math.max(...latencies) : NaN,
          errors: result.errors,
          timeouts: result.timeouts,
          non2xx: result.non2xx,
          statuses,
        }),
      )
      .on('error', reject),
  );
}

let input = '';
for await (const chunk of process.stdin) input += chunk;
const task = JSON.parse(input) as { runs: LoadRun[]; seconds: number };
const results = await Promise.all(task.runs.map((run) => runOne(run, task.seconds)));
process.stdout.write(`@@RESULT ${JSON.stringify(results)}\n`);
