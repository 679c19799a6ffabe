// `npm run bench:portal [-- N]`: the CPU the portal process spends per rendered page, per page kind. Loads N
// listings (default 3,000; BENCH_LISTINGS or the first argument) into a fresh SQLite database, serves the CMS
// API, starts the built portal (site/server.mjs) as production runs it, then requests a fixed list of
// pages one after another, in the mix of `npm run load` (40% listing pages, 30% municipality profiles, 30%
// listings searches by text or country; locales en de bg fr pl; anonymous visitors), and prints the portal
// process's CPU time (user + system, all its threads, from /proc/<pid>/stat) per page of each kind.
// CPU time, not wall time: it hardly depends on what else runs on the machine.
//
//   PORTAL_CPU_BASELINE=path/to/entry   also measures another build (e.g. a copy of main's site/dist kept inside
//       the repository, so that it finds node_modules: site/.tmp/baseline/dist/server/entry.mjs) against the same CMS, and compares
//       every page's HTML between the two (status and body, the session's form tokens aside).
//   PORTAL_CPU_PROFILE=dir   runs the portal(s) with --cpu-prof, writing .cpuprofile files into dir.
//   PORTAL_CPU_PAGES=300     how many pages are measured.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { COUNTRY_CODES } from '@community-sharing/config';
import { loadBenchCms } from './bench-cms.ts';
import { bulkLoadListings, prng } from './bench-data.ts';
import { barChart } from './stats.ts';
import { startPortal, type PortalProcess } from '../support/portal-process.ts';

const N = Number(process.argv[2] ?? process.env.BENCH_LISTINGS ?? 3000);
const PAGES = Number(process.env.PORTAL_CPU_PAGES ?? 300);
const BASELINE = process.env.PORTAL_CPU_BASELINE ? path.resolve(process.env.PORTAL_CPU_BASELINE) : undefined;
const PROFILE_DIR = process.env.PORTAL_CPU_PROFILE ? path.resolve(process.env.PORTAL_CPU_PROFILE) : undefined;
const LOCALES = ['en', 'de', 'bg', 'fr', 'pl'];
const WORDS = ['fire engine', 'school desks', 'volunteers', 'generator', 'translation', 'Feuerwehrfahrzeug', 'Freiwillige', 'пожарен автомобил', 'доброволци', 'bénévoles', 'wolontariusze', 'εθελοντές', 'computers', 'tractor', 'benches'];
if (!Number.isInteger(N) || N < 1) throw new Error(`the number of listings must be a positive whole number, got ${process.argv[2] ?? process.env.BENCH_LISTINGS}`);
if (!Number.isInteger(PAGES) || PAGES < 10) throw new Error(`PORTAL_CPU_PAGES must be a whole number of at least 10, got ${process.env.PORTAL_CPU_PAGES}`);

type Kind = 'listing' | 'municipality' | 'search';
const KINDS: Kind[] = ['listing', 'municipality', 'search'];
const SHARE: Record<Kind, number> = { listing: 0.4, municipality: 0.3, search: 0.3 };

const dir = mkdtempSync(path.join(os.tmpdir(), 'cs-portal-cpu-'));
Object.assign(process.env, { NODE_ENV: 'development', SEED_DEMO: 'false', LOG_LEVEL: 'warn', DATABASE_FILENAME: path.join(dir, 'bench.db') });
const strapi = await loadBenchCms();
const search = strapi.plugin('search').service('search');

console.log(`Loading ${N.toLocaleString('en')} listings into SQLite…`);
const loaded = await bulkLoadListings(strapi, N, () => {});
await search.reindex();
strapi.server.mount();
const httpServer = strapi.server.httpServer;
await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
const cmsUrl = `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}`;

