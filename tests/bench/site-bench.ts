// `npm run bench:site [-- N]`: the portal as visitors get it, on a CMS holding N listings (default 100,000;
// BENCH_LISTINGS or the first argument overrides). Loads the listings in bulk into a fresh SQLite database (or
// DATABASE_URL's PostgreSQL), builds the search index, serves the CMS API and starts the built portal
// (site/server.mjs) as production runs it, then
//   (a) Lighthouse (mobile defaults) on the home, listings and one listing page: the four category scores,
//       the JavaScript and total bytes each page ships;
//   (b) autocannon on the listings page (text searches, then facet URLs; BENCH_CONNECTIONS connections for
//       BENCH_SECONDS seconds each, loopback only): requests/s, p50/p95/p97.5/p99 latency, errors;
//   (c) bar charts of both.
// Measuring runs in a child process (site-bench-client.ts) so that it never shares an event loop with the CMS.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { COUNTRY_CODES } from '@community-sharing/config';
import { loadBenchCms } from './bench-cms.ts';
import { bulkLoadListings, prng } from './bench-data.ts';
import { barChart } from './stats.ts';
import { startPortal } from '../support/portal-process.ts';
import type { LighthousePage, LoadResult } from './site-bench-client.ts';

const N = Number(process.argv[2] ?? process.env.BENCH_LISTINGS ?? 100_000);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 20);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const CLIENT = path.join(import.meta.dirname, 'site-bench-client.ts');
if (!Number.isInteger(N) || N < 1) throw new Error(`the number of listings must be a positive whole number, got ${process.argv[2] ?? process.env.BENCH_LISTINGS}`);

const dir = mkdtempSync(path.join(os.tmpdir(), 'cs-site-bench-'));
Object.assign(process.env, { NODE_ENV: 'development', SEED_DEMO: 'false', LOG_LEVEL: 'warn', DATABASE_FILENAME: path.join(dir, 'bench.db') });
const strapi = await loadBenchCms();
const search = strapi.plugin('search').service('search');

console.log(`Loading ${N.toLocaleString('en')} listings into ${process.env.DATABASE_URL ? 'PostgreSQL' : 'SQLite'}…`);
let lastTenth = -1;
const loaded = await bulkLoadListings(strapi, N, (done) => {
  const tenth = Math.floor((done / N) * 10);
  if (tenth !== lastTenth) process.stdout.write(`  ${done.toLocaleString('en')}/${N.toLocaleString('en')}\n`);
  lastTenth = tenth;
});
const buildStarted = Date.now();
const indexed = await search.reindex();
console.log(`Loaded in ${(loaded.ms / 1000).toFixed(1)} s; index built: ${indexed.toLocaleString('en')} listings in ${((Date.now() - buildStarted) / 1000).toFixed(1)} s.`);

strapi.server.mount();
const httpServer = strapi.server.httpServer;
await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
const cmsUrl = `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}`;
const portal = await startPortal(cmsUrl);
console.log(`CMS ${cmsUrl}, portal ${portal.url}`);

