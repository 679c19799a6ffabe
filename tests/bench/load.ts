// `npm run load [-- N]`: the stack on PostgreSQL with N listings (default 100,000; LOAD_LISTINGS or the first
// argument), under a mixed load for a fixed time (LOAD_SECONDS, default 60) at LOAD_CONNECTIONS (default 50),
// loopback only:
//   60% of the requests search (GET /api/search: text in several languages, facets, filters, pages),
//   30% read portal pages (listing pages 12%, municipality pages 9%, listings search pages 9%),
//   10% are logged-in members writing listings (POST /api/listings with a JWT from /api/auth/local).
// The shares are of the requests: every connection goes through the same interleaved cycle of kinds
// (load-client.ts), so a slow kind is not asked less often. Prints requests/s, p50, p99 and errors per kind and in
// all, and bar charts. Aim: no errors, p99 ≤ 500 ms.
// Needs PostgreSQL at TEST_POSTGRES_URL (default postgres://postgres@127.0.0.1:5432/postgres); it creates and drops
// a database of its own. Not run by the tests.
import { spawn } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { COUNTRY_CODES } from '@community-sharing/config';
import { loadBenchCms } from './bench-cms.ts';
import { bulkLoadListings, prng } from './bench-data.ts';
import type { LoadKind, LoadResult } from './load-client.ts';
import { barChart, quantile } from './stats.ts';
import { cpuByGroup, cpuSnapshot } from './cpu-accounting.ts';
import { countRoutesAndQueries } from './route-accounting.ts';
import { createTestDatabase } from '../support/databases.ts';
import { startPortal } from '../support/portal-process.ts';

const N = Number(process.argv[2] ?? process.env.LOAD_LISTINGS ?? 100_000);
const SECONDS = Number(process.env.LOAD_SECONDS ?? 60);
const CONNECTIONS = Number(process.env.LOAD_CONNECTIONS ?? 50);
const CLIENT = path.join(import.meta.dirname, 'load-client.ts');
const PASSWORD = 'Load-password-1';
if (!Number.isInteger(N) || N < 1) throw new Error(`the number of listings must be a positive whole number, got ${process.argv[2] ?? process.env.LOAD_LISTINGS}`);

const database = await createTestDatabase('postgres');
Object.assign(process.env, { NODE_ENV: 'development', SEED_DEMO: 'false', LOG_LEVEL: 'warn', ...database.env });
// The pool stays at the CMS's default (10) unless DATABASE_POOL_MAX says otherwise: with this script at 100,000
// listings a pool of 15 was no better than 10 (p99 486 ms at 377 req/s; 10 gave 465-499 ms at 415-433 req/s), as
// more queries at once compete for the same two cores.
process.env.DATABASE_POOL_MAX ??= '10';
const strapi = await loadBenchCms();
const search = strapi.plugin('search').service('search');

