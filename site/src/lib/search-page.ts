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
  const [result, extra, municipalities] = await Promise.all([
    client.search(toSearchRequest(state, locale)).then((r) => ({ ...r, refused: false }), (e) => ({ ...refusedAsEmpty(e), refused: true })),
    Promise.all(facetCountRequests(state, locale).map(async ({ param, request }) => ({ param, response: await client.search(request).catch(refusedAsEmpty) }))),
    client.allMunicipalities(),
  ]);
  const counts: FacetCounts = { ...result.facets };
  for (const { param, response } of extra) counts[FACET_OF[param]] = response.facets[FACET_OF[param]] ?? {};
  const municipalityNames = new Map(municipalities.map((m) => [m.documentId, municipalityName(locale, m)]));
  for (const hit of result.hits) if (!municipalityNames.has(hit.municipality.documentId)) municipalityNames.set(hit.municipality.documentId, municipalityName(locale, hit.municipality));
  const { refused, ...response } = result;
  return { result: response, counts, municipalityNames, refused };
}
