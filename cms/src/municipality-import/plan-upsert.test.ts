import { describe, expect, it } from 'vitest';
import { planUpsert } from './plan-upsert';
import type { MunicipalityRecord, StoredMunicipality } from './types';

const burgas: MunicipalityRecord = {
  officialCode: 'BG_BGS04', lauId: 'BGS04', name: 'Бургас', country: 'BG', nuts2: 'BG34', nuts3: 'BG341',
  lat: 42.518093805189466, lng: 27.44331625888605, population: 208915, areaKm2: 560.02368208, source: 'lau', sourceYear: 2020,
};
const aitos: MunicipalityRecord = { ...burgas, officialCode: 'BG_BGS01', lauId: 'BGS01', name: 'Айтос', population: 27849 };

function stored(...records: MunicipalityRecord[]): Map<string, StoredMunicipality> {
  return new Map(records.map((r, i) => [r.officialCode, { ...r, documentId: `doc-${i}` }]));
}

describe('planUpsert', () => {
  it('creates what is new, leaves what is equal', () => {
    const plan = planUpsert(stored(burgas), [burgas, aitos]);
    expect(plan).toEqual({ create: [aitos], update: [], unchanged: 1, issues: [] });
  });

  it('names the changed fields and ignores coordinate noise below 1e-7 and null for absent', () => {
    const existing = new Map([[burgas.officialCode, {
      ...burgas, lat: burgas.lat + 5e-8, nameLatin: null, documentId: 'doc-b',
    } as unknown as StoredMunicipality]]);
    expect(planUpsert(existing, [burgas]).unchanged).toBe(1);
    const moved = { ...burgas, lng: burgas.lng + 1e-6, population: 210000, nuts3: undefined };
    const plan = planUpsert(existing, [moved]);
    // A field the source no longer gives (nuts3) is not a change: one source never erases another's data.
    expect(plan.update).toEqual([{ documentId: 'doc-b', record: { ...moved, nuts3: undefined }, changed: ['lng', 'population'] }]);
    expect(plan.update[0].record).not.toHaveProperty('nuts3');
  });

  it('keeps the last of duplicate codes and reports the duplicate', () => {
    const plan = planUpsert(new Map(), [burgas, aitos, { ...burgas, population: 1 }]);
    expect(plan.create.map((r) => [r.officialCode, r.population])).toEqual([['BG_BGS01', 27849], ['BG_BGS04', 1]]);
    expect(plan.issues).toHaveLength(1);
    expect(plan.issues[0]).toMatchObject({ where: 'incoming[2]', field: 'officialCode' });
    expect(plan.issues[0].message).toMatch(/duplicate officialCode BG_BGS04/);
  });
});
