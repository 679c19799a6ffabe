// Micro-benchmark of the embedded engine (not a test): builds an index of N synthetic multilingual listings and
// times a fixed query mix. Deterministic: the same N gives the same documents and queries.
//
//   PATH=/work/main/node_modules/.bin:$PATH node --expose-gc plugins/search/dist/engine-bench.js [N=100000]
//
// Prints build time, heap (with --expose-gc, after a collection) and p50/p95/p99 per query class. The aim
// (DESIGN, issue): p95 of /api/search <= 30 ms at 100,000 listings on a 2-core machine; the engine's share
// must leave room for HTTP and JSON.
import { performance } from 'node:perf_hooks';
import {
  COUNTRIES,
  DELIVERY_MODES,
  LISTING_KIND_SLUGS,
  LOCALES,
  allCpvCodes,
  isCpvKind,
  type CountryCode,
  type LocaleCode,
} from '@community-sharing/config';
import type { FacetName, SearchDocument, SearchQuery } from './contract/types';
import { FACET_NAMES } from './contract/types';
import { mulberry32 } from '@community-sharing/config';
import { EmbeddedProvider } from './providers/embedded/embedded-provider';
import { loadVocabulary } from './text/vocabulary';

const rand = mulberry32(20261128);
const int = (n: number): number => Math.floor(rand() * n);
const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)]!;

// Syllables per script, and a few real words per language that queries use across languages.
const SYLLABLES = {
  Latn: 'ka ro mi ne sto pra vel dor lin tam bre gor ves kul pen sar tri mon del fa zi ho ju kre pol star gra no ber'.split(' '),
  Cyrl: 'ка ро ми не сто пра вел дор лин там бре гор вес кул пен сар три мон дел фа зи хо жу кре пол стар гра но бер щи ъл'.split(' '),
  Grek: 'κα ρο μι νε στο πρα βελ δορ λιν ταμ βρε γορ βες κουλ πεν σαρ τρι μον δελ φα ζι χο κρε πολ σταρ γρα νο μπερ'.split(' '),
};
const REAL_WORDS: Partial<Record<LocaleCode, string[]>> = {
  en: ['fire', 'engine', 'computers', 'school', 'furniture', 'volunteers', 'tractor', 'waste', 'energy', 'medical'],
  de: ['Feuerwehrfahrzeug', 'Computer', 'Schule', 'Möbel', 'Freiwillige', 'Traktor', 'Abfall', 'Energie'],
  fr: ['pompiers', 'ordinateurs', 'école', 'mobilier', 'bénévoles', 'tracteur', 'déchets', 'énergie'],
  bg: ['пожарен', 'автомобил', 'компютри', 'училище', 'мебели', 'доброволци', 'трактор', 'отпадъци'],
  'sr-Cyrl': ['ватрогасно', 'возило', 'рачунари', 'школа', 'намештај', 'волонтери', 'трактор', 'Београд'],
  el: ['πυροσβεστικό', 'όχημα', 'υπολογιστές', 'σχολείο', 'έπιπλα', 'εθελοντές', 'απορρίμματα'],
  pl: ['wóz', 'strażacki', 'komputery', 'szkoła', 'meble', 'wolontariusze', 'ciągnik', 'odpady'],
  it: ['autopompa', 'computer', 'scuola', 'mobili', 'volontari', 'trattore', 'rifiuti'],
};

/** A vocabulary per locale: real words first (the most frequent), then synthetic words in the locale's script. */
const VOCAB = new Map<LocaleCode, string[]>();
for (const locale of LOCALES) {
  const syllables = SYLLABLES[locale.script];
  const words = [...(REAL_WORDS[locale.code] ?? [])];
  const seen = new Set(words);
  while (words.length < 4000) {
    let w = '';
    for (let k = 2 + int(3); k > 0; k--) w += pick(syllables);
    if (!seen.has(w)) {
      seen.add(w);
      words.push(w);
    }
  }
  VOCAB.set(locale.code, words);
}

