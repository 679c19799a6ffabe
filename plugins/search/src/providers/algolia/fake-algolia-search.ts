// The fake Algolia's query engine, modelled on Algolia's documented behaviour closely enough for the contract:
// words are normalized (lower case, diacritics dropped) but not transliterated; every word must match (prefix
// on the last word with queryType=prefixLast; typos by minWordSizefor1Typo/2Typos, except on
// disableTypoToleranceOnAttributes); removeWordsIfNoResults=allOptional; filters and facetFilters (refused on
// attributes not declared for faceting); aroundLatLng with aroundRadius ('all' or metres) and aroundPrecision
// (records without _geoloc drop out); the tie-breaking ranking typo > geo > words > attribute > exact > custom,
// with customRanking first on a virtual replica; facet counts over all matches; page/hitsPerPage within
// paginationLimitedTo; ignorePlurals only as -s/-es. Not modelled: stop words, decompounding, proximity,
// synonyms, rules.
import { haversineKm } from '../../contract/geo';
import { parseFacetFilters, parseFilters, type FakeFilter } from './fake-algolia-filters';

/** A stored record. */
export type FakeRecord = Record<string, unknown> & { objectID: string };

/** The settings the engine reads (any others are stored and ignored). */
export type FakeSettings = Record<string, unknown>;

/** An error Algolia would answer with an HTTP status. */
export class FakeAlgoliaError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

const normalize = (text: string): string[] =>
  text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t.length > 0);

/** Optimal string alignment distance (Damerau-Levenshtein with adjacent transpositions), capped at max+1. */
function distance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows = [Array.from({ length: b.length + 1 }, (_, j) => j)];
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1]![j]! + 1, row[j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2]![j - 2]! + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > max) return max + 1;
    rows.push(row);
  }
  return rows[a.length]![b.length]!;
}

const stripModifier = (attr: string): string => attr.replace(/^(?:unordered|ordered|filterOnly|searchable|afterDistinct)\((.*)\)$/, '$1');

/** The searchable attributes by rank (comma-separated names share one rank). */
function searchableRanks(settings: FakeSettings, record: FakeRecord): string[][] {
  const declared = settings.searchableAttributes as string[] | undefined;
  if (declared && declared.length > 0) return declared.map((a) => stripModifier(a).split(',').map((s) => s.trim()));
  return Object.keys(record).filter((k) => k !== 'objectID').map((k) => [k]);
}

const textValues = (v: unknown): string[] =>
  v === undefined || v === null ? [] : Array.isArray(v) ? v.flatMap(textValues) : typeof v === 'object' ? Object.values(v).flatMap(textValues) : [String(v)];

/** ignorePlurals, crudely: Algolia uses per-language dictionaries; the fake knows only -s and -es. */
const isPlural = (a: string, b: string): boolean =>
  a.length >= 3 && b.length >= 3 && (a + 's' === b || a + 'es' === b || b + 's' === a || b + 'es' === a);

interface WordMatch {
  typos: number;
  attribute: number;
  exact: boolean;
}

/** How one query word matches a record: the fewest typos, then the best attribute. */
function matchWord(word: string, last: boolean, record: FakeRecord, settings: FakeSettings): WordMatch | undefined {
  const prefix = (settings.queryType ?? 'prefixLast') === 'prefixAll' || (last && (settings.queryType ?? 'prefixLast') === 'prefixLast');
  const typoOn = settings.typoTolerance !== false && settings.typoTolerance !== 'false';
  const min1 = (settings.minWordSizefor1Typo as number | undefined) ?? 4;
  const min2 = (settings.minWordSizefor2Typos as number | undefined) ?? 8;
  const allowed = !typoOn ? 0 : word.length >= min2 ? 2 : word.length >= min1 ? 1 : 0;
  const noTypo = new Set((settings.disableTypoToleranceOnAttributes as string[] | undefined) ?? []);
  const plurals = settings.ignorePlurals === true || (Array.isArray(settings.ignorePlurals) && settings.ignorePlurals.length > 0);
  let best: WordMatch | undefined;
  searchableRanks(settings, record).forEach((names, rank) => {
    for (const name of names) {
      const maxTypos = noTypo.has(name) ? 0 : allowed;
      for (const token of textValues(record[name]).flatMap(normalize)) {
        let typos: number | undefined;
        let exact = false;
        if (token === word) {
          typos = 0;
          exact = true;
        } else if (plurals && isPlural(word, token)) {
          typos = 0;
        } else if (prefix && token.startsWith(word)) {
          typos = 0;
        } else if (maxTypos > 0) {
          const whole = distance(word, token, maxTypos);
          const partial = prefix ? Math.min(...[-1, 0, 1].map((k) => distance(word, token.slice(0, word.length + k), maxTypos))) : maxTypos + 1;
          const d = Math.min(whole, partial);
          if (d <= maxTypos) typos = d;
        }
        if (typos === undefined) continue;
        const candidate = { typos, attribute: rank, exact };
        if (!best || typos < best.typos || (typos === best.typos && (rank < best.attribute || (rank === best.attribute && exact && !best.exact)))) {
          best = candidate;
        }
      }
    }
  });
  return best;
}

