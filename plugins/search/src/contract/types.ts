// The search contract: what the sync gives a provider, what a visitor asks, what comes back. Both providers
// (embedded, algolia) implement SearchProvider and pass the same suite (provider-contract.ts).
import type { CountryCode, ListingKindSlug, LocaleCode } from '@community-sharing/config';

/** One published, unexpired listing as the search index sees it; `id` is the Strapi documentId (row ids change on publish). */
export interface SearchDocument {
  id: string;
  slug: string;
  type: 'offer' | 'request';
  kind: ListingKindSlug;
  /** 8-digit CPV 2008 codes, no check digit. */
  cpvCodes: string[];
  originalLocale: LocaleCode;
  /** The original text and its translations. */
  texts: Partial<Record<LocaleCode, { title: string; description: string }>>;
  municipality: { id: string; slug: string; name: string; nameLatin?: string };
  country: CountryCode;
  delivery: string[];
  workingLanguages: LocaleCode[];
  lat?: number;
  lng?: number;
  /** ISO 8601 timestamp. */
  publishedAt: string;
  /** YYYY-MM-DD. */
  expiresAt: string;
  /** An open urgent request (critical situation): every order puts these first. */
  urgent?: boolean;
}

/** The facets a query may ask counts for. */
export const FACET_NAMES = ['type', 'kind', 'cpvDivision', 'country', 'municipality', 'delivery', 'workingLanguage'] as const;

/** One of FACET_NAMES. */
export type FacetName = (typeof FACET_NAMES)[number];

/** The orders a result can come in; open urgent requests come first in each. */
export type SearchSort = 'relevance' | 'newest' | 'nearest';

/** Structured filters: AND across fields, OR within one field's values. */
export interface SearchFilters {
  type?: 'offer' | 'request';
  kind?: string[];
  country?: string[];
  /** 8-digit codes or digit prefixes; a listing matches if any of its codes starts with any given prefix. */
  cpv?: string[];
  /** Municipality ids (SearchDocument.municipality.id). */
  municipality?: string[];
  /** A listing matches if it offers any of these delivery modes. */
  delivery?: string[];
  /** A listing matches if its author works in any of these languages. */
  workingLanguage?: string[];
  /** true: open urgent requests only; false: everything else. */
  urgent?: boolean;
}

/** A visitor's question. */
export interface SearchQuery {
  q?: string;
  /** The visitor's locale (query language hints; labels are the caller's business). */
  locale: LocaleCode;
  filters?: SearchFilters;
  /** Restricts to listings with coordinates (within radiusKm of the point when given) and puts distanceKm on hits. */
  near?: { lat: number; lng: number; radiusKm?: number };
  /** Default: relevance when q has words; otherwise nearest when `near` is given, else newest. */
  sort?: SearchSort;
  /** 1-based; default 1. */
  page?: number;
  /** Default 20; values above MAX_PAGE_SIZE are clamped to it. */
  pageSize?: number;
  /** The facets to count; none when omitted. */
  facets?: FacetName[];
}

/** One result row. */
export interface SearchHit {
  document: SearchDocument;
  /** Provider-specific relevance, higher is better (0 when browsing without words). */
  score: number;
  /** Great-circle distance from `near` (rounded to 10 m), when the query had `near`. */
  distanceKm?: number;
}

/** One page of results, with counts over all matches of q + filters (+ radius). */
export interface SearchResult {
  hits: SearchHit[];
  total: number;
  page: number;
  pageSize: number;
  /**
   * Counts per requested facet, `{ value: count }`, over the filtered result set: the same filters that narrow
   * the hits narrow the counts (Algolia's default, non-disjunctive). A value a filter excludes therefore shows
   * no count; a UI that wants "other countries" counts asks a second query without that filter. At most
   * MAX_FACET_VALUES values per facet, the most frequent (ties by value).
   */
  facets: Partial<Record<FacetName, Record<string, number>>>;
}

/** A search backend: the embedded in-process engine or Algolia. */
export interface SearchProvider {
  readonly name: 'embedded' | 'algolia';
  /** Answers a query; throws InvalidSearchQueryError for a malformed one, SearchUnavailableError when the backend is down. */
  search(query: SearchQuery): Promise<SearchResult>;
  /** Inserts or replaces documents (by id). */
  index(documents: SearchDocument[]): Promise<void>;
  /** Removes documents by id; unknown ids are ignored. */
  remove(ids: string[]): Promise<void>;
  /** Replaces the whole index with these documents; searches keep answering from the old index meanwhile. */
  reindex(documents: AsyncIterable<SearchDocument[]> | SearchDocument[]): Promise<void>;
  /** How many documents the index holds. */
  count(): Promise<number>;
  /** Pushes index settings (algolia); the embedded engine needs none. */
  configure?(): Promise<void>;
  /** Releases what the provider holds (the embedded engine's thread); later calls fail with SearchUnavailableError. */
  close?(): Promise<void>;
}

/** The largest page a query may ask for. */
export const MAX_PAGE_SIZE = 100;

/** The most values a facet answers with (Algolia's maxValuesPerFacet, set to match). */
export const MAX_FACET_VALUES = 100;

/** The page size when a query gives none. */
export const DEFAULT_PAGE_SIZE = 20;

/** Thrown by a provider when its backend cannot be reached or is overloaded; the sync retries on it. */
export class SearchUnavailableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'SearchUnavailableError';
  }
}

/** Thrown for a query no provider can answer (sort=nearest without near, coordinates out of range...); an HTTP 400. */
export class InvalidSearchQueryError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidSearchQueryError';
  }
}