let exitCode = 0;
try {
  // One listing page: an English listing, read in English.
  const listing = await strapi.db.query('api::listing.listing').findOne({ where: { locale: 'en', moderationStatus: 'published' }, select: ['slug'], orderBy: { id: 'asc' } });
  if (!listing) throw new Error('no English listing was loaded');
  const pages: [string, string][] = [
    ['home', '/en/'],
    ['listings', '/en/listings'],
    ['listing', `/en/listings/${listing.slug}`],
  ];
  // Warm the portal and the CMS (first requests compile code paths and fill the 60-second municipality list).
  for (const [, pathname] of pages) for (let i = 0; i < 3; i++) await check(portal.url + pathname);

  console.log('\nLighthouse (mobile defaults: emulated phone, simulated slow 4G and 4× CPU slowdown)…');
  const lighthouse = await client<LighthousePage[]>({ kind: 'lighthouse', urls: pages.map(([, p]) => portal.url + p) });
  console.log(`\nLighthouse — ${N.toLocaleString('en')} listings, ${os.cpus().length} cores, Node ${process.version}`);
  console.log('page        perf  a11y  best-pr  SEO    JS (wire / decoded)    total (wire)  requests    FCP      LCP     TBT');
  lighthouse.forEach((result, i) => {
    const s = result.scores;
    console.log(
      `${pages[i]![0].padEnd(10)} ${String(s.performance).padStart(5)} ${String(s.accessibility).padStart(5)} ${String(s['best-practices']).padStart(8)} ${String(s.seo).padStart(4)}` +
        `   ${kb(result.jsTransfer).padStart(9)} / ${kb(result.jsResource).padStart(9)}   ${kb(result.totalTransfer).padStart(11)}  ${String(result.requests).padStart(8)}` +
        `  ${ms(result.metrics.fcp).padStart(7)}  ${ms(result.metrics.lcp).padStart(7)}  ${ms(result.metrics.tbt).padStart(6)}`,
    );
  });

  // The load: searches a visitor types (words in several languages, a few pages deep, either type, either
  // order) and facet URLs (country × kind × type × page), every request a different URL until the list is used
  // up, so the portal's 10-second cache of CMS answers does not hide the search; then one popular URL, which
  // that cache mostly answers (the portal's own rendering cost).
  const random = prng(11);
  const shuffle = <T>(items: T[]): T[] => {
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [items[i], items[j]] = [items[j]!, items[i]!];
    }
    return items;
  };
  const WORDS = ['fire engine', 'school desks', 'volunteers', 'generator', 'translation', 'Feuerwehrfahrzeug', 'Freiwillige', 'пожарен автомобил', 'доброволци', 'bénévoles', 'wolontariusze', 'εθελοντές', 'computers', 'tractor', 'benches'];
  const KINDS = ['equipment', 'goods', 'services', 'expertise', 'volunteers-community', 'materials'];
  const TYPES = ['', '&type=offer', '&type=request'];
  const textPaths = shuffle(
    WORDS.flatMap((word) => TYPES.flatMap((type) => ['', '&sort=newest'].flatMap((sort) => Array.from({ length: 30 }, (_, page) => `/en/listings?q=${encodeURIComponent(word)}${type}${sort}${page ? `&page=${page + 1}` : ''}`)))),
  );
  const facetPaths = shuffle(
    COUNTRY_CODES.flatMap((country) => KINDS.flatMap((kind) => TYPES.flatMap((type) => [1, 2, 3].map((page) => `/en/listings?country=${country}&kind=${kind}${type}${page > 1 ? `&page=${page}` : ''}`)))),
  );
  const runs: [string, string[]][] = [
    ['text search', textPaths],
    ['facet URLs', facetPaths],
    ['one popular URL', ['/en/listings?q=fire%20engine']],
  ];
  const loads: LoadResult[] = [];
  for (const [label, paths] of runs) {
    console.log(`\nautocannon: ${label}, ${CONNECTIONS} connections, ${SECONDS} s, ${paths.length.toLocaleString('en')} distinct URL(s) in turn (e.g. ${decodeURIComponent(paths[0]!)})…`);
    loads.push(await client<LoadResult>({ kind: 'load', label, base: portal.url, paths, connections: CONNECTIONS, seconds: SECONDS }));
  }
  console.log(`\nThe listings page under load — ${N.toLocaleString('en')} listings, ${CONNECTIONS} connections × ${SECONDS} s, loopback, ${os.cpus().length} cores`);
  console.log('run                 req/s   requests      p50      p95    p97.5      p99      max   non-2xx  errors  timeouts');
  for (const r of loads) {
    console.log(
      `${r.label.padEnd(17)} ${r.rps.toFixed(1).padStart(7)} ${String(r.requests).padStart(10)} ${ms(r.latency.p50).padStart(8)} ${ms(r.latency.p95).padStart(8)} ${ms(r.latency.p975).padStart(8)} ${ms(r.latency.p99).padStart(8)} ${ms(r.latency.max).padStart(8)}` +
        ` ${String(r.non2xx).padStart(9)} ${String(r.errors).padStart(7)} ${String(r.timeouts).padStart(9)}`,
    );
  }
  const statuses = loads.map((r) => `${r.label}: ${Object.entries(r.statuses).map(([code, n]) => `${code}×${n}`).join(' ')}`);
  console.log(`statuses — ${statuses.join('; ')}`);

  console.log(`\n${barChart('Lighthouse performance score (mobile)', lighthouse.map((r, i) => ({ label: pages[i]![0], value: r.scores.performance, unit: '/100' })))}`);
  console.log(`\n${barChart('JavaScript shipped (kB over the wire)', lighthouse.map((r, i) => ({ label: pages[i]![0], value: r.jsTransfer / 1024, unit: 'kB' })))}`);
  console.log(`\n${barChart('Page weight (kB over the wire)', lighthouse.map((r, i) => ({ label: pages[i]![0], value: r.totalTransfer / 1024, unit: 'kB' })))}`);
  console.log(`\n${barChart('Listings page p95 latency under load (ms)', loads.map((r) => ({ label: r.label, value: r.latency.p95, unit: 'ms' })))}`);
  console.log(`\n${barChart('Listings page throughput (requests/s)', loads.map((r) => ({ label: r.label, value: r.rps, unit: 'req/s' })))}`);
  const portalErrors = portal.output().split('\n').filter((line) => line.includes('[ERROR]'));
  if (portalErrors.length) console.log(`\nThe portal logged ${portalErrors.length} error(s), e.g.:\n  ${portalErrors.slice(0, 3).map((l) => l.slice(0, 300)).join('\n  ')}`);
  const failed = loads.filter((r) => r.errors + r.timeouts > 0 || r.non2xx > 0);
  if (failed.length) {
    console.log(`\nFAILED REQUESTS in: ${failed.map((r) => r.label).join(', ')}`);
    exitCode = 1;
  }
} catch (error) {
  console.error(error);
  console.error(`portal output:\n${portal.output()}`);
  exitCode = 1;
} finally {
  await portal.stop();
  await new Promise<void>((resolve) => httpServer.close(() => resolve()));
  await strapi.db.destroy();
  rmSync(dir, { recursive: true, force: true });
}
process.exit(exitCode);

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} kB`;
}

function ms(value: number): string {
  return Number.isFinite(value) ? `${value.toFixed(0)} ms` : 'n/a';
}

async function check(url: string): Promise<void> {
  const response = await fetch(url);
  await response.arrayBuffer();
  if (response.status !== 200) throw new Error(`${url} answered ${response.status}`);
}

/** Runs one task in site-bench-client.ts and returns its result. */
function client<T>(task: object): Promise<T> {
  return new Promise((resolve, reject) => {
    // The task goes through stdin: a list of URLs is too long for a command line.
    const child = spawn(process.execPath, [CLIENT], { stdio: ['pipe', 'pipe', 'inherit'] });
    child.stdin.end(JSON.stringify(task));
    let out = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.once('error', reject);
    child.once('exit', (code) => {
      const line = out.split('\n').find((l) => l.startsWith('@@RESULT '));
      if (code !== 0 || !line) return reject(new Error(`the bench client failed (${code}):\n${out.slice(-4000)}`));
      resolve(JSON.parse(line.slice('@@RESULT '.length)) as T);
    });
  });
}