/** The parameters the engine reads. */
export interface FakeSearchParams {
  query?: string;
  filters?: string;
  facetFilters?: unknown;
  facets?: string[];
  page?: number;
  hitsPerPage?: number;
  aroundLatLng?: string;
  aroundRadius?: number | 'all';
  aroundPrecision?: number;
  attributesToRetrieve?: string[];
  maxValuesPerFacet?: number;
  [other: string]: unknown;
}

interface Row {
  record: FakeRecord;
  typos: number;
  words: number;
  attribute: number;
  exact: number;
  geo: number;
}

const facetable = (settings: FakeSettings): { all: Set<string>; counted: Set<string> } => {
  const all = new Set<string>();
  const counted = new Set<string>();
  for (const a of (settings.attributesForFaceting as string[] | undefined) ?? []) {
    const name = stripModifier(a);
    all.add(name);
    if (!a.startsWith('filterOnly(')) counted.add(name);
  }
  return { all, counted };
};

/** Answers one search over records with the effective settings of the searched index. */
export function fakeSearch(
  records: Iterable<FakeRecord>,
  settings: FakeSettings,
  params: FakeSearchParams,
  options: { customFirst: boolean; indexName: string },
): Record<string, unknown> {
  const { all: facetAttrs, counted } = facetable(settings);
  const filters: FakeFilter[] = [];
  try {
    if (params.filters) filters.push(parseFilters(params.filters));
    if (params.facetFilters) filters.push(parseFacetFilters(params.facetFilters));
  } catch (err) {
    throw new FakeAlgoliaError(400, (err as Error).message);
  }
  for (const f of filters) {
    for (const attr of f.facetAttributes) {
      if (!facetAttrs.has(attr)) throw new FakeAlgoliaError(400, `Invalid filter: attribute "${attr}" is not in attributesForFaceting`);
    }
  }

  const words = normalize(params.query ?? '');
  let center: { lat: number; lng: number } | undefined;
  if (params.aroundLatLng) {
    const [lat, lng] = String(params.aroundLatLng).split(',').map((s) => Number(s.trim()));
    center = { lat: lat!, lng: lng! };
  }
  const precision = typeof params.aroundPrecision === 'number' && params.aroundPrecision > 0 ? params.aroundPrecision : 10;

  const full: Row[] = [];
  const partial: Row[] = [];
  for (const record of records) {
    if (!filters.every((f) => f.test(record))) continue;
    let geo = 0;
    if (center) {
      const g = record._geoloc as { lat: number; lng: number } | undefined;
      if (!g) continue;
      const meters = haversineKm(center.lat, center.lng, g.lat, g.lng) * 1000;
      if (typeof params.aroundRadius === 'number' && meters > params.aroundRadius) continue;
      geo = Math.floor(meters / precision);
    }
    const matches = words.map((w, i) => matchWord(w, i === words.length - 1, record, settings));
    const found = matches.filter((m): m is WordMatch => m !== undefined);
    const row: Row = {
      record,
      typos: found.reduce((s, m) => s + m.typos, 0),
      words: found.length,
      attribute: found.reduce((s, m) => s + m.attribute, 0),
      exact: found.filter((m) => m.exact).length,
      geo,
    };
    if (found.length === words.length) full.push(row);
    else if (found.length > 0) partial.push(row);
  }
  const rows = full.length === 0 && words.length > 1 && settings.removeWordsIfNoResults === 'allOptional' ? partial : full;

  const custom = ((settings.customRanking as string[] | undefined) ?? []).map((c) => {
    const m = /^(asc|desc)\((.+)\)$/.exec(c)!;
    return { desc: m[1] === 'desc', attr: m[2]! };
  });
  const byCustom = (a: Row, b: Row): number => {
    for (const { desc, attr } of custom) {
      const x = Number(a.record[attr] ?? 0);
      const y = Number(b.record[attr] ?? 0);
      if (x !== y) return desc ? y - x : x - y;
    }
    return 0;
  };
  // Attribute criteria at the head of `ranking` (e.g. desc(urgent)) come before everything else.
  const leading: { desc: boolean; attr: string }[] = [];
  for (const criterion of (settings.ranking as string[] | undefined) ?? []) {
    const m = /^(asc|desc)\((.+)\)$/.exec(criterion);
    if (!m) break;
    leading.push({ desc: m[1] === 'desc', attr: m[2]! });
  }
  const byLeading = (a: Row, b: Row): number => {
    for (const { desc, attr } of leading) {
      const x = Number(a.record[attr] ?? 0);
      const y = Number(b.record[attr] ?? 0);
      if (x !== y) return desc ? y - x : x - y;
    }
    return 0;
  };
  const byRelevance = (a: Row, b: Row): number =>
    a.typos - b.typos || a.geo - b.geo || b.words - a.words || a.attribute - b.attribute || b.exact - a.exact;
  const byId = (a: Row, b: Row): number => (a.record.objectID < b.record.objectID ? -1 : a.record.objectID > b.record.objectID ? 1 : 0);
  rows.sort(options.customFirst ? (a, b) => byLeading(a, b) || byCustom(a, b) || byRelevance(a, b) || byId(a, b) : (a, b) => byLeading(a, b) || byRelevance(a, b) || byCustom(a, b) || byId(a, b));

  const hitsPerPage = Math.min(1000, Math.max(0, Number(params.hitsPerPage ?? settings.hitsPerPage ?? 20)));
  const page = Math.max(0, Number(params.page ?? 0));
  const limit = Number(settings.paginationLimitedTo ?? 1000);
  const end = Math.min((page + 1) * hitsPerPage, limit);
  const retrieve = params.attributesToRetrieve ?? (settings.attributesToRetrieve as string[] | undefined) ?? ['*'];
  const pick = (r: FakeRecord): Record<string, unknown> => {
    if (retrieve.includes('*')) return { ...r };
    const out: Record<string, unknown> = { objectID: r.objectID };
    for (const a of retrieve) if (a in r) out[a] = r[a];
    return out;
  };

  const response: Record<string, unknown> = {
    hits: rows.slice(page * hitsPerPage, Math.max(page * hitsPerPage, end)).map((row) => pick(row.record)),
    nbHits: rows.length,
    page,
    nbPages: hitsPerPage === 0 ? 0 : Math.min(Math.ceil(rows.length / hitsPerPage), Math.ceil(limit / hitsPerPage)),
    hitsPerPage,
    exhaustiveNbHits: true,
    exhaustive: { nbHits: true, facetsCount: true, typo: true },
    query: params.query ?? '',
    params: new URLSearchParams(Object.entries(params).map(([k, v]): [string, string] => [k, typeof v === 'string' ? v : JSON.stringify(v)])).toString(),
    processingTimeMS: 1,
    index: options.indexName,
  };
  const wanted = (params.facets ?? []).includes('*') ? [...counted] : (params.facets ?? []).filter((f) => counted.has(f));
  if (wanted.length > 0) {
    const maxValues = Number(params.maxValuesPerFacet ?? settings.maxValuesPerFacet ?? 100);
    const facets: Record<string, Record<string, number>> = {};
    for (const attr of wanted) {
      const counts = new Map<string, number>();
      for (const row of rows) for (const v of new Set(textValues(row.record[attr]))) counts.set(v, (counts.get(v) ?? 0) + 1);
      if (counts.size === 0) continue; // Algolia leaves out a facet without values
      const top = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, maxValues);
      facets[attr] = Object.fromEntries(top);
    }
    response.facets = facets;
  }
  return response;
}
