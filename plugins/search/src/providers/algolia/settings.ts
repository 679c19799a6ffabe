// The index settings the algolia provider pushes (configure()), so that an index is defined by code, not by
// clicks in a dashboard.
import { LOCALES } from '@community-sharing/config';
import type { IndexSettings, SupportedLanguage } from 'algoliasearch';
import { MAX_FACET_VALUES, type FacetName } from '../../contract/types';
import { DISPLAY_ATTRIBUTES } from './records';

/** The record attribute behind each facet. */
export const FACET_ATTRIBUTES: Record<FacetName, string> = {
  type: 'type',
  kind: 'kind',
  cpvDivision: 'cpvDivisions',
  country: 'country',
  municipality: 'municipalityId',
  delivery: 'delivery',
  workingLanguage: 'workingLanguages',
};

// Languages of our 30 locales that Algolia has dictionaries for (no hr, sl, bs, mk, sr).
const ALGOLIA_LANGUAGES = new Set<string>([
  'bg', 'cs', 'da', 'de', 'el', 'en', 'es', 'et', 'fi', 'fr', 'ga', 'hu', 'it', 'lt', 'lv', 'mt', 'nl', 'pl', 'pt',
  'ro', 'sk', 'sq', 'sv',
]);

/** The query and index languages: every locale's language that Algolia supports, in locale order. */
export const QUERY_LANGUAGES: SupportedLanguage[] = [
  ...new Set(LOCALES.map((l) => l.code.split('-')[0]!).filter((lang) => ALGOLIA_LANGUAGES.has(lang))),
] as SupportedLanguage[];

// Stop words only where folding leaves the dictionary's words intact: Latin-script languages.
const STOP_WORD_LANGUAGES = QUERY_LANGUAGES.filter((l) => l !== 'bg' && l !== 'el');

/** The virtual replica that answers sort=newest. */
export function newestReplica(indexName: string): string {
  return `${indexName}_newest`;
}

/** The primary index's settings. */
export function primarySettings(indexName: string): IndexSettings {
  return {
    // Titles and places first; the multilingual names of structured fields before free description text.
    searchableAttributes: [
      'unordered(titles)',
      'unordered(places)',
      'unordered(cpvTerms)',
      'unordered(kindTerms)',
      'unordered(countryTerms)',
      'unordered(descriptions)',
    ],
    attributesForFaceting: [
      'type',
      'kind',
      'cpvDivisions',
      'country',
      'municipalityId',
      'delivery',
      'workingLanguages',
      // Only filtered on (a CPV prefix filter is an equality on it), never counted.
      'filterOnly(cpvPrefixes)',
      'filterOnly(urgent)',
    ],
    // Open urgent requests before everything else, then Algolia's default criteria.
    ranking: ['desc(urgent)', 'typo', 'geo', 'words', 'filters', 'proximity', 'attribute', 'exact', 'custom'],
    customRanking: ['desc(publishedAtTs)'],
    indexLanguages: QUERY_LANGUAGES,
    queryLanguages: QUERY_LANGUAGES,
    ignorePlurals: true,
    removeStopWords: STOP_WORD_LANGUAGES,
    // German compounds (Feuerwehrfahrzeug = Feuerwehr + Fahrzeug): an attribute can decompound for one language.
    decompoundedAttributes: { de: ['titles', 'descriptions'] },
    queryType: 'prefixLast',
    typoTolerance: true,
    minWordSizefor1Typo: 4,
    minWordSizefor2Typos: 8,
    // Names are matched exactly (as the embedded engine's concept lookup does): a typo on "bulgaria" must not
    // reach "ungaria" (Hungary in Romanian).
    disableTypoToleranceOnAttributes: ['cpvTerms', 'kindTerms', 'countryTerms'],
    removeWordsIfNoResults: 'allOptional',
    attributesToRetrieve: [...DISPLAY_ATTRIBUTES],
    // The searchable text is folded, not fit to show: the site highlights itself if it wants to.
    attributesToHighlight: [],
    attributesToSnippet: [],
    maxValuesPerFacet: MAX_FACET_VALUES,
    paginationLimitedTo: 1000,
    replicas: [`virtual(${newestReplica(indexName)})`],
  };
}

/** The newest-first virtual replica's own settings; relevancyStrictness 0 keeps every match, dated. */
export function newestReplicaSettings(): IndexSettings {
  return { customRanking: ['desc(urgent)', 'desc(publishedAtTs)'], relevancyStrictness: 0 };
}
