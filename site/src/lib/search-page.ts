// Gathers what the listings page shows for one search: the results, the facet counts as a visitor expects them
// (see facetCountRequests), and the names of the municipalities the facets list.
import { foldForSearch, type LocaleCode } from '@community-sharing/config';
import type { CmsClient } from './cms-client';
import { CmsRequestError } from './cms-errors';
import type { MunicipalitySummary, SearchResponse } from './cms-types';
import type { FacetCounts } from './facet-groups';
import { municipalityName } from './labels';
import { FACET_OF, facetCountRequests, toSearchRequest, type SearchOrigin, type SearchState } from './search-state';

/** Where the `near` of a search led: the municipality distances are measured from, or why there is none. */
export type NearResolution =
  | { status: 'found'; place: MunicipalitySummary; origin: SearchOrigin }
  | { status: 'ambiguous'; choices: MunicipalitySummary[] }
  | { status: 'not-found' };

/** What the listings page needs. */
export interface SearchPageData {
  result: SearchResponse;
  counts: FacetCounts;
  municipalityNames: Map<string, string>;
  /** True when the CMS refused the query (a hand-edited URL it does not accept): the page says so. */
  refused: boolean;
  /** Set when the search asks for distances from a municipality. */
  near?: NearResolution;
}

/**
 * Finds the member municipality a visitor named: by its slug (a link), else by its name in any script. An
 * exact name wins over partial ones; several exact ones (or only partial ones) are offered as choices.
 */
export async function resolveNear(client: CmsClient, near: string, locale: LocaleCode): Promise<NearResolution> {
  const withOrigin = (place: MunicipalitySummary): NearResolution =>
    place.lat === null || place.lng === null ? { status: 'not-found' } : { status: 'found', place, origin: { lat: place.lat, lng: place.lng } };
  if (/^[a-z0-9-]+$/.test(near)) {
    const bySlug = await client.municipality(near, locale);
    if (bySlug) return withOrigin({ ...bySlug, openListings: 0 });
  }
  const { data } = await client.municipalities({ q: near, pageSize: 10 });
  const wanted = foldForSearch(near);
  const exact = data.filter((m) => foldForSearch(m.name) === wanted || (m.nameLatin !== null && foldForSearch(m.nameLatin) === wanted));
  if (exact.length === 1) return withOrigin(exact[0]!);
  const choices = (exact.length > 1 ? exact : data).filter((m) => m.lat !== null && m.lng !== null);
  if (choices.length === 1 && exact.length === 0 && data.length === 1) return withOrigin(choices[0]!);
  return choices.length ? { status: 'ambiguous', choices } : { status: 'not-found' };
}

const EMPTY: SearchResponse = { hits: [], total: 0, page: 1, pageSize: 20, facets: {}, tookMs: 0 };

/** Loads the results, facet counts and municipality names of a search in parallel. */
export async function loadSearchPage(client: CmsClient, state: SearchState, locale: LocaleCode): Promise<SearchPageData> {
  const refusedAsEmpty = (error: unknown): SearchResponse => {
    if (error instanceof CmsRequestError) return { ...EMPTY, page: state.page };
    throw error;
  };
  const near = state.near ? await resolveNear(client, state.near, locale) : undefined;
  const origin = near?.status === 'found' ? near.origin : undefined;
  const [result, extra] = await Promise.all([
    client.search(toSearchRequest(state, locale, origin)).then((r) => ({ ...r, refused: false }), (e) => ({ ...refusedAsEmpty(e), refused: true })),
    Promise.all(facetCountRequests(state, locale, origin).map(async ({ param, request }) => ({ param, response: await client.search(request).catch(refusedAsEmpty) }))),
  ]);
  const counts: FacetCounts = { ...result.facets };
  for (const { param, response } of extra) counts[FACET_OF[param]] = response.facets[FACET_OF[param]] ?? {};
  // Name only the municipalities this page shows: the hits carry their own; the facet values and the chosen
  // filters are asked for by id (never the whole directory).
  const municipalityNames = new Map<string, string>();
  for (const hit of result.hits) municipalityNames.set(hit.municipality.documentId, municipalityName(locale, hit.municipality));
  const unnamed = [...Object.keys(counts[FACET_OF.municipality] ?? {}), ...state.filters.municipality].filter((id) => !municipalityNames.has(id));
  if (unnamed.length > 0) {
    for (const m of await client.municipalitiesByIds(unnamed)) municipalityNames.set(m.documentId, municipalityName(locale, m));
  }
  const { refused, ...response } = result;
  return { result: response, counts, municipalityNames, refused, near };
}
