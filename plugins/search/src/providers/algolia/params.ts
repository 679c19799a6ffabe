// Maps a normalized SearchQuery to an Algolia search: the index (primary or the newest replica) and its params.
import { searchKeys } from '@community-sharing/config';
import type { SearchParamsObject } from 'algoliasearch';
import type { NormalizedQuery } from '../../contract/query';
import type { SearchFilters } from '../../contract/types';
import { FACET_ATTRIBUTES, newestReplica } from './settings';

// Wider than any distance on Earth: puts every listing in one geo bucket, so that `near` filters by radius
// without reordering a relevance or newest sort.
const NO_GEO_RANKING_M = 20_000_000;

/** Quotes a filter value unless it is a plain word (Algolia's filter syntax: attribute:value). */
function value(v: string): string {
  return /^[A-Za-z0-9_]+$/.test(v) ? v : `"${v.replace(/["\\]/g, '\\$&')}"`;
}

/** One field's values as `attr:v` or `(attr:v1 OR attr:v2)`. */
function anyOf(attribute: string, values: readonly string[]): string {
  const parts = values.map((v) => `${attribute}:${value(v)}`);
  return parts.length === 1 ? parts[0]! : `(${parts.join(' OR ')})`;
}

/** The `filters` string of a query's filters: AND across fields, OR within one, e.g. `type:offer AND (country:BG OR country:RS)`. */
export function filtersString(f: SearchFilters): string {
  const parts: string[] = [];
  if (f.type) parts.push(`type:${value(f.type)}`);
  if (f.kind) parts.push(anyOf('kind', f.kind));
  if (f.country) parts.push(anyOf('country', f.country));
  if (f.cpv) parts.push(anyOf('cpvPrefixes', f.cpv));
  if (f.municipality) parts.push(anyOf('municipalityId', f.municipality));
  if (f.delivery) parts.push(anyOf('delivery', f.delivery));
  if (f.workingLanguage) parts.push(anyOf('workingLanguages', f.workingLanguage));
  if (f.urgent !== undefined) parts.push(`urgent:${f.urgent}`);
  return parts.join(' AND ');
}

/** Which index answers a query and with which parameters. */
export function toAlgoliaSearch(query: NormalizedQuery, indexName: string): { indexName: string; params: SearchParamsObject } {
  // The records hold folded text, so the query is folded the same way ("Београд" -> "beograd").
  const text = searchKeys(query.q).join(' ');
  const newest = query.sort === 'newest' || (query.sort === 'relevance' && text.length === 0);
  const params: SearchParamsObject = {
    query: text,
    page: query.page - 1,
    hitsPerPage: query.pageSize,
  };
  const filters = filtersString(query.filters);
  if (filters) params.filters = filters;
  if (query.facets.length > 0) params.facets = query.facets.map((f) => FACET_ATTRIBUTES[f]);
  if (query.near) {
    params.aroundLatLng = `${query.near.lat},${query.near.lng}`;
    // 'all': no radius (and no automatic one from the density of records).
    params.aroundRadius = query.near.radiusKm === undefined ? 'all' : Math.max(1, Math.round(query.near.radiusKm * 1000));
    if (query.sort !== 'nearest') params.aroundPrecision = NO_GEO_RANKING_M;
  }
  return { indexName: newest ? newestReplica(indexName) : indexName, params };
}
