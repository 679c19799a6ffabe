// A search lives entirely in the URL of /{locale}/listings, so that it can be shared and works as a plain GET
// form: this reads that URL into a checked state, writes a state back into links, and turns it into the CMS query.
import {
  DELIVERY_MODES,
  LISTING_KIND_SLUGS,
  LOCALE_CODES,
  normalizeCountryCode,
  type ListingType,
  type LocaleCode,
} from '@community-sharing/config';
import type { FacetName, SearchRequest } from './cms-types';
import { queryString } from './urls';

/** The multi-valued filters of the search form, by URL parameter name. */
export const FILTER_PARAMS = ['kind', 'cpv', 'country', 'municipality', 'delivery', 'language'] as const;
/** One of FILTER_PARAMS. */
export type FilterParam = (typeof FILTER_PARAMS)[number];

/** Each filter's facet in the search API's answer. */
export const FACET_OF: Record<FilterParam | 'type', FacetName> = {
  type: 'type',
  kind: 'kind',
  cpv: 'cpvDivision',
  country: 'country',
  municipality: 'municipality',
  delivery: 'delivery',
  language: 'workingLanguage',
};

export type SearchSort = 'relevance' | 'newest' | 'nearest';

/** The distances the form offers, in kilometres. */
export const RADII_KM = [10, 25, 50, 100, 250, 500, 1000] as const;

/** A visitor's search, as the URL carries it. */
export interface SearchState {
  q: string;
  type?: ListingType;
  filters: Record<FilterParam, string[]>;
  /** A member municipality, as typed (its name in any script) or linked (its slug): distances are from there. */
  near?: string;
  /** Only listings within this many kilometres of `near`. */
  radius?: number;
  sort?: SearchSort;
  page: number;
}

/** A point distances are measured from: the municipality `near` names. */
export interface SearchOrigin {
  lat: number;
  lng: number;
}

/** The page size of the results list. */
export const PAGE_SIZE = 20;
/** The CMS answers at most 1,000 pages. */
const MAX_PAGE = 1000;

const VALID: Record<FilterParam, (value: string) => string | undefined> = {
  kind: (v) => ((LISTING_KIND_SLUGS as readonly string[]).includes(v) ? v : undefined),
  // The form offers CPV divisions (2 digits); a shared link may carry a longer prefix.
  cpv: (v) => (/^\d{2,8}$/.test(v) ? v : undefined),
  country: (v) => normalizeCountryCode(v),
  municipality: (v) => (/^[a-z0-9]{10,40}$/.test(v) ? v : undefined),
  delivery: (v) => ((DELIVERY_MODES as readonly string[]).includes(v) ? v : undefined),
  language: (v) => ((LOCALE_CODES as readonly string[]).includes(v) ? v : undefined),
};

/** An empty search: everything, newest first. */
export function emptySearchState(): SearchState {
  return { q: '', filters: { kind: [], cpv: [], country: [], municipality: [], delivery: [], language: [] }, page: 1 };
}

/** Reads the search from a URL's query; values it cannot use are dropped and named in `ignored`. */
export function parseSearchState(params: URLSearchParams): { state: SearchState; ignored: string[] } {
  const state = emptySearchState();
  const ignored: string[] = [];
  state.q = (params.get('q') ?? '').trim().slice(0, 200);
  const type = params.get('type');
  if (type === 'offer' || type === 'request') state.type = type;
  else if (type) ignored.push('type');
  for (const name of FILTER_PARAMS) {
    const values = params.getAll(name).flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean);
    for (const value of values) {
      const valid = VALID[name](value);
      if (valid === undefined) ignored.push(name);
      else if (!state.filters[name].includes(valid) && state.filters[name].length < 50) state.filters[name].push(valid);
    }
  }
  const near = (params.get('near') ?? '').trim();
  if (near) state.near = near.slice(0, 100);
  const radius = params.get('radius');
  if (radius) {
    if ((RADII_KM as readonly number[]).includes(Number(radius))) state.radius = Number(radius);
    else ignored.push('radius');
  }
  const sort = params.get('sort');
  if (sort === 'relevance' || sort === 'newest' || sort === 'nearest') state.sort = sort;
  else if (sort) ignored.push('sort');
  const page = params.get('page');
  if (page !== null) {
    const n = Number(page);
    if (Number.isInteger(n) && n >= 1 && n <= MAX_PAGE) state.page = n;
    else ignored.push('page');
  }
  return { state, ignored: [...new Set(ignored)] };
}

/** Returns the query string of a search (page 1 and empty values left out, so equal searches share a URL). */
export function searchQueryString(state: SearchState): string {
  return queryString({
    q: state.q,
    type: state.type,
    ...state.filters,
    near: state.near,
    radius: state.near ? state.radius : undefined,
    sort: state.sort,
    page: state.page > 1 ? state.page : undefined,
  });
}

/** Returns the state with one filter value added or removed, back on page 1. */
export function toggleFilter(state: SearchState, name: FilterParam, value: string): SearchState {
  const current = state.filters[name];
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  return { ...state, filters: { ...state.filters, [name]: next }, page: 1 };
}

/** Returns the state on another page. */
export function withPage(state: SearchState, page: number): SearchState {
  return { ...state, page };
}

/** Tells whether any filter or text narrows the search. */
export function isFiltered(state: SearchState): boolean {
  return Boolean(state.q || state.type || state.near || FILTER_PARAMS.some((name) => state.filters[name].length));
}

/**
 * The sort the CMS will apply: best match when there are words, else nearest first when distances are known,
 * else newest first. "Nearest" without a known origin falls back the same way.
 */
export function effectiveSort(state: SearchState, origin?: SearchOrigin): SearchSort {
  if (state.sort && (state.sort !== 'nearest' || origin)) return state.sort;
  return state.q ? 'relevance' : origin ? 'nearest' : 'newest';
}

/** Returns the CMS query for the results page of a search; `origin` is where `near` was found. */
export function toSearchRequest(state: SearchState, locale: LocaleCode, origin?: SearchOrigin): SearchRequest {
  return {
    locale,
    q: state.q || undefined,
    type: state.type,
    ...Object.fromEntries(FILTER_PARAMS.map((name) => [name, state.filters[name].length ? state.filters[name] : undefined])),
    ...(origin ? { near: `${origin.lat},${origin.lng}`, radiusKm: state.radius } : {}),
    sort: effectiveSort(state, origin),
    page: state.page,
    pageSize: PAGE_SIZE,
    facets: ['type', 'kind', 'cpvDivision', 'country', 'municipality', 'delivery', 'workingLanguage'],
  };
}

/**
 * Returns the queries that count the other values of each filter in use. The CMS counts facets over the
 * filtered results, so a chosen country would otherwise hide every other country's count; asking once more
 * without that filter gives the counts a visitor expects next to each checkbox.
 */
export function facetCountRequests(state: SearchState, locale: LocaleCode, origin?: SearchOrigin): { param: FilterParam | 'type'; request: SearchRequest }[] {
  const base = toSearchRequest(state, locale, origin);
  const active: (FilterParam | 'type')[] = [...(state.type ? (['type'] as const) : []), ...FILTER_PARAMS.filter((name) => state.filters[name].length)];
  return active.map((param) => ({
    param,
    request: { ...base, [param]: undefined, page: 1, pageSize: 1, sort: undefined, facets: [FACET_OF[param]] },
  }));
}
