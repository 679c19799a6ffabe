// One Algolia record per listing. Algolia neither transliterates nor knows our vocabularies, so the record
// carries, besides the listing as shown (to rebuild the SearchDocument of a hit), its searchable text folded to
// Latin (foldForSearch: "Београд" -> "beograd"; queries are folded the same way) and the names of its
// structured fields in every language: CPV labels (24 languages, see text/cpv-terms.ts), kind labels and
// country names (30 locales). Algolia bills per record, not per byte, but caps a record's size: records are
// kept under RECORD_BUDGET bytes by trimming the least useful text first.
import { COUNTRY_CODES, LISTING_KINDS, LOCALE_CODES, countryName, searchKeys, type CountryCode } from '@community-sharing/config';
import type { SearchDocument } from '../../contract/types';
import { childCodes, foldedLabelTerms } from '../../text/cpv-terms';

/** The largest record we send, in bytes of JSON (Algolia's limit is 10 KB on the smaller plans). */
export const RECORD_BUDGET = 9_500;

/** The record of one listing. */
export interface ListingRecord {
  objectID: string;
  // The listing as shown (retrieved with hits).
  slug: string;
  type: SearchDocument['type'];
  kind: SearchDocument['kind'];
  cpvCodes: string[];
  originalLocale: SearchDocument['originalLocale'];
  texts: SearchDocument['texts'];
  municipality: SearchDocument['municipality'];
  country: SearchDocument['country'];
  delivery: string[];
  workingLanguages: SearchDocument['workingLanguages'];
  publishedAt: string;
  expiresAt: string;
  urgent?: boolean;
  _geoloc?: { lat: number; lng: number };
  // Facets, filters and ranking.
  municipalityId: string;
  cpvDivisions: string[];
  /** Every prefix (1-8 digits) of every code, so that a CPV prefix filter is an equality. */
  cpvPrefixes: string[];
  /** publishedAt in seconds, for customRanking and the newest replica. */
  publishedAtTs: number;
  // Searchable, folded.
  titles: string[];
  places: string[];
  descriptions: string[];
  cpvTerms: string[];
  kindTerms: string[];
  countryTerms: string[];
}

/** The attributes hits bring back: the listing as shown, not the folded search text. */
export const DISPLAY_ATTRIBUTES = [
  'slug', 'type', 'kind', 'cpvCodes', 'originalLocale', 'texts', 'municipality', 'country', 'delivery',
  'workingLanguages', 'publishedAt', 'expiresAt', 'urgent', '_geoloc',
] as const;

const fold = (text: string): string => searchKeys(text).join(' ');
const unique = (values: string[]): string[] => [...new Set(values.filter((v) => v.length > 0))];

const kindTermCache = new Map<string, string[]>();
const countryTermCache = new Map<string, string[]>();

/** The folded labels of a kind in all 30 locales. */
function kindTerms(kind: string): string[] {
  let terms = kindTermCache.get(kind);
  if (!terms) {
    const info = LISTING_KINDS.find((k) => k.slug === kind);
    terms = info ? unique(Object.values(info.labels).map(fold)) : [];
    kindTermCache.set(kind, terms);
  }
  return terms;
}

/** The folded names of a country in all 30 locales. */
function countryTerms(country: string): string[] {
  let terms = countryTermCache.get(country);
  if (!terms) {
    terms = (COUNTRY_CODES as readonly string[]).includes(country)
      ? unique(LOCALE_CODES.map((l) => fold(countryName(country as CountryCode, l))))
      : [];
    countryTermCache.set(country, terms);
  }
  return terms;
}

/** The folded label words of the codes (each code's own labels first, then its children's). */
function cpvTerms(codes: readonly string[], withChildren: boolean): string[] {
  const own = codes.flatMap((c) => foldedLabelTerms(c));
  const children = withChildren ? codes.flatMap((c) => childCodes(c).flatMap((child) => foldedLabelTerms(child))) : [];
  return unique([...own, ...children]);
}

const sizeOf = (record: ListingRecord): number => Buffer.byteLength(JSON.stringify(record), 'utf8');