const portals: { label: string; portal: PortalProcess }[] = [];
let exitCode = 0;
try {
  if (PROFILE_DIR) mkdirSync(PROFILE_DIR, { recursive: true });
  const env = (label: string): Record<string, string> =>
    PROFILE_DIR ? { NODE_OPTIONS: `--cpu-prof --cpu-prof-dir=${path.join(PROFILE_DIR, label)}` } : {};
  portals.push({ label: 'this build', portal: await startPortal(cmsUrl, env('this-build')) });
  if (BASELINE) portals.push({ label: 'baseline', portal: await startPortal(cmsUrl, env('baseline'), BASELINE) });
  console.log(`CMS ${cmsUrl}; ${portals.map(({ label, portal }) => `${label} ${portal.url}`).join(', ')}`);

  // Distinct pages (the portal keeps CMS answers for 10 s: a page asked twice would measure less work), drawn
  // with a fixed seed; a first share of each kind only warms the portals up (code paths compiled, the minute-long
  // caches of municipality lists and kind names filled) and is not measured.
  const random = prng(3);
  const shuffle = <T>(items: T[]): T[] => {
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [items[i], items[j]] = [items[j]!, items[i]!];
    }
    return items;
  };
  const listingRows = (await strapi.db.query('api::listing.listing').findMany({ where: { moderationStatus: 'published' }, select: ['slug'], orderBy: { id: 'asc' }, limit: 5000 })) as { slug: string }[];
  const municipalityRows = (await strapi.db.query('api::municipality.municipality').findMany({ select: ['slug'], orderBy: { id: 'asc' } })) as { slug: string }[];
  const pools: Record<Kind, string[]> = {
    listing: shuffle(listingRows.map(({ slug }) => `/${LOCALES[Math.floor(random() * LOCALES.length)]}/listings/${slug}`)),
    municipality: shuffle(municipalityRows.flatMap(({ slug }) => LOCALES.map((locale) => `/${locale}/municipalities/${slug}`))),
    search: shuffle(
      LOCALES.flatMap((locale) => [
        ...WORDS.map((word) => `/${locale}/listings?q=${encodeURIComponent(word)}`),
        ...COUNTRY_CODES.map((country) => `/${locale}/listings?country=${country}`),
      ]),
    ),
  };
  const warmUp: Record<Kind, string[]> = { listing: [], municipality: [], search: [] };
  const measured: Record<Kind, string[]> = { listing: [], municipality: [], search: [] };
  for (const kind of KINDS) {
    const count = Math.round(PAGES * SHARE[kind]);
    const warm = Math.ceil(count / 4);
    if (pools[kind].length < count + warm) throw new Error(`only ${pools[kind].length} distinct ${kind} pages for ${count + warm}`);
    warmUp[kind] = pools[kind].slice(0, warm);
    measured[kind] = pools[kind].slice(warm, warm + count);
  }
  console.log(`Pages: ${KINDS.map((k) => `${measured[k].length} ${k}`).join(', ')} measured (after ${KINDS.map((k) => warmUp[k].length).reduce((a, b) => a + b)} warm-up pages), sequentially, on ${loaded.listings.toLocaleString('en')} listings.`);

  for (const { portal } of portals) for (const kind of KINDS) for (const pathname of warmUp[kind]) await fetchPage(portal.url + pathname);

  const TICK_MS = 1000 / Number(execFileSync('getconf', ['CLK_TCK']).toString().trim());
  const cpuMs = (pid: number): number => {
    // Fields after the command name (which may hold spaces, so split after its closing parenthesis): utime is
    // field 14 and stime 15 of the whole line, i.e. the 12th and 13th after ')'.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
  };

  const results: Record<string, Record<Kind, { cpu: number; wall: number; bytes: number; pages: number }>> = {};
  const differences: string[] = [];
  let compared = 0;
  for (const kind of KINDS) {
    // The two builds take turns kind by kind; each page is then compared between them.
    const bodies = new Map<string, Map<string, { status: number; body: string }>>();
    for (const { label, portal } of portals) {
      const origin = new RegExp(portal.url.replace(/[.]/g, '\\.'), 'g');
      const pages = new Map<string, { status: number; body: string }>();
      const pid = portal.child.pid!;
      const cpuBefore = cpuMs(pid);
      const started = performance.now();
      let bytes = 0;
      for (const pathname of measured[kind]) {
        const page = await fetchPage(portal.url + pathname);
        bytes += Buffer.byteLength(page.body);
        // Absolute links (canonical, hreflang) name the portal's own origin, which differs between the two.
        pages.set(pathname, { status: page.status, body: page.body.replace(origin, 'http://portal') });
      }
      const wall = performance.now() - started;
      // Let the portal finish what follows the last response (sockets, timers) before reading its clock.
      await new Promise((resolve) => setTimeout(resolve, 200));
      const cpu = cpuMs(pid) - cpuBefore;
      (results[label] ??= {} as Record<Kind, { cpu: number; wall: number; bytes: number; pages: number }>)[kind] = { cpu, wall, bytes, pages: measured[kind].length };
      bodies.set(label, pages);
    }
    if (BASELINE) {
      const mine = bodies.get('this build')!;
      const theirs = bodies.get('baseline')!;
      for (const pathname of measured[kind]) {
        compared += 1;
        const a = mine.get(pathname)!;
        const b = theirs.get(pathname)!;
        if (a.status !== b.status || normalise(a.body) !== normalise(b.body)) differences.push(pathname);
      }
      if (differences.length) {
        const first = differences[0]!;
        if (mine.has(first)) {
          writeFileSync(path.join(os.tmpdir(), 'portal-cpu-this-build.html'), mine.get(first)!.body);
          writeFileSync(path.join(os.tmpdir(), 'portal-cpu-baseline.html'), theirs.get(first)!.body);
        }
      }
    }
  }

  console.log(`\nPortal CPU per page (user + system, ms; /proc/<pid>/stat, ${TICK_MS} ms ticks) — ${os.cpus().length} cores, Node ${process.version}`);
  console.log('build        kind            pages   CPU ms/page   wall ms/page   kB/page');
  for (const { label } of portals) {
    let cpu = 0;
    let wall = 0;
    let pages = 0;
    for (const kind of KINDS) {
      const r = results[label]![kind];
      cpu += r.cpu;
      wall += r.wall;
      pages += r.pages;
      console.log(`${label.padEnd(12)} ${kind.padEnd(14)} ${String(r.pages).padStart(6)} ${(r.cpu / r.pages).toFixed(1).padStart(13)} ${(r.wall / r.pages).toFixed(1).padStart(14)} ${(r.bytes / r.pages / 1024).toFixed(1).padStart(9)}`);
    }
    console.log(`${label.padEnd(12)} ${'all (the mix)'.padEnd(14)} ${String(pages).padStart(6)} ${(cpu / pages).toFixed(1).padStart(13)} ${(wall / pages).toFixed(1).padStart(14)}`);
  }
  console.log(`\n${barChart('Portal CPU ms per page', portals.flatMap(({ label }) => KINDS.map((kind) => ({ label: `${label}: ${kind}`, value: results[label]![kind].cpu / results[label]![kind].pages, unit: 'ms' }))))}`);
  if (BASELINE) {
    console.log(`\nHTML compared with the baseline on ${compared} pages (status and body, form tokens aside): ${differences.length ? `${differences.length} DIFFER, e.g. ${differences.slice(0, 5).join(' ')} (first pair written to ${path.join(os.tmpdir(), 'portal-cpu-{this-build,baseline}.html')})` : 'all identical'}.`);
    if (differences.length) exitCode = 1;
  }
  for (const { label, portal } of portals) {
    const errors = portal.output().split('\n').filter((line) => line.includes('[ERROR]') || line.includes('"level":"error"'));
    if (errors.length) console.log(`\n${label}: the portal logged ${errors.length} error(s), e.g.:\n  ${errors.slice(0, 3).map((l) => l.slice(0, 300)).join('\n  ')}`);
  }
} catch (error) {
  console.error(error);
  for (const { label, portal } of portals) console.error(`${label} output:\n${portal.output().slice(-3000)}`);
  exitCode = 1;
} finally {
  // Stopping through stdin lets a profiled portal write its profile.
  for (const { portal } of portals) await portal.stop();
  await new Promise<void>((resolve) => httpServer.close(() => resolve()));
  await strapi.db.destroy();
  rmSync(dir, { recursive: true, force: true });
}
if (PROFILE_DIR) console.log(`\nCPU profiles in ${PROFILE_DIR} (open in Chrome DevTools or speedscope).`);
process.exit(exitCode);

async function fetchPage(url: string): Promise<{ status: number; body: string }> {
  const response = await fetch(url, { redirect: 'manual' });
  const body = await response.text();
  if (response.status !== 200) throw new Error(`${url} answered ${response.status}`);
  return { status: response.status, body };
}

/** The page without what differs per session by design: the form token. */
function normalise(html: string): string {
  return html.replace(/(name="_csrf"[^>]*value=")[^"]*"/g, '$1"').replace(/(value=")[^"]*("[^>]*name="_csrf")/g, '$1$2');
}
