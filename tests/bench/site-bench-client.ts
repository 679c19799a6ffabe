// The client half of `npm run bench:site`, run in a process of its own so that measuring (Lighthouse's trace
// analysis, autocannon's request loop) never shares an event loop with the CMS it measures. Reads one task as
// JSON from stdin and prints its result as one JSON line on stdout.
//   {"kind":"lighthouse","urls":[…]}                       → scores, JavaScript and total bytes per page
//   {"kind":"load","paths":[…],"base":…,"connections":…,"seconds":…} → requests/s, latency quantiles, errors
import autocannon from 'autocannon';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { quantile } from './stats.ts';

export interface LighthousePage {
  url: string;
  scores: Record<'performance' | 'accessibility' | 'best-practices' | 'seo', number>;
  /** Bytes over the wire (transfer size) and decoded (resource size). */
  jsTransfer: number;
  jsResource: number;
  totalTransfer: number;
  requests: number;
  metrics: Record<'fcp' | 'lcp' | 'tbt' | 'cls' | 'si', number>;
}

export interface LoadResult {
  label: string;
  requests: number;
  rps: number;
  latency: { p50: number; p95: number; p975: number; p99: number; max: number; mean: number };
  non2xx: number;
  errors: number;
  timeouts: number;
  statuses: Record<string, number>;
}

export const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-quic',
  '--no-first-run',
  '--disable-sync',
];

/** Lighthouse on one page in a Chrome of its own; a run whose trace failed (it happens) is retried twice. */
async function lighthouseOnce(url: string, attempt = 1): Promise<any> {
  const chrome = await chromeLauncher.launch({ chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', chromeFlags: CHROME_FLAGS, logLevel: 'silent' });
  try {
    // The defaults: mobile form factor and screen, simulated throttling (slow 4G, 4× CPU slowdown).
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' });
    const lhr = result?.lhr;
    if (!lhr || lhr.runtimeError) {
      const reason = lhr?.runtimeError ? `${lhr.runtimeError.code} ${lhr.runtimeError.message}` : 'no result';
      if (attempt < 3) {
        process.stderr.write(`  Lighthouse on ${url}: ${reason}; running it again\n`);
        return lighthouseOnce(url, attempt + 1);
      }
      throw new Error(`Lighthouse failed on ${url}: ${reason}`);
    }
    return lhr;
  } finally {
    chrome.kill();
  }
}

async function runLighthouse(urls: string[]): Promise<LighthousePage[]> {
  const pages: LighthousePage[] = [];
  for (const url of urls) {
    const lhr = await lighthouseOnce(url);
    const items = ((lhr.audits['network-requests']?.details as { items?: { resourceType?: string; transferSize?: number; resourceSize?: number }[] })?.items ?? []);
    const scripts = items.filter((item) => item.resourceType === 'Script');
    const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
    const metric = (id: string): number => lhr.audits[id]?.numericValue ?? NaN;
    pages.push({
      url,
      scores: { performance: score('performance'), accessibility: score('accessibility'), 'best-practices': score('best-practices'), seo: score('seo') },
      jsTransfer: scripts.reduce((sum, item) => sum + (item.transferSize ?? 0), 0),
      jsResource: scripts.reduce((sum, item) => sum + (item.resourceSize ?? 0), 0),
      totalTransfer: lhr.audits['total-byte-weight']?.numericValue ?? items.reduce((sum, item) => sum + (item.transferSize ?? 0), 0),
      requests: items.length,
      metrics: {
        fcp: metric('first-contentful-paint'),
        lcp: metric('largest-contentful-paint'),
        tbt: metric('total-blocking-time'),
        cls: metric('cumulative-layout-shift'),
        si: metric('speed-index'),
      },
    });
  }
  return pages;
}

async function runLoad(task: { label: string; base: string; paths: string[]; connections: number; seconds: number }): Promise<LoadResult> {
  const { hostname } = new URL(task.base);
  if (hostname !== '127.0.0.1' && hostname !== 'localhost' && hostname !== '::1') throw new Error(`the load test stays on loopback, not ${hostname}`);
  let next = 0;
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  const instance = autocannon({
    url: task.base,
    connections: task.connections,
    duration: task.seconds,
    timeout: 10,
    // Each request the next path of the list, so the run is not only the portal's 10-second cache.
    requests: [
      {
        method: 'GET',
        setupRequest: (request: { path: string }) => {
          request.path = task.paths[next++ % task.paths.length]!;
          return request;
        },
      },
    ],
  });
  instance.on('response', (_client: unknown, statusCode: number, _bytes: number, responseTime: number) => {
    latencies.push(responseTime);
    statuses[statusCode] = (statuses[statusCode] ?? 0) + 1;
  });
  const result = await new Promise<any>((resolve, reject) => instance.on('done', resolve).on('error', reject));
  return {
    label: task.label,
    requests: result.requests.total,
    rps: result.requests.total / (result.duration || task.seconds),
    latency: {
      p50: quantile(latencies, 0.5),
      p95: quantile(latencies, 0.95),
      p975: quantile(latencies, 0.975),
      p99: quantile(latencies, 0.99),
      max: Math.max(...latencies),
      mean: latencies.reduce((a, b) => a + b, 0) / Math.max(1, latencies.length),
    },
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    statuses,
  };
}

let input = '';
for await (const chunk of process.stdin) input += chunk;
const task = JSON.parse(input || '{}');
const output = task.kind === 'lighthouse' ? await runLighthouse(task.urls) : task.kind === 'load' ? await runLoad(task) : undefined;
if (output === undefined) throw new Error(`unknown task ${input}`);
process.stdout.write(`\n@@RESULT ${JSON.stringify(output)}\n`);
process.exit(0);
