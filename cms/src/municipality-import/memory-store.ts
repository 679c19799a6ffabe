import { compactRecord } from './record';
import type { MunicipalityRecord, MunicipalityStore, StoredMunicipality } from './types';

/** An in-memory MunicipalityStore with a view of its contents: for tests and dry runs. */
export interface MemoryStore extends MunicipalityStore {
  /** Every stored municipality, sorted by officialCode. */
  all(): StoredMunicipality[];
  readonly size: number;
}

/** Creates an empty in-memory store; it copies what it is given, so callers cannot alter it afterwards. */
export function createMemoryStore(initial: MunicipalityRecord[] = []): MemoryStore {
  const byCode = new Map<string, StoredMunicipality>();
  const codeOf = new Map<string, string>(); // documentId -> officialCode
  let nextId = 1;
  const insert = (record: MunicipalityRecord) => {
    if (byCode.has(record.officialCode)) throw new Error(`memory store: ${record.officialCode} already exists`);
    const documentId = `mem-${nextId++}`;
    byCode.set(record.officialCode, { ...compactRecord(record), documentId });
    codeOf.set(documentId, record.officialCode);
  };
  initial.forEach(insert);

  return {
    async findByOfficialCodes(codes) {
      const found = new Map<string, StoredMunicipality>();
      for (const code of codes) {
        const stored = byCode.get(code);
        if (stored) found.set(code, { ...stored });
      }
      return found;
    },
    async create(records) {
      records.forEach(insert);
    },
    async update(items) {
      for (const { documentId, record } of items) {
        const code = codeOf.get(documentId);
        if (!code) throw new Error(`memory store: no document ${documentId}`);
        if (code !== record.officialCode) throw new Error(`memory store: ${documentId} holds ${code}, not ${record.officialCode}`);
        // Like the CMS store: an update writes the fields the record gives and keeps the others.
        byCode.set(code, { ...byCode.get(code)!, ...compactRecord(record), documentId });
      }
    },
    all() {
      return [...byCode.values()].map((m) => ({ ...m })).sort((a, b) => (a.officialCode < b.officialCode ? -1 : a.officialCode > b.officialCode ? 1 : 0));
    },
    get size() {
      return byCode.size;
    },
  };
}
