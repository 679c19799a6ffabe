import { planUpsert } from './plan-upsert';
import { countSourceRows, readMunicipalitySource } from './read-source';
import type { ImportIssue, MunicipalityRecord, MunicipalityStore } from './types';

export { createMemoryStore, type MemoryStore } from './memory-store';
export { formatIssue } from './format-issue';
export type { MunicipalityStore } from './types';

/** Running totals reported while an import proceeds. */
export interface ImportProgress {
  read: number;
  total: number;
  created: number;
  updated: number;
  unchanged: number;
  skipped: number;
  issues: number;
}

/** What an import did, with every issue found. */
export interface ImportSummary {
  read: number;
  created: number;
  updated: number;
  unchanged: number;
  skipped: number;
  issues: ImportIssue[];
}

/** Options of runImport. */
export interface ImportOptions {
  /** Records looked up and written together (default 500). */
  batchSize?: number;
  /** Called after each batch is written, and once at the end. */
  onProgress?: (progress: ImportProgress) => void;
}

/**
 * Imports municipalities from a file or folder into a store, batch by batch (read, look up existing by
 * code, plan, write), so a 60,000-row source never sits in memory as one plan; importing the same source
 * again writes nothing.
 */
export async function runImport(sourcePath: string, store: MunicipalityStore, options: ImportOptions = {}): Promise<ImportSummary> {
  const batchSize = Math.max(1, options.batchSize ?? 500);
  const total = options.onProgress ? await countSourceRows(sourcePath) : 0;
  const summary: ImportSummary = { read: 0, created: 0, updated: 0, unchanged: 0, skipped: 0, issues: [] };
  const report = () => options.onProgress?.({ ...summary, total: Math.max(total, summary.read), issues: summary.issues.length });

  // officialCode -> where it was first read. A later duplicate is reported and dropped: the first one wins
  // because it has already been written when the duplicate turns up in a later batch, and letting the
  // duplicate overwrite it would make every re-import rewrite the record twice.
  const firstSeen = new Map<string, string>();
  let batch: MunicipalityRecord[] = [];

  const flush = async () => {
    if (batch.length === 0) return;
    const existing = await store.findByOfficialCodes(batch.map((r) => r.officialCode));
    const plan = planUpsert(existing, batch);
    batch = [];
    if (plan.create.length > 0) await store.create(plan.create);
    if (plan.update.length > 0) await store.update(plan.update.map(({ documentId, record }) => ({ documentId, record })));
    summary.created += plan.create.length;
    summary.updated += plan.update.length;
    summary.unchanged += plan.unchanged;
    summary.issues.push(...plan.issues); // none: duplicates are dropped before planning
    report();
  };

  for await (const item of readMunicipalitySource(sourcePath)) {
    summary.read++;
    if (item.issues) summary.issues.push(...item.issues);
    if (item.skipped) summary.skipped++;
    if (!item.record) continue;
    const here = item.where ?? `line ${item.line}`;
    const first = firstSeen.get(item.record.officialCode);
    if (first) {
      summary.issues.push({
        file: item.file, line: item.line, where: item.where, field: 'officialCode',
        message: `duplicate officialCode ${item.record.officialCode} (first read at ${first}): ignored`,
      });
      continue;
    }
    firstSeen.set(item.record.officialCode, `${item.file} ${here}`);
    batch.push(item.record);
    if (batch.length >= batchSize) await flush();
  }
  await flush();
  report();
  return summary;
}