let exitCode = 0;
let portal: Awaited<ReturnType<typeof startPortal>> | undefined;
const httpServer = strapi.server.httpServer;
try {
  console.log(`Loading ${N.toLocaleString('en')} listings into PostgreSQL…`);
  let lastTenth = -1;
  const loaded = await bulkLoadListings(strapi, N, (done) => {
    const tenth = Math.floor((done / N) * 10);
    if (tenth !== lastTenth) process.stdout.write(`  ${done.toLocaleString('en')}/${N.toLocaleString('en')}\n`);
    lastTenth = tenth;
  });
  const indexStarted = Date.now();
  // Rebuild the index from the database and run the outbox worker again, as a production start does.
  await search.start();
  const indexed = await search.provider().count();
  // Likewise the matching candidate index, in batches now, instead of one catch-up query of every bulk-loaded row
  // on the event loop in the middle of the load.
  const matching = strapi.plugin('matching').service('matching');
  matching.stop();
  await matching.start();
  console.log(`Loaded in ${(loaded.ms / 1000).toFixed(1)} s; index: ${indexed.toLocaleString('en')} listings in ${((Date.now() - indexStarted) / 1000).toFixed(1)} s.`);

  strapi.server.mount();
  const routes = countRoutesAndQueries(httpServer, strapi.db.connection);
  await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
  const cmsUrl = `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}`;
  portal = await startPortal(cmsUrl);

  // A member of a verified municipality, logged in through the real login route.
  const home = loaded.municipalities[0]!;
  const role = await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'member' } });
  const email = 'member.load@demo.community-sharing.eu';
  await strapi.plugin('users-permissions').service('user').add({ username: email, email, password: PASSWORD, provider: 'local', confirmed: true, blocked: false, role: role.id, municipality: home.id });
  const login = await fetch(`${cmsUrl}/api/auth/local`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ identifier: email, password: PASSWORD }) });
  const { jwt } = (await login.json()) as { jwt: string };
  if (!jwt) throw new Error(`login failed: ${login.status}`);

  // What visitors and members ask, every request a different URL from a long shuffled list.
  const random = prng(5);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const WORDS = ['fire engine', 'school desks', 'volunteers', 'generator', 'translation', 'Feuerwehrfahrzeug', 'Freiwillige', 'пожарен автомобил', 'доброволци', 'bénévoles', 'wolontariusze', 'εθελοντές', 'computers', 'tractor', 'benches', ''];
  const KINDS = ['equipment', 'goods', 'services', 'expertise', 'volunteers-community', 'materials'];
  const searchPaths = Array.from({ length: 5000 }, () => {
    const params = new URLSearchParams({ locale: pick(['en', 'de', 'bg', 'fr', 'pl']) });
    const word = pick(WORDS);
    if (word) params.set('q', word);
    if (random() < 0.4) params.set('country', pick(COUNTRY_CODES));
    if (random() < 0.4) params.set('kind', pick(KINDS));
    if (random() < 0.3) params.set('type', pick(['offer', 'request']));
    if (random() < 0.3) params.set('page', String(1 + Math.floor(random() * 5)));
    if (random() < 0.2) params.set('sort', 'newest');
    return `/api/search?${params}`;
  });
  const listingSlugs = (await strapi.db.query('api::listing.listing').findMany({ where: { moderationStatus: 'published' }, select: ['slug', 'locale'], orderBy: { id: 'asc' }, limit: 2000 })) as { slug: string; locale: string }[];
  const municipalitySlugs = loaded.municipalities.length ? (await strapi.db.query('api::municipality.municipality').findMany({ select: ['slug'], orderBy: { id: 'asc' } })).map((m: { slug: string }) => m.slug) : [];
  // The portal's pages, 30% of the requests in all: listing pages 12%, municipality pages 9%, search pages 9%.
  const listingPagePaths = Array.from({ length: 5000 }, () => `/${pick(['en', 'de', 'bg', 'fr', 'pl'])}/listings/${pick(listingSlugs).slug}`);
  const municipalityPagePaths = Array.from({ length: 5000 }, () => `/${pick(['en', 'de', 'bg', 'fr', 'pl'])}/municipalities/${pick(municipalitySlugs)}`);
  const searchPagePaths = Array.from({ length: 5000 }, () => {
    const word = pick(WORDS);
    return `/${pick(['en', 'de', 'bg', 'fr', 'pl'])}/listings${word ? `?q=${encodeURIComponent(word)}` : `?country=${pick(COUNTRY_CODES)}`}`;
  });
  // Warm up both processes (first requests compile code paths).
  for (const url of [cmsUrl + searchPaths[0], portal.url + listingPagePaths[0], portal.url + municipalityPagePaths[0], portal.url + searchPagePaths[0]]) await (await fetch(url)).arrayBuffer();

  const expiresAt = new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10);
  const kinds: LoadKind[] = [
    { label: 'search (API)', base: cmsUrl, weight: 60, paths: searchPaths },
    { label: 'listing pages', base: portal.url, weight: 12, paths: listingPagePaths },
    { label: 'municip. pages', base: portal.url, weight: 9, paths: municipalityPagePaths },
    { label: 'search pages', base: portal.url, weight: 9, paths: searchPagePaths },
    {
      label: 'member writes',
      base: cmsUrl,
      weight: 10,
      postPath: '/api/listings?locale=en',
      token: jwt,
      bodyTemplate: { type: 'offer', kind: 'goods', cpvCodes: ['39160000'], title: 'Load test: school desks to give away', description: 'Thirty desks and sixty chairs, collected by the receiver.', expiresAt },
    },
  ];
  console.log(`\nLoad: ${CONNECTIONS} connections for ${SECONDS} s, each going through ${kinds.map((k) => `${k.label} ${k.weight}`).join(', ')} in 100 requests…`);
  const cpuBefore = cpuSnapshot();
  routes.start();
  const { kinds: results, cpuSeconds: clientCpuSeconds } = await client<LoadResult>({ kinds, connections: CONNECTIONS, seconds: SECONDS, timeoutMs: 10_000 });
  const { poolWaits, routes: routeCounts } = routes.stop();
  const cpu = cpuByGroup(cpuBefore, cpuSnapshot(), { CMS: process.pid, portal: portal.child.pid });
  cpu.seconds.push(['load client', clientCpuSeconds]);
  cpu.seconds.sort((a, b) => b[1] - a[1]);

  const all = results.flatMap((r) => r.latencies);
  const total = {
    label: 'all',
    target: 1,
    requests: results.reduce((s, r) => s + r.requests, 0),
    rps: results.reduce((s, r) => s + r.rps, 0),
    p50: quantile(all, 0.5),
    p99: quantile(all, 0.99),
    max: Math.max(...all),
    errors: results.reduce((s, r) => s + r.errors, 0),
    timeouts: results.reduce((s, r) => s + r.timeouts, 0),
    non2xx: results.reduce((s, r) => s + r.non2xx, 0),
  };
  console.log(`\nMixed load — ${N.toLocaleString('en')} listings on PostgreSQL (pool ${process.env.DATABASE_POOL_MAX}), ${CONNECTIONS} connections × ${SECONDS} s, loopback, ${os.cpus().length} cores, Node ${process.version}`);
  console.log('kind             target    req/s   requests   share      p50      p99      max   non-2xx  errors  timeouts');
  for (const r of [...results, total]) {
    console.log(
      `${r.label.padEnd(15)} ${`${(r.target * 100).toFixed(0)}%`.padStart(7)} ${r.rps.toFixed(1).padStart(8)} ${String(r.requests).padStart(10)} ${`${((r.requests / Math.max(1, total.requests)) * 100).toFixed(0)}%`.padStart(7)}` +
        ` ${ms(r.p50).padStart(8)} ${ms(r.p99).padStart(8)} ${ms(r.max).padStart(8)} ${String(r.non2xx).padStart(9)} ${String(r.errors).padStart(7)} ${String(r.timeouts).padStart(9)}`,
    );
  }
  console.log(`statuses — ${results.map((r) => `${r.label}: ${Object.entries(r.statuses).map(([code, n]) => `${code}×${n}`).join(' ')}`).join('; ')}`);
  const finite = (value: number | null) => (Number.isFinite(value) ? (value as number) : 0); // no answers: NaN, null after JSON
  console.log(`\n${barChart('Requests per second', [...results, total].map((r) => ({ label: r.label, value: finite(r.rps), unit: 'req/s' })))}`);
  console.log(`\n${barChart('p99 latency (ms)', [...results, total].map((r) => ({ label: r.label, value: finite(r.p99), unit: 'ms' })))}`);
  if (cpu.seconds.length) {
    const cores = os.cpus().length;
    const busy = cpu.seconds.reduce((sum, [, s]) => sum + s, 0);
    console.log(`\nCPU while the load ran: ${busy.toFixed(1)} s of ${(cpu.wallSeconds * cores).toFixed(0)} s (${cores} cores × ${cpu.wallSeconds.toFixed(0)} s); ${((busy / total.requests) * 1000).toFixed(1)} ms per request`);
    console.log(barChart('CPU by process and thread (% of one core)', cpu.seconds.map(([label, s]) => ({ label, value: (s / cpu.wallSeconds) * 100, unit: '%' }))));
  }
  console.log('\nCMS routes during the load (the portal\'s calls included): PostgreSQL queries, and time in the CMS');
  console.log('route                                               requests   queries   per request      p50      p99');
  for (const r of routeCounts.slice(0, 12)) console.log(`${r.route.slice(0, 50).padEnd(50)} ${String(r.requests).padStart(9)} ${String(r.queries).padStart(9)} ${r.requests ? (r.queries / r.requests).toFixed(1).padStart(13) : ''.padStart(13)} ${ms(r.p50).padStart(8)} ${ms(r.p99).padStart(8)}`);
  console.log(`Waits for a pool connection: ${poolWaits.acquired.toLocaleString('en')} acquired, p50 ${ms(poolWaits.p50)}, p99 ${ms(poolWaits.p99)}`);
  console.log(barChart('PostgreSQL queries per second, by route', routeCounts.filter((r) => r.queries > 0).slice(0, 8).map((r) => ({ label: r.route.slice(0, 54), value: r.queries / SECONDS, unit: 'q/s' }))));
  const problems = total.errors + total.timeouts + total.non2xx;
  console.log(`\nAim: no errors and p99 ≤ 500 ms at 50 connections — errors ${problems}, p99 ${ms(total.p99)}: ${problems === 0 && total.p99 <= 500 ? 'met' : 'NOT met'}.`);
  if (problems > 0) exitCode = 1;
} catch (error) {
  console.error(error);
  if (portal) console.error(`portal output:\n${portal.output().slice(-3000)}`);
  exitCode = 1;
} finally {
  await portal?.stop();
  search.stop();
  strapi.plugin('matching').service('matching').stop();
  if (httpServer.listening) {
    httpServer.closeAllConnections();
    await new Promise<void>((resolve) => httpServer.close(() => resolve()));
  }
  // Let requests still inside the CMS finish before the pool closes under them.
  await new Promise((resolve) => setTimeout(resolve, 2000));
  await strapi.db.destroy().catch(() => undefined);
  await database.drop();
}
process.exit(exitCode);

function ms(value: number | null): string {
  return Number.isFinite(value) ? `${(value as number).toFixed(0)} ms` : 'n/a';
}

/** Runs the load in load-client.ts (its own process) and returns its result. */
function client<T>(task: object): Promise<T> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLIENT], { stdio: ['pipe', 'pipe', 'inherit'] });
    child.stdin.end(JSON.stringify(task));
    let out = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.once('error', reject);
    child.once('exit', (code) => {
      const line = out.split('\n').find((l) => l.startsWith('@@RESULT '));
      if (code !== 0 || !line) return reject(new Error(`the load client failed (${code}):\n${out.slice(-4000)}`));
      resolve(JSON.parse(line.slice('@@RESULT '.length)) as T);
    });
  });
}
