// The shapes of the CMS API answers the portal reads (GET /api/search, /api/portal/*, /api/pages, /api/articles).
import type { CountryCode, DeliveryMode, ItemCondition, ListingKindSlug, ListingType, LocaleCode, Unit } from '@community-sharing/config';

/** A CPV code with its label in the reader's locale; `fallback` when the label is another language's. */
export interface CpvEntry {
  code: string;
  label: string;
  fallback: boolean;
}

/** The municipality a listing belongs to, as a search hit names it. */
export interface MunicipalityRef {
  documentId: string;
  slug: string;
  name: string;
  nameLatin: string | null;
}

/** One search result: the text in the reader's locale where a translation exists, else the original. */
export interface ListingHit {
  documentId: string;
  slug: string;
  type: ListingType;
  kind: ListingKindSlug;
  title: string;
  snippet: string;
  /** The locale of the title and snippet shown. */
  locale: LocaleCode;
  translated: boolean;
  originalLocale: LocaleCode;
  municipality: MunicipalityRef;
  country: CountryCode;
  cpv: CpvEntry[];
  publishedAt: string;
  expiresAt: string | null;
  urgent: boolean;
  distanceKm?: number;
}

/** The facets the search answers with counts, by value. */
export type FacetName = 'type' | 'kind' | 'cpvDivision' | 'country' | 'municipality' | 'delivery' | 'workingLanguage';

/** GET /api/search. */
export interface SearchResponse {
  hits: ListingHit[];
  total: number;
  page: number;
  pageSize: number;
  facets: Partial<Record<FacetName, Record<string, number>>>;
  tookMs: number;
}

/** The query GET /api/search accepts; lists become repeated parameters. */
export interface SearchRequest {
  q?: string;
  locale: LocaleCode;
  type?: ListingType;
  kind?: string[];
  country?: string[];
  cpv?: string[];
  municipality?: string[];
  delivery?: string[];
  language?: string[];
  near?: string;
  radiusKm?: number;
  sort?: 'relevance' | 'newest' | 'nearest';
  page?: number;
  pageSize?: number;
  facets?: FacetName[];
}

/** GET /api/portal/stats. */
export interface PortalStats {
  municipalities: number;
  countries: number;
  openOffers: number;
  openRequests: number;
  completedExchanges: number;
}

/** A text that may be in another locale than the one asked for. */
export interface LocalizedText {
  text: string;
  locale: LocaleCode;
}

/** An image of a listing; `url` is a path under the CMS's /uploads/ (or an absolute URL of an upload provider). */
export interface ListingImage {
  url: string;
  alternativeText: string | null;
  width: number | null;
  height: number | null;
}

/** GET /api/portal/listings/:slug → data. */
export interface ListingDetail {
  documentId: string;
  slug: string;
  type: ListingType;
  kind: ListingKindSlug;
  title: string;
  description: string;
  /** The locale of the title and description shown. */
  locale: LocaleCode;
  originalLocale: LocaleCode;
  translated: boolean;
  availableLocales: LocaleCode[];
  cpv: CpvEntry[];
  quantity: number | null;
  remainingQuantity: number | null;
  unit: Unit | null;
  condition: ItemCondition | null;
  availableFrom: string | null;
  neededBy: string | null;
  expiresAt: string | null;
  delivery: DeliveryMode[];
  workingLanguages: LocaleCode[];
  placeName: string | null;
  lat: number | null;
  lng: number | null;
  status: 'published' | 'closed' | 'expired';
  publishedAt: string;
  urgent: boolean;
  images: ListingImage[];
  municipality: {
    documentId: string;
    slug: string;
    name: string;
    nameLatin: string | null;
    country: CountryCode;
    lat: number | null;
    lng: number | null;
    population: number | null;
    website: string | null;
    description: LocalizedText | null;
  };
}

/** GET /api/portal/listings/:slug/related. */
export interface RelatedListings {
  /** Listings of the opposite type that fit. */
  matching: ListingHit[];
  /** Listings of the same type. */
  similar: ListingHit[];
}

/** One row of GET /api/portal/municipalities. */
export interface MunicipalitySummary {
  documentId: string;
  slug: string;
  name: string;
  nameLatin: string | null;
  country: CountryCode;
  lat: number | null;
  lng: number | null;
  /** Open listings; left out of an answer by ids, which only names municipalities. */
  openListings?: number;
}

/** GET /api/portal/municipalities. */
export interface MunicipalityDirectory {
  data: MunicipalitySummary[];
  total: number;
  page: number;
  pageSize: number;
  /** Verified members per country, over the whole directory. */
  countries: Partial<Record<CountryCode, number>>;
}

/** GET /api/portal/municipalities/:slug → data. */
export interface MunicipalityProfile {
  documentId: string;
  slug: string;
  name: string;
  nameLatin: string | null;
  country: CountryCode;
  lat: number | null;
  lng: number | null;
  population: number | null;
  website: string | null;
  languages: LocaleCode[];
  description: LocalizedText | null;
  record: { openOffers: number; openRequests: number; completedExchanges: number };
}

/** A page or a news article of the association, in `locale` (which may be the English fallback). */
export interface ContentEntry {
  documentId: string;
  slug: string;
  title: string;
  summary: string | null;
  /** Markdown written by editors. */
  body: string | null;
  /** Articles only: YYYY-MM-DD. */
  date?: string | null;
  showInFooter?: boolean;
  updatedAt?: string;
  locale: LocaleCode;
}

/** GET /api/portal/impact: what completed exchanges achieved (no personal data). */
export interface ImpactTotals {
  completed: number;
  valueEur: number;
  massKg: number;
  co2eKg: number;
  volunteerHours: number;
  expertDays: number;
}

export interface ImpactReport {
  totals: ImpactTotals;
  /** The last 24 months, oldest first ('YYYY-MM'). */
  byMonth: { month: string; completed: number; valueEur: number; co2eKg: number }[];
  byKind: { kind: string; completed: number; co2eKg: number }[];
  byCountry: { country: CountryCode; completed: number }[];
}

/** GET /api/portal/featured: the editors' featured listings that are open. */
export interface FeaturedListing {
  documentId: string;
  slug: string;
  type: ListingType;
  kind: ListingKindSlug;
  title: string;
  locale: LocaleCode;
  originalLocale: LocaleCode;
  publishedAt: string;
  municipality: (MunicipalityRef & { country: CountryCode }) | null;
}

/** A featured listing as a card of the listing lists shows it. */
export function featuredAsHit(listing: FeaturedListing): ListingHit | null {
  if (!listing.municipality) return null;
  const { country, ...municipality } = listing.municipality;
  return {
    documentId: listing.documentId,
    slug: listing.slug,
    type: listing.type,
    kind: listing.kind,
    title: listing.title,
    snippet: '',
    locale: listing.locale,
    translated: listing.locale !== listing.originalLocale,
    originalLocale: listing.originalLocale,
    municipality,
    country,
    cpv: [],
    publishedAt: listing.publishedAt,
    expiresAt: null,
    urgent: false,
  };
}