/** Zipf-distributed index into a list of n (exponent 1), by inverse-CDF on precomputed weights. */
const ZIPF = (() => {
  const n = 4000;
  const cdf = new Float64Array(n);
  let sum = 0;
  for (let i = 0; i < n; i++) cdf[i] = sum += 1 / (i + 1);
  return (): number => {
    const x = rand() * sum;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (cdf[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
})();

const word = (locale: LocaleCode): string => VOCAB.get(locale)![ZIPF()]!;
const words = (locale: LocaleCode, n: number): string => Array.from({ length: n }, () => word(locale)).join(' ');

interface Municipality {
  id: string;
  name: string;
  country: CountryCode;
  locale: LocaleCode;
  lat: number;
  lng: number;
}

const MUNICIPALITIES: Municipality[] = COUNTRIES.flatMap((c) =>
  Array.from({ length: 150 }, (_, i) => {
    const locale = c.locales[0]!;
    return {
      id: `${c.code}-${i}`,
      name: `${word(locale)} ${word(locale)}`,
      country: c.code,
      locale,
      lat: c.center.lat + (rand() - 0.5) * 3,
      lng: c.center.lng + (rand() - 0.5) * 4,
    };
  }),
);

// Listings concentrate on a few hundred popular codes, as real ones do.
const POPULAR_CPV = Array.from({ length: 600 }, () => pick(allCpvCodes()));
const NOW = Date.parse('2026-11-28T00:00:00Z');

/** The i-th synthetic listing. */
export function makeDocument(i: number): SearchDocument {
  const m = pick(MUNICIPALITIES);
  const kind = pick(LISTING_KIND_SLUGS);
  const texts: SearchDocument['texts'] = {
    [m.locale]: { title: words(m.locale, 3 + int(6)), description: words(m.locale, 20 + int(40)) },
  };
  if (m.locale !== 'en' && rand() < 0.25) texts.en = { title: words('en', 3 + int(6)), description: words('en', 20 + int(40)) };
  const doc: SearchDocument = {
    id: `doc${i}`,
    slug: `listing-${i}`,
    type: rand() < 0.55 ? 'offer' : 'request',
    kind,
    cpvCodes: isCpvKind(kind) ? Array.from({ length: 1 + int(3) }, () => pick(POPULAR_CPV)) : [],
    originalLocale: m.locale,
    texts,
    municipality: { id: m.id, slug: m.id.toLowerCase(), name: m.name },
    country: m.country,
    delivery: DELIVERY_MODES.filter(() => rand() < 0.35),
    workingLanguages: rand() < 0.5 ? [m.locale, 'en'] : [m.locale],
    publishedAt: new Date(NOW - int(365 * 86_400_000)).toISOString(),
    expiresAt: '2027-12-31',
  };
  if (rand() < 0.95) {
    doc.lat = m.lat + (rand() - 0.5) * 0.1;
    doc.lng = m.lng + (rand() - 0.5) * 0.1;
  }
  return doc;
}

/** The query classes the bench times. */
export type QueryClass = 'text' | 'text+filters' | 'text+facets' | 'filter-only' | 'geo';

const CROSS_LANGUAGE = ['fire engine', 'Feuerwehrfahrzeug', 'computers', 'beograd', 'пожарен автомобил', 'school furniture', 'Bulgaria', 'volunteers'];

/** A query of a class, drawn from the same vocabularies as the documents. */
export function makeQuery(cls: QueryClass): SearchQuery {
  const locale = pick(LOCALES).code;
  const text = (): string => (rand() < 0.25 ? pick(CROSS_LANGUAGE) : words(locale, 1 + int(2)));
  const countries = (): string[] => Array.from({ length: 1 + int(2) }, () => pick(COUNTRIES).code);
  const page = rand() < 0.8 ? 1 : 2 + int(3);
  switch (cls) {
    case 'text':
      return { locale, q: text(), page };
    case 'text+filters':
      return { locale, q: text(), filters: { country: countries(), type: rand() < 0.5 ? 'offer' : 'request' }, page };
    case 'text+facets':
      return { locale, q: text(), facets: [...FACET_NAMES] as FacetName[], page };
    case 'filter-only':
      return {
        locale,
        filters: rand() < 0.5 ? { country: countries() } : { kind: [pick(LISTING_KIND_SLUGS)], cpv: rand() < 0.5 ? [pick(POPULAR_CPV).slice(0, 3)] : undefined },
        facets: ['kind', 'country', 'type'],
        page,
      };
    case 'geo': {
      const m = pick(MUNICIPALITIES);
      return { locale, q: rand() < 0.5 ? text() : undefined, near: { lat: m.lat, lng: m.lng, radiusKm: 50 + int(150) }, sort: 'nearest', page };
    }
  }
}

const quantile = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
const mb = (bytes: number): string => (bytes / 1e6).toFixed(0);
const gc = (): void => (globalThis as { gc?: () => void }).gc?.();

async function main(): Promise<void> {
  const n = Number(process.argv[2] ?? 100_000);
  const perClass = Number(process.env.BENCH_QUERIES ?? 400);
  console.log(`engine-bench: ${n} listings, ${perClass} queries per class, Node ${process.version}`);

  let t = performance.now();
  await loadVocabulary();
  console.log(`concept vocabulary (CPV 24 languages, kinds, countries): ${((performance.now() - t) / 1000).toFixed(1)} s`);

  const docs = Array.from({ length: n }, (_, i) => makeDocument(i));
  gc();
  const baseline = process.memoryUsage().heapUsed;
  console.log(`documents generated; heap with documents and vocabulary: ${mb(baseline)} MB`);

  const provider = new EmbeddedProvider();
  t = performance.now();
  async function* batches(): AsyncIterable<SearchDocument[]> {
    for (let i = 0; i < docs.length; i += 1000) yield docs.slice(i, i + 1000);
  }
  await provider.reindex(batches());
  const buildS = (performance.now() - t) / 1000;
  gc();
  const heap = process.memoryUsage().heapUsed;
  console.log(`build: ${buildS.toFixed(1)} s; heap ${mb(heap)} MB total, index ${mb(heap - baseline)} MB beyond the documents; rss ${mb(process.memoryUsage().rss)} MB`);

  const classes: QueryClass[] = ['text', 'text+filters', 'text+facets', 'filter-only', 'geo'];
  for (let i = 0; i < 100; i++) await provider.search(makeQuery(pick(classes))); // warm-up (JIT)
  const all: number[] = [];
  let allCpuMs = 0;
  // CPU time as well as wall time: on a shared 2-core machine the wall times also count waiting for a core.
  console.log('class          p50 ms  p95 ms  p99 ms  max ms  mean hits  CPU ms/query');
  for (const cls of classes) {
    const times: number[] = [];
    let totalHits = 0;
    const cpu = process.cpuUsage();
    for (let i = 0; i < perClass; i++) {
      const q = makeQuery(cls);
      const start = performance.now();
      const r = await provider.search(q);
      times.push(performance.now() - start);
      totalHits += r.total;
    }
    const used = process.cpuUsage(cpu);
    times.sort((a, b) => a - b);
    all.push(...times);
    allCpuMs += (used.user + used.system) / 1000;
    const f = (x: number): string => x.toFixed(2).padStart(7);
    console.log(`${cls.padEnd(13)} ${f(quantile(times, 0.5))} ${f(quantile(times, 0.95))} ${f(quantile(times, 0.99))} ${f(times.at(-1)!)}  ${String(Math.round(totalHits / perClass)).padStart(9)}  ${((used.user + used.system) / 1000 / perClass).toFixed(2).padStart(12)}`);
  }
  all.sort((a, b) => a - b);
  console.log(`all classes: p50 ${quantile(all, 0.5).toFixed(2)} ms, p95 ${quantile(all, 0.95).toFixed(2)} ms, p99 ${quantile(all, 0.99).toFixed(2)} ms; CPU ${(allCpuMs / all.length).toFixed(2)} ms per query`);
}

// Runs only as a script, so that experiments can import the generators.
if (require.main === module) {
  main().catch((err: unknown) => {
    console.error(err);
    process.exitCode = 1;
  });
}
