import { Readable } from 'node:stream';
import type { Core } from '@strapi/strapi';
import { stringify } from 'csv-stringify';
import { exchangeStatsTable } from '../../../domain/exchange/impact-stats';
import { completedExchangeRows } from '../../exchange/lib/completed-rows';

/** The licence of every open-data file (the municipality names and codes keep their own attribution, see README). */
export const LICENCE = {
  name: 'Creative Commons Attribution 4.0 International (CC BY 4.0)',
  url: 'https://creativecommons.org/licenses/by/4.0/',
  attribution: 'Community Sharing platform; municipality names and codes © EuroGeographics / Eurostat (GISCO); CPV 2008 © European Union',
};

export const LISTING_COLUMNS = [
  'documentId', 'slug', 'type', 'kind', 'cpvCodes', 'title', 'originalLocale', 'municipalityName', 'municipalityCountry', 'municipalityOfficialCode',
  'publishedOn', 'availableFrom', 'neededBy', 'expiresAt', 'quantity', 'remainingQuantity', 'unit',
] as const;

export const STATS_COLUMNS = ['month', 'kind', 'country', 'completed', 'valueEur', 'massKg', 'co2eKg', 'volunteerHours', 'expertDays'] as const;

const PAGE = 500;
const day = (value: unknown) => (value ? new Date(value as string).toISOString().slice(0, 10) : null);
const decimal = (value: unknown) => (value === null || value === undefined ? null : Number(value));

export default ({ strapi }: { strapi: Core.Strapi }) => {
  /** Published listings in their original language, page by page, with no person data (no author, no contact). */
  async function* listings() {
    for (let offset = 0; ; offset += PAGE) {
      const rows = await strapi.db.query('api::listing.listing').findMany({
        where: { moderationStatus: 'published' },
        select: ['documentId', 'slug', 'type', 'kind', 'cpvCodes', 'title', 'originalLocale', 'locale', 'publishedOn', 'availableFrom', 'neededBy', 'expiresAt', 'quantity', 'remainingQuantity', 'unit'],
        populate: { municipality: { select: ['name', 'country', 'officialCode'] } },
        orderBy: { id: 'asc' },
        offset,
        limit: PAGE,
      });
      for (const row of rows) {
        if (row.locale !== row.originalLocale) continue; // a translation: the original row is the one published
        yield {
          documentId: row.documentId,
          slug: row.slug,
          type: row.type,
          kind: row.kind,
          cpvCodes: Array.isArray(row.cpvCodes) ? row.cpvCodes : [],
          title: row.title,
          originalLocale: row.originalLocale,
          municipalityName: row.municipality?.name ?? null,
          municipalityCountry: row.municipality?.country ?? null,
          municipalityOfficialCode: row.municipality?.officialCode ?? null,
          publishedOn: row.publishedOn ? new Date(row.publishedOn).toISOString() : null,
          availableFrom: day(row.availableFrom),
          neededBy: day(row.neededBy),
          expiresAt: day(row.expiresAt),
          quantity: decimal(row.quantity),
          remainingQuantity: decimal(row.remainingQuantity),
          unit: row.unit ?? null,
        };
      }
      if (rows.length < PAGE) return;
    }
  }

  async function* stats() {
    yield* exchangeStatsTable(await completedExchangeRows(strapi));
  }

  /** A CSV stream with a header row; lists (CPV codes) joined by ";". */
  function csv(rows: AsyncIterable<Record<string, unknown>>, columns: readonly string[]): Readable {
    const flat = async function* () {
      for await (const row of rows) yield Object.fromEntries(columns.map((column) => [column, Array.isArray(row[column]) ? (row[column] as unknown[]).join(';') : row[column]]));
    };
    return Readable.from(flat()).pipe(stringify({ header: true, columns: [...columns] }));
  }

  /** A JSON document streamed row by row: { licence, generatedAt, columns, data: [...] }. */
  function json(rows: AsyncIterable<Record<string, unknown>>, columns: readonly string[]): Readable {
    return Readable.from(
      (async function* () {
        yield `{"licence":${JSON.stringify(LICENCE)},"generatedAt":${JSON.stringify(new Date().toISOString())},"columns":${JSON.stringify(columns)},"data":[`;
        let first = true;
        for await (const row of rows) {
          yield (first ? '' : ',') + JSON.stringify(row);
          first = false;
        }
        yield ']}';
      })(),
    );
  }

  return {
    listingsCsv: () => csv(listings(), LISTING_COLUMNS),
    listingsJson: () => json(listings(), LISTING_COLUMNS),
    statsCsv: () => csv(stats(), STATS_COLUMNS),
    statsJson: () => json(stats(), STATS_COLUMNS),
  };
};
