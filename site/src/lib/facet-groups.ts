// Turns the facet counts of a search into the checkbox groups of the search form, each value named in the
// visitor's language: kinds, CPV divisions, countries, municipalities, delivery modes, working languages.
import { DELIVERY_MODES, LISTING_KIND_SLUGS, countryName, cpvLabel, isCountryCode, isListingKindSlug, isLocaleCode, languageName, type LocaleCode } from '@community-sharing/config';
import { kindLabel } from './kind-texts';
import { t } from '../i18n';
import type { FacetName } from './cms-types';
import { deliveryLabel } from './labels';
import { FACET_OF, FILTER_PARAMS, type FilterParam, type SearchState } from './search-state';

/** One checkbox of a facet group. */
export interface FacetOption {
  value: string;
  label: string;
  count: number;
  checked: boolean;
}

/** One fieldset of the search form. */
export interface FacetGroup {
  param: FilterParam;
  legend: string;
  options: FacetOption[];
  /** How many options show before "Show all"; the rest are folded away. */
  visible: number;
}

/** Counts per facet, by value. */
export type FacetCounts = Partial<Record<FacetName, Record<string, number>>>;

const LEGEND_KEY = {
  kind: 'facet.kind',
  cpv: 'facet.cpv',
  country: 'facet.country',
  municipality: 'facet.municipality',
  delivery: 'facet.delivery',
  language: 'facet.language',
} as const satisfies Record<FilterParam, string>;

/** Options shown before the rest fold away. */
const FOLD_AFTER = 8;

/** Returns the name of one facet value in the visitor's language. */
function labelOf(param: FilterParam, value: string, locale: LocaleCode, municipalityNames: ReadonlyMap<string, string>): string {
  switch (param) {
    case 'kind':
      return isListingKindSlug(value) ? kindLabel(value, locale) : value;
    case 'cpv':
      // A division is the first two digits; its label is that of the code XX000000.
      return cpvLabel(value.padEnd(8, '0'), locale)?.label ?? value;
    case 'country':
      return isCountryCode(value) ? countryName(value, locale) : value;
    case 'municipality':
      return municipalityNames.get(value) ?? value;
    case 'delivery':
      return deliveryLabel(locale, value);
    case 'language':
      return isLocaleCode(value) ? languageName(value, locale) : value;
  }
}

/** The order values come in: the platform's own order where there is one, else most listings first. */
function fixedOrder(param: FilterParam): readonly string[] | undefined {
  if (param === 'kind') return LISTING_KIND_SLUGS;
  if (param === 'delivery') return DELIVERY_MODES;
  return undefined;
}

/** Returns the facet groups of the search form for a search and its counts. */
export function facetGroups(
  state: SearchState,
  counts: FacetCounts,
  locale: LocaleCode,
  municipalityNames: ReadonlyMap<string, string> = new Map(),
): FacetGroup[] {
  const collator = new Intl.Collator(locale);
  return FILTER_PARAMS.map((param) => {
    const byValue = counts[FACET_OF[param]] ?? {};
    const chosen = state.filters[param];
    // A chosen value stays on the form even when nothing matches it any more, so it can be unticked.
    const values = new Set([...Object.keys(byValue), ...chosen]);
    const order = fixedOrder(param);
    let options: FacetOption[] = [...values].map((value) => ({
      value,
      label: labelOf(param, value, locale, municipalityNames),
      count: byValue[value] ?? 0,
      checked: chosen.includes(value),
    }));
    if (order) {
      options = options.filter((o) => order.includes(o.value)).sort((a, b) => order.indexOf(a.value) - order.indexOf(b.value));
    } else {
      options.sort((a, b) => Number(b.checked) - Number(a.checked) || b.count - a.count || collator.compare(a.label, b.label));
    }
    const visible = order ? options.length : Math.max(FOLD_AFTER, options.filter((o) => o.checked).length);
    return { param, legend: t(locale, LEGEND_KEY[param]), options, visible };
  }).filter((group) => group.options.length > 0);
}
