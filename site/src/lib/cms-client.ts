// The one typed client through which the portal reads the CMS API. Answers are cached for a few seconds, a
// request that takes too long is abandoned, and anything that means "the CMS is not there" becomes a
// CmsUnavailableError, which the middleware turns into a 503 page.
import { DEFAULT_LOCALE, type CountryCode, type LocaleCode } from '@community-sharing/config';
import { CmsRequestError, CmsUnavailableError, type CmsParameterIssue } from './cms-errors';
import type {
  ContentEntry,
  FeaturedListing,
  ListingDetail,
  MunicipalityDirectory,
  MunicipalityProfile,
  MunicipalitySummary,
  PortalStats,
  ImpactReport,
  RelatedListings,
  SearchRequest,
  SearchResponse,
} from './cms-types';
import type { KindText } from './kind-texts';
import { TtlCache } from './ttl-cache';

/** How to reach the CMS. */
export interface CmsClientOptions {
  /** e.g. http://localhost:1337 */
  baseUrl: string;
  /** A request slower than this is abandoned (default 5 s). */
  timeoutMs?: number;
  /** After the CMS failed to answer, requests fail at once for this long (default 3 s). */
  pauseAfterFailureMs?: number;
  /** How long an answer is reused (default 10 s). */
  ttlMs?: number;
  fetch?: typeof fetch;
}

/** A page or an article with whether it is shown in a fallback language. */
export interface ContentInLocale {
  entry: ContentEntry;
  /** True when the visitor's locale has no version and the English one is shown. */
  fallback: boolean;
}

type Query = Record<string, string | number | readonly string[] | undefined>;

/** Reads `{ error: { message, details: { errors: [{ path, message }] } } }`, Strapi's shape for a 400. */
function parameterIssues(body: unknown): CmsParameterIssue[] {
  const errors = (body as { error?: { details?: { errors?: { path?: unknown[]; message?: string }[] } } })?.error?.details?.errors;
  if (!Array.isArray(errors)) return [];
  return errors.map((e) => ({ param: String(e.path?.[0] ?? ''), message: String(e.message ?? '') }));
}

/** Failing or too slow answers in a row (no good one between) after which the CMS counts as down. */
const FAILURES_BEFORE_PAUSE = 3;

