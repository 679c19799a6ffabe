import type { MunicipalityRecord } from './types';

/** Every field of a MunicipalityRecord, in a stable order: what the upsert plan compares. */
export const RECORD_FIELDS = [
  'officialCode', 'lauId', 'name', 'nameLatin', 'country', 'nuts2', 'nuts3', 'lat', 'lng', 'population', 'areaKm2',
  'source', 'sourceYear',
] as const satisfies readonly (keyof MunicipalityRecord)[];

/** Drops absent optional fields, so records compare, print and serialise the same way whatever produced them. */
export function compactRecord(record: MunicipalityRecord): MunicipalityRecord {
  const out: Record<string, unknown> = {};
  for (const field of RECORD_FIELDS) {
    const value = record[field];
    if (value !== undefined && value !== null) out[field] = value;
  }
  return out as unknown as MunicipalityRecord;
}
