// /{locale}/feed.xml: an Atom feed of the newest listings, narrowed by ?kind=, ?country= and ?type= when given.
import type { APIRoute } from 'astro';
import { atomFeed } from '../../lib/atom-feed';
import { cms } from '../../lib/cms-client';
import { publicOrigin } from '../../lib/public-origin';
import { emptySearchState, parseSearchState } from '../../lib/search-state';
import { xmlResponse } from '../../lib/xml';

const FEED_SIZE = 50;

export const GET: APIRoute = async ({ locals, url }) => {
  const locale = locals.locale;
  const parsed = parseSearchState(url.searchParams).state;
  // A feed follows kind, country and type only: a text query would make it a saved search.
  const state = { ...emptySearchState(), type: parsed.type, filters: { ...emptySearchState().filters, kind: parsed.filters.kind, country: parsed.filters.country } };
  const result = await cms.search({
    locale,
    type: state.type,
    kind: state.filters.kind.length ? state.filters.kind : undefined,
    country: state.filters.country.length ? state.filters.country : undefined,
    sort: 'newest',
    pageSize: FEED_SIZE,
    facets: ['type'],
  });
  return xmlResponse(atomFeed({ locale, origin: publicOrigin(url), state, hits: result.hits }), 'application/atom+xml; charset=utf-8');
};
