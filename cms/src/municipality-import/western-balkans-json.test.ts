import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readWesternBalkansJson } from './western-balkans-json';
import { sharedDataFile } from './test-data';
import type { MunicipalityRecord, SourceItem } from './types';

async function readAll(file: string): Promise<SourceItem[]> {
  const items: SourceItem[] = [];
  for await (const item of readWesternBalkansJson(file)) items.push(item);
  return items;
}

describe('readWesternBalkansJson on the real countrystatecity file', () => {
  let items: SourceItem[];
  let byCountry: Map<string, MunicipalityRecord[]>;
  beforeAll(async () => {
    items = await readAll(sharedDataFile('western-balkans/countrystatecity_wb6_states_cities.json'));
    byCountry = new Map();
    for (const { record } of items) if (record) byCountry.set(record.country, [...(byCountry.get(record.country) ?? []), record]);
  });

  it('yields records only, with unique codes', () => {
    expect(items.filter((i) => !i.record)).toEqual([]);
    const codes = items.map((i) => i.record!.officialCode);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('imports the 25 municipalities of Montenegro, keyed by ISO 3166-2, with Latin names', () => {
    const me = byCountry.get('ME')!;
    expect(me).toHaveLength(25);
    expect(me.every((r) => /^WB_ME-\d\d$/.test(r.officialCode) && r.source === 'western-balkans')).toBe(true);
    // Montenegrin is written in Latin on the platform (sr-Latn-ME); the source's Cyrillic for Plav ('Игра') is wrong anyway.
    expect(me.find((r) => r.officialCode === 'WB_ME-13')).toEqual({
      officialCode: 'WB_ME-13', name: 'Plav', country: 'ME', lat: 42.6001337, lng: 19.9407541, source: 'western-balkans',
    });
  });

  it('imports the 80 municipalities of North Macedonia in Cyrillic, with the Latin name beside', () => {
    const mk = byCountry.get('MK')!;
    expect(mk).toHaveLength(80);
    const find = (code: string) => mk.find((r) => r.officialCode === code);
    expect(find('MK_MK00501')).toMatchObject({ name: 'Битола', nameLatin: 'Bitola', country: 'MK' });
    expect(find('MK_MK00805')).toMatchObject({ name: 'Ѓорче Петров', nameLatin: 'Gjorče Petrov' });
    expect(find('MK_MK00607')).toMatchObject({ name: 'Маврово и Ростуша', nameLatin: 'Mavrovo and Rostuša' });
    expect(mk.every((r) => /\p{Script=Cyrillic}/u.test(r.name))).toBe(true);
  });

  it('imports the municipality seats of Kosovo and of Bosnia and Herzegovina, nothing of Albania and Serbia', () => {
    const xk = byCountry.get('XK')!;
    expect(xk).toHaveLength(36);
    expect(xk.find((r) => r.officialCode === 'WB_XK-prishtine')).toMatchObject({ name: 'Pristina' });
    expect(xk.some((r) => r.name === 'Dranoc')).toBe(false); // a village
    const ba = byCountry.get('BA')!;
    expect(ba).toHaveLength(107);
    expect(ba.find((r) => r.officialCode === 'WB_BA-visegrad')).toMatchObject({ name: 'Višegrad' });
    expect(ba.find((r) => r.officialCode === 'WB_BA-foca-ustikolina')).toMatchObject({ name: 'Ustikolina' });
    expect(ba.some((r) => /Kanton/.test(r.name))).toBe(false);
    expect(byCountry.has('AL')).toBe(false);
    expect(byCountry.has('RS')).toBe(false);
  });
});

describe('readWesternBalkansJson on malformed input', () => {
  const tmp = mkdtempSync(path.join(tmpdir(), 'wb-json-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));
  const write = (name: string, data: unknown) => {
    const file = path.join(tmp, name);
    writeFileSync(file, typeof data === 'string' ? data : JSON.stringify(data));
    return file;
  };

  it('reports bad entries by index path and field, and keeps the good ones', async () => {
    const file = write('wb.json', {
      ME: {
        states: [
          { name: 'Andrijevica', native: 'Андријевица', type: 'municipality', iso3166_2: 'ME-01', lat: 42.7, lon: 19.8, cities: [] },
          { name: '', native: null, type: 'municipality', iso3166_2: 'ME-02', lat: 'north', lon: 19, cities: [] },
          { name: 'Budva', native: null, type: 'municipality', iso3166_2: null, lat: 42.3, lon: 18.8, cities: [] },
        ],
      },
      XK: { states: [{ name: 'Prizren', type: 'district', iso3166_2: 'XK-PRI', lat: 42.2, lon: 20.7, cities: [{ name: 'Prizren', lat: 42.2, lon: 999 }] }] },
      CH: { states: [{ name: 'Bern', type: 'municipality', iso3166_2: 'CH-BE', lat: 46.9, lon: 7.4, cities: [] }] },
    });
    const items = await readAll(file);
    expect(items.filter((i) => i.record).map((i) => i.record!.officialCode)).toEqual(['WB_ME-01']);
    expect(items.flatMap((i) => i.issues ?? []).map((i) => [i.where, i.field])).toEqual([
      ['ME.states[1]', 'name'], ['ME.states[1]', 'lat'], ['ME.states[2]', 'iso3166_2'], ['XK.states[0].cities[0]', 'lon'],
    ]);
    expect(items.filter((i) => i.skipped).map((i) => i.where)).toEqual(['CH.states[0]']);
  });

  it('reports a file of another shape, or not JSON at all, as one issue', async () => {
    for (const file of [write('other.json', [{ id: 1 }]), write('broken.json', '{"ME": ')]) {
      const items = await readAll(file);
      expect(items).toHaveLength(1);
      expect(items[0].issues?.[0].message).toMatch(/^(not a countrystatecity file|cannot read JSON)/);
    }
  });
});
