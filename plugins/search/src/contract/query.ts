// Query checks and defaults shared by both providers, so that they clamp, default and refuse alike.
import {
  DEFAULT_PAGE_SIZE,
  FACET_NAMES,
  InvalidSearchQueryError,
  MAX_PAGE_SIZE,
  type FacetName,
  type SearchFilters,
  type SearchQuery,
  type SearchSort,
} from './types';

/** A query with every default applied and every value checked. */
export interface NormalizedQuery {
  q: string;
  locale: SearchQuery['locale'];
  filters: SearchFilters;
  near?: { lat: number; lng: number; radiusKm?: number };
  sort: SearchSort;
  page: number;
  pageSize: number;
  facets: FacetName[];
}

const FACET_SET = new Set<string>(FACET_NAMES);

/** Drops empty and duplicate values; an absent or empty list means "no filter on this field". */
function cleanList(values: readonly string[] | undefined): string[] | undefined {
  if (values === undefined) return undefined;
  const out = [...new Set(values.map((v) => String(v).trim()).filter((v) => v.length > 0))];
  return out.length > 0 ? out : undefined;
}

/** Applies defaults and limits: pageSize clamped to 1..100 (not refused: a link with pageSize=500 still answers), page >= 1. */
export function normalizeQuery(query: SearchQuery): NormalizedQuery {
  const q = (query.q ?? '').trim();
  const f = query.filters ?? {};
  const filters: SearchFilters = {};
  if (f.type !== undefined) {
    if (f.type !== 'offer' && f.type !== 'request') throw new InvalidSearchQueryError(`Unknown type filter: ${String(f.type)}`);
    filters.type = f.type;
  }
  const lists = ['kind', 'country', 'municipality', 'delivery', 'workingLanguage'] as const;
  for (const key of lists) {
    const list = cleanList(f[key]);
    if (list) filters[key] = list;
  }
  if (f.urgent !== undefined) {
    if (typeof f.urgent !== 'boolean') throw new InvalidSearchQueryError('The urgent filter must be true or false');
    filters.urgent = f.urgent;
  }
  const cpv = cleanList(f.cpv?.map((c) => String(c).replace(/[\s-]/g, '')));
  if (cpv) {
    for (const prefix of cpv) {
      if (!/^\d{1,8}$/.test(prefix)) throw new InvalidSearchQueryError(`Not a CPV code or prefix: ${prefix}`);
    }
    filters.cpv = cpv;
  }

  let near: NormalizedQuery['near'];
  if (query.near) {
    const { lat, lng, radiusKm } = query.near;
    if (!Number.isFinite(lat) || lat < -90 || lat > 90 || !Number.isFinite(lng) || lng < -180 || lng > 180) {
      throw new InvalidSearchQueryError('near needs lat in -90..90 and lng in -180..180');
    }
    if (radiusKm !== undefined && (!Number.isFinite(radiusKm) || radiusKm <= 0)) {
      throw new InvalidSearchQueryError('radiusKm must be a positive number');
    }
    near = radiusKm === undefined ? { lat, lng } : { lat, lng, radiusKm };
  }

  const sort: SearchSort = query.sort ?? (q.length > 0 ? 'relevance' : near ? 'nearest' : 'newest');
  if (sort !== 'relevance' && sort !== 'newest' && sort !== 'nearest') throw new InvalidSearchQueryError(`Unknown sort: ${String(sort)}`);
  if (sort === 'nearest' && !near) throw new InvalidSearchQueryError('sort=nearest needs near=lat,lng');

  const rawPage = query.page ?? 1;
  const rawSize = query.pageSize ?? DEFAULT_PAGE_SIZE;
  if (!Number.isFinite(rawPage) || !Number.isFinite(rawSize)) throw new InvalidSearchQueryError('page and pageSize must be numbers');
  const page = Math.max(1, Math.floor(rawPage));
  const pageSize = Math.min(MAX_PAGE_SIZE, Math.max(1, Math.floor(rawSize)));

  const facets: FacetName[] = [];
  for (const name of query.facets ?? []) {
    if (!FACET_SET.has(name)) throw new InvalidSearchQueryError(`Unknown facet: ${String(name)}`);
    if (!facets.includes(name)) facets.push(name);
  }
  return { q, locale: query.locale, filters, near, sort, page, pageSize, facets };
}
