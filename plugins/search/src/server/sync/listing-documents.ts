import type { Core } from '@strapi/strapi';
import { isLocaleCode, type CountryCode, type ListingKindSlug, type LocaleCode } from '@community-sharing/config';
import type { SearchDocument } from '../../contract/types';

const LISTING_UID = 'api::listing.listing';
const MUNICIPALITY_FIELDS = ['documentId', 'slug', 'name', 'nameLatin', 'country', 'lat', 'lng'];

type Row = Record<string, any>;

/** Today as YYYY-MM-DD: a listing whose expiry is before today is not searchable. */
function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** True when a listing (its original-locale row) belongs in search: published and not yet expired. */
export function isSearchable(row: Row, day = today()): boolean {
  return row.moderationStatus === 'published' && (!row.expiresAt || String(row.expiresAt).slice(0, 10) >= day);
}

/** An open urgent request: flagged urgent by its verified owner and within its term (the hourly job ends it after). */
export function isOpenUrgent(row: Row, now = Date.now()): boolean {
  return row.type === 'request' && !!row.urgency && (!row.urgentUntil || new Date(row.urgentUntil).getTime() > now);
}

/** One SearchDocument from all locale rows of one listing (the original row gives the language-free fields). */
export function toSearchDocument(rows: Row[]): SearchDocument | null {
  const original = rows.find((row) => row.locale === row.originalLocale) ?? rows[0];
  if (!original || !isSearchable(original)) return null;
  const municipality = original.municipality;
  if (!municipality) return null;
  const texts: SearchDocument['texts'] = {};
  for (const row of rows) {
    if (isLocaleCode(row.locale)) texts[row.locale as LocaleCode] = { title: row.title ?? '', description: row.description ?? '' };
  }
  const lat = original.lat ?? municipality.lat ?? undefined;
  const lng = original.lng ?? municipality.lng ?? undefined;
  return {
    id: original.documentId,
    slug: original.slug,
    type: original.type,
    kind: original.kind as ListingKindSlug,
    cpvCodes: Array.isArray(original.cpvCodes) ? original.cpvCodes : [],
    originalLocale: (isLocaleCode(original.originalLocale) ? original.originalLocale : 'en') as LocaleCode,
    texts,
    municipality: { id: municipality.documentId, slug: municipality.slug, name: municipality.name, ...(municipality.nameLatin ? { nameLatin: municipality.nameLatin } : {}) },
    country: municipality.country as CountryCode,
    delivery: Array.isArray(original.delivery) ? original.delivery : [],
    workingLanguages: Array.isArray(original.workingLanguages) ? original.workingLanguages.filter(isLocaleCode) : [],
    ...(typeof lat === 'number' && typeof lng === 'number' ? { lat, lng } : {}),
    publishedAt: new Date(original.publishedOn ?? original.createdAt).toISOString(),
    expiresAt: String(original.expiresAt).slice(0, 10),
    ...(isOpenUrgent(original) ? { urgent: true } : {}),
  };
}

function groupByDocument(rows: Row[]): Map<string, Row[]> {
  const groups = new Map<string, Row[]>();
  for (const row of rows) {
    const group = groups.get(row.documentId);
    if (group) group.push(row);
    else groups.set(row.documentId, [row]);
  }
  return groups;
}

/** The search state of the given listings: documents to index, and ids to remove (unpublished, expired, deleted). */
export async function loadListingDocuments(strapi: Core.Strapi, documentIds: string[]): Promise<{ documents: SearchDocument[]; removed: string[] }> {
  const rows = await strapi.db.query(LISTING_UID).findMany({
    where: { documentId: { $in: documentIds } },
    populate: { municipality: { select: MUNICIPALITY_FIELDS } },
    orderBy: [{ documentId: 'asc' }, { id: 'asc' }],
  });
  const groups = groupByDocument(rows);
  const documents: SearchDocument[] = [];
  const removed: string[] = [];
  for (const id of documentIds) {
    const document = groups.has(id) ? toSearchDocument(groups.get(id)!) : null;
    if (document) documents.push(document);
    else removed.push(id);
  }
  return { documents, removed };
}

/** The documentIds of a municipality's listings (a renamed municipality changes their search records). */
export async function listingIdsOfMunicipality(strapi: Core.Strapi, municipalityDocumentId: string): Promise<string[]> {
  const rows = await strapi.db.query(LISTING_UID).findMany({
    where: { municipality: { documentId: municipalityDocumentId } },
    select: ['documentId'],
    orderBy: { id: 'asc' },
  });
  return [...new Set(rows.map((row: Row) => row.documentId as string))];
}

/**
 * Every searchable listing, in batches, walking the table by documentId (keyset pagination, so the walk costs
 * the same at 100,000 rows as at 100). A listing's locale rows are never split across batches.
 */
export async function* allListingDocuments(strapi: Core.Strapi, batchSize = 1000): AsyncGenerator<SearchDocument[]> {
  let after = '';
  for (;;) {
    const rows: Row[] = await strapi.db.query(LISTING_UID).findMany({
      where: { documentId: { $gt: after } },
      populate: { municipality: { select: MUNICIPALITY_FIELDS } },
      orderBy: [{ documentId: 'asc' }, { id: 'asc' }],
      limit: batchSize,
    });
    if (rows.length === 0) return;
    const last = rows[rows.length - 1].documentId;
    // The last listing of a full page may continue on the next one: read all of its rows now.
    if (rows.length === batchSize) {
      const rest = await strapi.db.query(LISTING_UID).findMany({
        where: { documentId: last, id: { $gt: rows[rows.length - 1].id } },
        populate: { municipality: { select: MUNICIPALITY_FIELDS } },
        orderBy: { id: 'asc' },
      });
      rows.push(...rest);
    }
    const documents = [...groupByDocument(rows).values()].map(toSearchDocument).filter((d): d is SearchDocument => d !== null);
    if (documents.length) yield documents;
    after = last;
  }
}
