// `npm run bench:search [-- N]`: loads N listings (default 100,000) into a fresh database, builds the search
// index, and times a fixed query mix through GET /api/search and, on the same data in the same run, the
// closest equivalent through Strapi's REST filtering ($containsi). Prints p50/p95 per class, the ratio, the
// CMS's resident memory and the index build time. DATABASE_URL selects PostgreSQL; SQLite otherwise.
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { COUNTRY_CODES, LISTING_KIND_SLUGS, LISTING_TYPES } from '@community-sharing/config';
import { bulkLoadListings, prng } from './bench-data.ts';
import { barChart, quantile } from './stats.ts';
// @ts-expect-error: plain ES module without declarations
import { compileServer } from '../../scripts/lib/build.mjs';

const N = Number(process.argv[2] ?? process.env.BENCH_LISTINGS ?? 100_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 60);
const CMS_DIR = path.resolve(import.meta.dirname, '../../cms');

const dir = mkdtempSync(path.join(os.tmpdir(), 'cs-bench-'));
Object.assign(process.env, { NODE_ENV: 'development', SEED_DEMO: 'false', LOG_LEVEL: 'warn', DATABASE_FILENAME: path.join(dir, 'bench.db') });
compileServer();
const { createStrapi } = createRequire(path.join(CMS_DIR, 'package.json'))('@strapi/strapi');
const strapi = await createStrapi({ appDir: CMS_DIR, distDir: path.join(CMS_DIR, 'dist'), serveAdminPanel: false }).load();
const search = strapi.plugin('search').service('search');
// The bulk load writes around the Document Service: stop the sync worker from racing it.
search.stop();

console.log(`Loading ${N.toLocaleString('en')} listings into ${process.env.DATABASE_URL ? 'PostgreSQL' : 'SQLite'}…`);
let lastTenth = -1;
const loaded = await bulkLoadListings(strapi, N, (done) => {
  const tenth = Math.floor((done / N) * 10);
  if (tenth !== lastTenth) process.stdout.write(`  ${done.toLocaleString('en')}/${N.toLocaleString('en')}\n`);
  lastTenth = tenth;
});
console.log(`Loaded in ${(loaded.ms / 1000).toFixed(1)} s.`);

const buildStarted = Date.now();
const indexed = await search.reindex();
const buildMs = Date.now() - buildStarted;
console.log(`Index built: ${indexed.toLocaleString('en')} listings in ${(buildMs / 1000).toFixed(1)} s (${search.provider().name} provider).`);

