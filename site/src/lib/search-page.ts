// Gathers what the listings page shows for one search: the results, the facet counts as a visitor expects them
// (see facetCountRequests), and the names of the municipalities the facets list.
import type { LocaleCode } from '@community-sharing/config';
import type { CmsClient } from './cms-client';
import { CmsRequestError } from './cms-errors';
import type { SearchResponse } from './cms-types';
import type { FacetCounts } from './facet-groups';
import { municipalityName } from './labels';
import { FACET_OF, facetCountRequests, toSearchRequest, type SearchState } from './search-state';

/** What the listings page needs. */
export interface SearchPageData {
  result: SearchResponse;
  counts: FacetCounts;
  municipalityNames: Map<string, string>;
  /** True when the CMS refused the query (a hand-edited URL it does not accept): the page says so. */
  refused: boolean;
}

const EMPTY: SearchResponse = { hits: [], total: 0, page: 1, pageSize: 20, facets: {}, tookMs: 0 };

/** Loads the results, facet counts and municipality names of a search in parallel. */
export async function loadSearchPage(client: CmsClient, state: SearchState, locale: LocaleCode): Promise<SearchPageData> {
  const refusedAsEmpty = (error: unknown): SearchResponse => {
    if (error instanceof CmsRequestError) return { ...EMPTY, page: state.page };
    throw error;
  };
  const [result, extra] = await Promise.all([
    client.search(toSearchRequest(state, locale)).then((r) => ({ ...r, refused: false }), (e) => ({ ...refusedAsEmpty(e), refused: true })),
    Promise.all(facetCountRequests(state, locale).map(async ({ param, request }) => ({ param, response: await client.search(request).catch(refusedAsEmpty) }))),
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
  return { result: response, counts, municipalityNames, refused };
}
