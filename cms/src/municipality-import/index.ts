// The municipality importer: reads official municipality lists (Eurostat LAU CSV, countrystatecity JSON)
// and brings a MunicipalityStore in line with them. Plain TypeScript: the Strapi adapter lives elsewhere.
export type { ImportIssue, MunicipalityRecord, MunicipalityStore, SkipReason, SourceItem, StoredMunicipality } from './types';
export { readLauCsv, LAU_REQUIRED_COLUMNS } from './lau-csv';
export { readWesternBalkansJson } from './western-balkans-json';
export { countSourceRows, readMunicipalitySource } from './read-source';
export { changedFields, planUpsert, type UpsertPlan } from './plan-upsert';
export { createMemoryStore, formatIssue, runImport, type ImportOptions, type ImportProgress, type ImportSummary, type MemoryStore } from './run-import';