strapi.server.mount();
const httpServer = strapi.server.httpServer;
await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}`;

const WORDS: Record<string, string[]> = {
  en: ['fire engine', 'school desks', 'volunteers', 'generator', 'translation'],
  de: ['Feuerwehrfahrzeug', 'Schulmöbel', 'Freiwillige', 'Streusalz'],
  bg: ['пожарен автомобил', 'доброволци', 'компютри'],
  fr: ['bénévoles', 'mobilier scolaire', 'déneigement'],
  pl: ['wolontariusze', 'komputery'],
  el: ['εθελοντές', 'γεννήτρια'],
};
const random = prng(9);
const pick = <T>(items: T[]) => items[Math.floor(random() * items.length)];
/**
 * One question asked both ways. `rest` is the set of REST requests a client needs for the same answer: REST
 * filters one content type by columns (locale=* reads every language) and cannot count facets, so facet counts
 * take one counted request per facet value. They run six at a time, as a browser would.
 */
type Pair = { search: string; rest: string[] };

function textPair(): Pair {
  const locale = pick(Object.keys(WORDS));
  const q = pick(WORDS[locale]);
  const word = q.split(' ')[0];
  return {
    search: `/api/search?q=${encodeURIComponent(q)}&locale=${locale}&facets=type`,
    rest: [`/api/listings?locale=*&filters[$or][0][title][$containsi]=${encodeURIComponent(word)}&filters[$or][1][description][$containsi]=${encodeURIComponent(word)}&pagination[pageSize]=20`],
  };
}
function textFilterPair(): Pair {
  const pair = textPair();
  const country = pick(loaded.municipalities).country;
  return { search: `${pair.search}&country=${country}&type=offer`, rest: [`${pair.rest[0]}&filters[type][$eq]=offer&filters[municipality][country][$eq]=${country}`] };
}
function facetsPair(): Pair {
  const kind = pick(['equipment', 'goods', 'services', 'expertise', 'volunteers-community']);
  // The page of results and the counts per type, kind and country (the facets a browsing visitor sees).
  const page = `/api/listings?locale=*&filters[kind][$eq]=${kind}&pagination[pageSize]=20`;
  const count = (field: string, value: string) => `/api/listings?locale=*&filters[kind][$eq]=${kind}&${field}=${value}&pagination[pageSize]=1&pagination[withCount]=true`;
  return {
    search: `/api/search?kind=${kind}&pageSize=20&facets=type&facets=kind&facets=country`,
    rest: [page, ...LISTING_TYPES.map((t) => count('filters[type][$eq]', t)), ...LISTING_KIND_SLUGS.map((k) => count('filters[kind][$eq]', k)), ...COUNTRY_CODES.map((c) => count('filters[municipality][country][$eq]', c))],
  };
}
function geoPair(): Pair {
  const m = pick(loaded.municipalities);
  const d = 0.9; // about 100 km
  return {
    search: `/api/search?near=${m.lat},${m.lng}&radiusKm=100&sort=nearest`,
    rest: [`/api/listings?locale=*&filters[municipality][lat][$between][0]=${m.lat - d}&filters[municipality][lat][$between][1]=${m.lat + d}&filters[municipality][lng][$between][0]=${m.lng - d}&filters[municipality][lng][$between][1]=${m.lng + d}&pagination[pageSize]=20`],
  };
}

async function fetchOk(url: string): Promise<void> {
  const response = await fetch(base + url);
  await response.arrayBuffer();
  if (response.status !== 200) throw new Error(`${url} answered ${response.status}`);
}

/** Wall-clock time of one request, or of a set of requests six at a time. */
async function time(urls: string | string[]): Promise<number> {
  const queue = Array.isArray(urls) ? [...urls] : [urls];
  const started = performance.now();
  await Promise.all(Array.from({ length: Math.min(6, queue.length) }, async () => {
    for (let url = queue.shift(); url; url = queue.shift()) await fetchOk(url);
  }));
  return performance.now() - started;
}

const classes: [string, () => Pair][] = [['text', textPair], ['text + filters', textFilterPair], ['facets / browse', facetsPair], ['geo', geoPair]];
const rows: { name: string; search: number[]; rest: number[] }[] = [];
for (const [name, make] of classes) {
  const pairs = Array.from({ length: ROUNDS }, make);
  for (const pair of pairs.slice(0, 5)) await time(pair.search); // warm-up
  const searchTimes = [];
  const restTimes = [];
  for (const pair of pairs) searchTimes.push(await time(pair.search));
  for (const pair of pairs.slice(0, Math.max(10, Math.floor(ROUNDS / 3)))) restTimes.push(await time(pair.rest));
  rows.push({ name, search: searchTimes, rest: restTimes });
  process.stdout.write(`  measured ${name}\n`);
}
const allSearch = rows.flatMap((row) => row.search);
const allRest = rows.flatMap((row) => row.rest);
const rss = process.memoryUsage().rss / 1024 / 1024;

console.log(`\nGET /api/search vs REST $containsi — ${N.toLocaleString('en')} listings, ${os.cpus().length} cores, Node ${process.version}`);
console.log('class            search p50  search p95    REST p50    REST p95   p95 ratio');
for (const row of [...rows, { name: 'all', search: allSearch, rest: allRest }]) {
  const [s50, s95, r50, r95] = [quantile(row.search, 0.5), quantile(row.search, 0.95), quantile(row.rest, 0.5), quantile(row.rest, 0.95)];
  console.log(`${row.name.padEnd(16)} ${s50.toFixed(1).padStart(9)} ms ${s95.toFixed(1).padStart(8)} ms ${r50.toFixed(1).padStart(8)} ms ${r95.toFixed(1).padStart(8)} ms ${(r95 / s95).toFixed(1).padStart(8)}×`);
}
console.log(`\nindex build: ${(buildMs / 1000).toFixed(1)} s   CMS resident memory: ${rss.toFixed(0)} MB   bulk load: ${(loaded.ms / 1000).toFixed(1)} s`);
console.log(`\n${barChart('p95 per class (ms), /api/search', rows.map((row) => ({ label: row.name, value: quantile(row.search, 0.95), unit: 'ms' })))}`);
console.log(`\n${barChart('p95 per class (ms), REST $containsi', rows.map((row) => ({ label: row.name, value: quantile(row.rest, 0.95), unit: 'ms' })))}`);

await new Promise<void>((resolve) => httpServer.close(() => resolve()));
await strapi.db.destroy();
rmSync(dir, { recursive: true, force: true });
process.exit(0);