/** Cuts a text to at most n characters, marking the cut. */
const cut = (text: string, n: number): string => (text.length <= n ? text : text.slice(0, Math.max(0, n - 1)).trimEnd() + '…');

/** Builds the record of a listing, trimmed to RECORD_BUDGET. */
export function toRecord(doc: SearchDocument): ListingRecord {
  const texts = Object.values(doc.texts).filter((t): t is { title: string; description: string } => t !== undefined);
  const published = Date.parse(doc.publishedAt);
  const record: ListingRecord = {
    objectID: doc.id,
    slug: doc.slug,
    type: doc.type,
    kind: doc.kind,
    cpvCodes: doc.cpvCodes,
    originalLocale: doc.originalLocale,
    texts: doc.texts,
    municipality: doc.municipality,
    country: doc.country,
    delivery: doc.delivery,
    workingLanguages: doc.workingLanguages,
    publishedAt: doc.publishedAt,
    expiresAt: doc.expiresAt,
    municipalityId: doc.municipality.id,
    cpvDivisions: unique(doc.cpvCodes.map((c) => c.slice(0, 2))),
    cpvPrefixes: unique(doc.cpvCodes.flatMap((c) => Array.from({ length: c.length }, (_, i) => c.slice(0, i + 1)))),
    publishedAtTs: Number.isFinite(published) ? Math.floor(published / 1000) : 0,
    titles: unique(texts.map((t) => fold(t.title))),
    places: unique([fold(doc.municipality.name), fold(doc.municipality.nameLatin ?? '')]),
    descriptions: unique(texts.map((t) => fold(t.description))),
    cpvTerms: cpvTerms(doc.cpvCodes, true),
    kindTerms: kindTerms(doc.kind),
    countryTerms: countryTerms(doc.country),
  };
  // Always set: the ranking puts urgent records first and the urgent filter needs false too.
  record.urgent = doc.urgent === true;
  if (Number.isFinite(doc.lat) && Number.isFinite(doc.lng)) record._geoloc = { lat: doc.lat!, lng: doc.lng! };
  return fitBudget(record);
}

/** Trims a record until it fits: children's CPV labels, then long descriptions (searchable and shown), then CPV words. */
function fitBudget(record: ListingRecord): ListingRecord {
  if (sizeOf(record) <= RECORD_BUDGET) return record;
  record.cpvTerms = cpvTerms(record.cpvCodes, false);
  for (const limit of [1500, 600, 200, 0]) {
    if (sizeOf(record) <= RECORD_BUDGET) return record;
    record.descriptions = record.descriptions.map((d) => d.slice(0, limit)).filter((d) => d.length > 0);
    record.texts = Object.fromEntries(
      Object.entries(record.texts).map(([locale, t]) => [locale, { title: t!.title, description: cut(t!.description, limit) }]),
    );
  }
  while (sizeOf(record) > RECORD_BUDGET && record.cpvTerms.length > 0) {
    record.cpvTerms = record.cpvTerms.slice(0, Math.floor(record.cpvTerms.length * 0.75));
  }
  return record;
}

/** Rebuilds the SearchDocument of a hit from the record's display attributes. */
export function fromRecord(hit: Pick<ListingRecord, 'objectID' | (typeof DISPLAY_ATTRIBUTES)[number]>): SearchDocument {
  const doc: SearchDocument = {
    id: hit.objectID,
    slug: hit.slug,
    type: hit.type,
    kind: hit.kind,
    cpvCodes: hit.cpvCodes ?? [],
    originalLocale: hit.originalLocale,
    texts: hit.texts ?? {},
    municipality: hit.municipality,
    country: hit.country,
    delivery: hit.delivery ?? [],
    workingLanguages: hit.workingLanguages ?? [],
    publishedAt: hit.publishedAt,
    expiresAt: hit.expiresAt,
  };
  if (hit._geoloc) {
    doc.lat = hit._geoloc.lat;
    doc.lng = hit._geoloc.lng;
  }
  if (hit.urgent === true) doc.urgent = true;
  return doc;
}
