// The ten platform kinds with their icons and their names and one-sentence descriptions in all 30 locales.
import { LISTING_KIND_SLUGS, isCpvKind, type ListingKindSlug } from './listing-vocabulary.js';
import { KIND_TEXTS } from './listing-kinds-text.js';
import type { LocaleCode } from './locales.js';

/** One platform kind as the portal shows it. */
export interface ListingKindInfo {
  slug: ListingKindSlug;
  /** Whether listings of this kind carry CPV 2008 codes. */
  hasCpv: boolean;
  /** A short ASCII icon name (Lucide-style), for the site to map to an icon. */
  icon: string;
  labels: Record<LocaleCode, string>;
  descriptions: Record<LocaleCode, string>;
}

const ICONS: Record<ListingKindSlug, string> = {
  expertise: 'lightbulb',
  'interim-managers': 'briefcase',
  'volunteers-emergency': 'life-buoy',
  'volunteers-community': 'users',
  equipment: 'wrench',
  goods: 'package',
  materials: 'layers',
  services: 'hand-helping',
  investment: 'trending-up',
  'business-partnership': 'handshake',
};

/** Builds one kind's facts from the per-locale text table. */
function kindInfo(slug: ListingKindSlug): ListingKindInfo {
  const labels = {} as Record<LocaleCode, string>;
  const descriptions = {} as Record<LocaleCode, string>;
  for (const [locale, texts] of Object.entries(KIND_TEXTS) as [LocaleCode, (typeof KIND_TEXTS)[LocaleCode]][]) {
    [labels[locale], descriptions[locale]] = texts[slug];
  }
  return Object.freeze({ slug, hasCpv: isCpvKind(slug), icon: ICONS[slug], labels, descriptions });
}

/** The ten kinds, in LISTING_KIND_SLUGS order. */
export const LISTING_KINDS: readonly ListingKindInfo[] = Object.freeze(LISTING_KIND_SLUGS.map(kindInfo));

const BY_SLUG = new Map<string, ListingKindInfo>(LISTING_KINDS.map((k) => [k.slug, k]));

/** Returns the facts of a kind; throws a RangeError for an unknown slug. */
export function getListingKind(slug: ListingKindSlug): ListingKindInfo {
  const info = BY_SLUG.get(slug);
  if (!info) throw new RangeError(`Unknown listing kind: ${String(slug)}`);
  return info;
}

/** The name of a kind in a locale, e.g. kindLabel('goods', 'de') === 'Waren'. */
export function kindLabel(slug: ListingKindSlug, locale: LocaleCode): string {
  return getListingKind(slug).labels[locale];
}

/** The one-sentence description of a kind in a locale. */
export function kindDescription(slug: ListingKindSlug, locale: LocaleCode): string {
  return getListingKind(slug).descriptions[locale];
}
