import { compactRecord, RECORD_FIELDS } from './record';
import type { ImportIssue, MunicipalityRecord, StoredMunicipality } from './types';

/** What to write so the store matches the incoming records. */
export interface UpsertPlan {
  create: MunicipalityRecord[];
  update: { documentId: string; record: MunicipalityRecord; changed: string[] }[];
  unchanged: number;
  issues: ImportIssue[];
}

// Coordinates come back from a database as doubles or decimals; a difference below 1e-7 degrees (about
// 1 cm) is storage noise, not a change. Areas are decimals too.
const TOLERANCE: Partial<Record<(typeof RECORD_FIELDS)[number], number>> = { lat: 1e-7, lng: 1e-7, areaKm2: 1e-6 };

function same(field: (typeof RECORD_FIELDS)[number], a: unknown, b: unknown): boolean {
  // A database hands back null where the record has no value.
  const x = a ?? undefined;
  const y = b ?? undefined;
  if (typeof x === 'number' && typeof y === 'number') return Math.abs(x - y) <= (TOLERANCE[field] ?? 0);
  return x === y;
}

/**
 * Names the fields in which an incoming record differs from the stored one. A field the incoming source
 * does not give is not a change: one source (say the Western Balkans file, without populations) never
 * erases what another (the LAU file) brought.
 */
export function changedFields(stored: MunicipalityRecord, incoming: MunicipalityRecord): string[] {
  return RECORD_FIELDS.filter((field) => incoming[field] !== undefined && incoming[field] !== null && !same(field, stored[field], incoming[field]));
}

/**
 * Compares incoming records with the stored ones (keyed by officialCode) field by field and says which to
 * create, which to update (with the changed fields) and how many are already up to date. Within
 * `incoming`, a repeated officialCode is reported and the last occurrence wins.
 */
export function planUpsert(existing: Map<string, StoredMunicipality>, incoming: MunicipalityRecord[]): UpsertPlan {
  const latest = new Map<string, { record: MunicipalityRecord; index: number }>();
  const issues: ImportIssue[] = [];
  incoming.forEach((record, index) => {
    const previous = latest.get(record.officialCode);
    if (previous) {
      issues.push({
        file: '(incoming)', line: 0, where: `incoming[${index}]`, field: 'officialCode',
        message: `duplicate officialCode ${record.officialCode} (also at incoming[${previous.index}]): the last one is used`,
      });
      latest.delete(record.officialCode); // re-insert so the plan keeps the order of last occurrences
    }
    latest.set(record.officialCode, { record: compactRecord(record), index });
  });

  const plan: UpsertPlan = { create: [], update: [], unchanged: 0, issues };
  for (const { record } of latest.values()) {
    const stored = existing.get(record.officialCode);
    if (!stored) {
      plan.create.push(record);
      continue;
    }
    const changed = changedFields(stored, record);
    if (changed.length === 0) plan.unchanged++;
    else plan.update.push({ documentId: stored.documentId, record, changed });
  }
  return plan;
}
