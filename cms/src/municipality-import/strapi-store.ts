import type { Core } from '@strapi/strapi';
import type { MunicipalityRecord, MunicipalityStore, StoredMunicipality } from './types';

const UID = 'api::municipality.municipality';
const FIELDS = ['officialCode', 'lauId', 'name', 'nameLatin', 'country', 'nuts2', 'nuts3', 'lat', 'lng', 'population', 'areaKm2', 'source', 'sourceYear'] as const;

/** The CMS side of the importer: municipalities in Strapi, written through the Document Service in one transaction per batch. */
export function createStrapiMunicipalityStore(strapi: Core.Strapi): MunicipalityStore {
  return {
    async findByOfficialCodes(codes) {
      const rows = await strapi.db.query(UID).findMany({ where: { officialCode: { $in: codes } }, select: ['documentId', ...FIELDS], orderBy: { id: 'asc' } });
      const found = new Map<string, StoredMunicipality>();
      for (const row of rows) {
        const stored: Record<string, unknown> = { documentId: row.documentId };
        // Absent optional values are undefined in records and null in the database; compare like with like.
        for (const field of FIELDS) if (row[field] !== null && row[field] !== undefined) stored[field] = row[field];
        found.set(row.officialCode, stored as unknown as StoredMunicipality);
      }
      return found;
    },
    async create(records) {
      await strapi.db.transaction(async () => {
        for (const record of records) await strapi.documents(UID).create({ data: toData(record) as any });
      });
    },
    async update(items) {
      await strapi.db.transaction(async () => {
        for (const { documentId, record } of items) await strapi.documents(UID).update({ documentId, data: toData(record) as any });
      });
    },
  };
}

/** The fields the record gives; an absent one keeps its stored value (another source may have brought it). */
function toData(record: MunicipalityRecord): Record<string, unknown> {
  return Object.fromEntries(FIELDS.filter((field) => record[field] !== undefined && record[field] !== null).map((field) => [field, record[field]]));
}
