import type { CountryCode } from '@community-sharing/config';

/** One municipality as read from a source file, in the shape the CMS stores it. */
export interface MunicipalityRecord {
  /**
   * Unique key across all sources: the LAU file's gisco_id (e.g. 'BG_BGS01', 'EL_01010101'), or for the
   * Western Balkans file 'WB_' + the ISO 3166-2 code ('WB_ME-01') or 'WB_' + country + '-' + slug of the
   * place ('WB_XK-prizren') where the source has no code for the municipality.
   */
  officialCode: string;
  lauId?: string;
  /** Name in the national script, as the source gives it. */
  name: string;
  /** Latin name, only when the source gives one that differs from `name`. */
  nameLatin?: string;
  country: CountryCode;
  nuts2?: string;
  nuts3?: string;
  lat: number;
  lng: number;
  population?: number;
  areaKm2?: number;
  source: 'lau' | 'western-balkans';
  sourceYear?: number;
}

/** A stored municipality: the record plus the Strapi Document Service id. */
export type StoredMunicipality = MunicipalityRecord & { documentId: string };

/** A problem found in a source, located precisely enough for an operator to fix the file. */
export interface ImportIssue {
  file: string;
  /** 1-based line in the file, header = line 1; 0 where lines do not apply (JSON: see `where`). */
  line: number;
  /** For JSON sources, the index path of the entry, e.g. 'ME.states[3]'. */
  where?: string;
  field?: string;
  message: string;
}

/** Why a well-formed source row was not imported (counted, not an error). */
export type SkipReason = 'country-not-served';

/**
 * One row (CSV) or entry (JSON) of a source, or one file-level problem: exactly one of `record`, `issues`
 * or `skipped` is set. `file`/`line`/`where` locate it so later stages (duplicate detection) can point at it.
 */
export interface SourceItem {
  file: string;
  line: number;
  where?: string;
  record?: MunicipalityRecord;
  issues?: ImportIssue[];
  skipped?: SkipReason;
}

/** Where the importer reads and writes municipalities: Strapi's Document Service in the CMS, memory in tests. */
export interface MunicipalityStore {
  /** The stored municipalities among `codes`, keyed by officialCode (absent codes are simply missing). */
  findByOfficialCodes(codes: string[]): Promise<Map<string, StoredMunicipality>>;
  create(records: MunicipalityRecord[]): Promise<void>;
  update(items: { documentId: string; record: MunicipalityRecord }[]): Promise<void>;
}