/** Builds the typed client over one CMS. */
export function createCmsClient(options: CmsClientOptions) {
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  const timeoutMs = options.timeoutMs ?? 5000;
  const ttlMs = options.ttlMs ?? 10_000;
  const doFetch = options.fetch ?? fetch;
  const cache = new TtlCache<unknown>();
  // When the CMS is down, fail fast for a moment: it should not cost every visitor a full timeout. Down means
  // unreachable (a refused connection: at once), or failing or too slow several times in a row: under load one
  // slow answer among good ones is not an outage, and pausing then turned one slow answer into seconds of 503s.
  const pauseAfterFailureMs = options.pauseAfterFailureMs ?? 3000;
  let downUntil = 0;
  let failuresInARow = 0;
  let lastFailure: CmsUnavailableError | undefined;
  const unreachable = new WeakSet<Error>();

  function urlOf(path: string, query: Query = {}): string {
    const params = new URLSearchParams();
    for (const [name, value] of Object.entries(query)) {
      if (value === undefined || value === '') continue;
      for (const item of Array.isArray(value) ? value : [value]) params.append(name, String(item));
    }
    const search = params.toString();
    return `${baseUrl}${path}${search ? `?${search}` : ''}`;
  }

  /** GETs a JSON answer; null for a 404. */
  async function request<T>(url: string): Promise<T | null> {
    if (Date.now() < downUntil) throw new CmsUnavailableError(`The CMS failed a moment ago (${lastFailure?.message})`, url, { cause: lastFailure });
    try {
      const answer = await requestOnce<T>(url);
      failuresInARow = 0;
      return answer;
    } catch (error) {
      if (error instanceof CmsUnavailableError) {
        failuresInARow++;
        if (unreachable.has(error) || failuresInARow >= FAILURES_BEFORE_PAUSE) downUntil = Date.now() + pauseAfterFailureMs;
        lastFailure = error;
      } else {
        failuresInARow = 0; // the CMS answered (a refused request is an answer)
      }
      throw error;
    }
  }

  async function requestOnce<T>(url: string): Promise<T | null> {
    let response: Response;
    try {
      response = await doFetch(url, { headers: { accept: 'application/json' }, signal: AbortSignal.timeout(timeoutMs) });
    } catch (cause) {
      const error = new CmsUnavailableError(`The CMS did not answer ${url}: ${(cause as Error).message}`, url, { cause });
      const name = (cause as Error)?.name;
      if (name !== 'TimeoutError' && name !== 'AbortError') unreachable.add(error);
      throw error;
    }
    if (response.status === 404) {
      // Not awaited: a body that is never read must not hold the answer up.
      response.body?.cancel().catch(() => {});
      return null;
    }
    let body: unknown;
    try {
      body = await response.json();
    } catch (cause) {
      if (response.status >= 500 || response.ok) throw new CmsUnavailableError(`The CMS answered ${url} with no JSON (${response.status})`, url, { cause });
      body = undefined;
    }
    if (response.status >= 500) throw new CmsUnavailableError(`The CMS answered ${url} with ${response.status}`, url);
    if (!response.ok) {
      const message = (body as { error?: { message?: string } })?.error?.message ?? `status ${response.status}`;
      throw new CmsRequestError(`The CMS refused ${url}: ${message}`, url, parameterIssues(body));
    }
    return body as T;
  }

  /** GETs through the cache. */
  function get<T>(path: string, query?: Query, ttl = ttlMs): Promise<T | null> {
    const url = urlOf(path, query);
    return cache.get(url, ttl, () => request<T>(url)) as Promise<T | null>;
  }

  /** GETs what must exist (a 404 there means the CMS is not the one we expect). */
  async function getRequired<T>(path: string, query?: Query, ttl?: number): Promise<T> {
    const body = await get<T>(path, query, ttl);
    if (body === null) throw new CmsUnavailableError(`The CMS has no ${path}: is it the Community Sharing CMS?`, urlOf(path, query));
    return body;
  }

  /** Reads one localized collection in a locale and in English, and keeps, per document, the visitor's version if any. */
  async function contentList(collection: 'pages' | 'articles', locale: LocaleCode, extra: Query): Promise<ContentInLocale[]> {
    const read = async (l: LocaleCode) =>
      (await getRequired<{ data: ContentEntry[] }>(`/api/${collection}`, { locale: l, 'pagination[pageSize]': 100, ...extra })).data.map((entry) => ({
        ...entry,
        locale: entry.locale ?? l,
      }));
    const [own, english] = await Promise.all([read(locale), locale === DEFAULT_LOCALE ? Promise.resolve([]) : read(DEFAULT_LOCALE)]);
    const byDocument = new Map<string, ContentInLocale>();
    for (const entry of english) byDocument.set(entry.documentId, { entry, fallback: true });
    for (const entry of own) byDocument.set(entry.documentId, { entry, fallback: false });
    // Keep the CMS's order: the visitor's own entries first in their order, then English-only ones.
    const ordered = [...own.map((e) => e.documentId), ...english.map((e) => e.documentId)];
    return [...new Set(ordered)].map((id) => byDocument.get(id)!);
  }

  /** Reads one page or article by slug in a locale, else in English. */
  async function contentEntry(collection: 'pages' | 'articles', slug: string, locale: LocaleCode): Promise<ContentInLocale | null> {
    const read = async (l: LocaleCode) =>
      (await getRequired<{ data: ContentEntry[] }>(`/api/${collection}`, { locale: l, 'filters[slug][$eq]': slug }))
        .data.map((entry) => ({ ...entry, locale: entry.locale ?? l }))[0];
    const own = await read(locale);
    if (own) return { entry: own, fallback: false };
    if (locale === DEFAULT_LOCALE) return null;
    const english = await read(DEFAULT_LOCALE);
    return english ? { entry: english, fallback: true } : null;
  }

  return {
    /** The editors' featured listings that are open, in the visitor's locale where translated. */
    featured: async (locale: LocaleCode, limit = 4) => (await getRequired<{ data: FeaturedListing[] }>('/api/portal/featured', { locale, limit })).data,

    /** The live figures of the home page. */
    stats: () => getRequired<PortalStats>('/api/portal/stats'),

    /** The labels and descriptions of the ten kinds as the editors wrote them (config's where they did not). */
    kinds: async (locale: LocaleCode) => (await getRequired<{ data: KindText[] }>('/api/portal/kinds', { locale })).data,

    /** What the completed exchanges achieved, for the impact page; reused for a minute. */
    impact: () => getRequired<ImpactReport>('/api/portal/impact', {}, 60_000),

    /** One page of search results with facet counts; throws CmsRequestError for parameters the CMS refuses. */
    search: (query: SearchRequest) => getRequired<SearchResponse>('/api/search', query as unknown as Query),

    /** A public listing in the visitor's locale, or null when there is none at this slug. */
    listing: async (slug: string, locale: LocaleCode) =>
      (await get<{ data: ListingDetail }>(`/api/portal/listings/${encodeURIComponent(slug)}`, { locale }))?.data ?? null,

    /** The listings that answer or resemble a listing, or null when there is none at this slug. */
    related: (slug: string, locale: LocaleCode) => get<RelatedListings>(`/api/portal/listings/${encodeURIComponent(slug)}/related`, { locale }),

    /** One page of the directory of verified member municipalities. */
    municipalities: (query: { country?: CountryCode; q?: string; page?: number; pageSize?: number } = {}) =>
      getRequired<MunicipalityDirectory>('/api/portal/municipalities', query),

    /** Every verified member, to name the municipalities of search facets; reused for a minute. */
    async allMunicipalities(): Promise<MunicipalitySummary[]> {
      const pageSize = 100;
      const first = await getRequired<MunicipalityDirectory>('/api/portal/municipalities', { page: 1, pageSize }, 60_000);
      const pages = Math.ceil(first.total / pageSize);
      const rest = await Promise.all(
        Array.from({ length: Math.max(0, pages - 1) }, (_, i) =>
          getRequired<MunicipalityDirectory>('/api/portal/municipalities', { page: i + 2, pageSize }, 60_000),
        ),
      );
      return [first, ...rest].flatMap((page) => page.data);
    },

    /** The verified members among these documentIds (a search's facet values), each request reused for a minute. */
    async municipalitiesByIds(ids: readonly string[]): Promise<MunicipalitySummary[]> {
      const unique = [...new Set(ids)].sort();
      const chunks = Array.from({ length: Math.ceil(unique.length / 100) }, (_, i) => unique.slice(i * 100, i * 100 + 100));
      const pages = await Promise.all(
        chunks.map((chunk) => getRequired<MunicipalityDirectory>('/api/portal/municipalities', { ids: chunk.join(','), pageSize: chunk.length }, 60_000)),
      );
      return pages.flatMap((page) => page.data);
    },

    /** A member municipality's profile, or null when there is none at this slug. */
    municipality: async (slug: string, locale: LocaleCode) =>
      (await get<{ data: MunicipalityProfile }>(`/api/portal/municipalities/${encodeURIComponent(slug)}`, { locale }))?.data ?? null,

    /** The association's pages, each in the visitor's locale or else in English. */
    pages: (locale: LocaleCode) => contentList('pages', locale, { sort: 'title:asc' }),

    /** One page by slug, in the visitor's locale or else in English; null when absent. */
    page: (slug: string, locale: LocaleCode) => contentEntry('pages', slug, locale),

    /** The news, newest first, each in the visitor's locale or else in English. */
    articles: async (locale: LocaleCode) =>
      (await contentList('articles', locale, { sort: ['date:desc', 'title:asc'] })).sort((a, b) =>
        String(b.entry.date ?? '').localeCompare(String(a.entry.date ?? '')),
      ),

    /** One article by slug, in the visitor's locale or else in English; null when absent. */
    article: (slug: string, locale: LocaleCode) => contentEntry('articles', slug, locale),

    /** The URL of an upload on the CMS, for the portal's /uploads/ pass-through. */
    uploadUrl: (path: string) => `${baseUrl}/uploads/${path}`,

    /** Forgets every cached answer (tests). */
    clearCache: () => cache.clear(),
  };
}

/** The typed CMS client. */
export type CmsClient = ReturnType<typeof createCmsClient>;

/** The CMS the portal reads: CMS_URL, else a CMS on this machine. */
export const cms: CmsClient = createCmsClient({
  baseUrl: process.env.CMS_URL ?? 'http://localhost:1337',
  timeoutMs: Number(process.env.CMS_TIMEOUT_MS ?? 5000),
});
