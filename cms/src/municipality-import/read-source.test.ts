import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { countSourceRows, readMunicipalitySource } from './read-source';
import { sharedDataFile } from './test-data';
import type { SourceItem } from './types';

const HEADER = 'gisco_id,longitude,latitude,country,nuts_2,nuts_3,lau_id,lau_name,population,area_km2,year';
const tmp = mkdtempSync(path.join(tmpdir(), 'read-source-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function readAll(source: string): Promise<SourceItem[]> {
  const items: SourceItem[] = [];
  for await (const item of readMunicipalitySource(source)) items.push(item);
  return items;
}

describe('readMunicipalitySource', () => {
  const folder = path.join(tmp, 'folder');
  mkdirSync(folder);
  writeFileSync(path.join(folder, 'b.csv'), `${HEADER}\nSI_1,14.5,46.05,SI,SI04,SI041,1,Ljubljana,280000,275,2020\nNO_1,10.7,59.9,NO,NO08,NO081,1,Oslo,700000,454,2020\n`);
  writeFileSync(path.join(folder, 'a.csv'), `${HEADER}\nHR_1,15.97,45.81,HR,HR05,HR050,1,Zagreb,790000,641,2020\nHR_2,16.44,43.51,HR,HR03,HR035,2,Split,178000,79,2020`);
  writeFileSync(path.join(folder, 'notes.txt'), 'not data\n');

  it('reads every .csv of a folder in name order and reports a stray file without crashing', async () => {
    const items = await readAll(folder);
    expect(items.map((i) => [path.basename(i.file), i.line, i.record?.officialCode ?? i.skipped ?? i.issues?.[0].message])).toEqual([
      ['notes.txt', 0, 'ignored: not a .csv or .json file'],
      ['a.csv', 2, 'HR_1'],
      ['a.csv', 3, 'HR_2'],
      ['b.csv', 2, 'SI_1'],
      ['b.csv', 3, 'country-not-served'],
    ]);
  });

  it('counts the rows of a folder for a progress total', async () => {
    expect(await countSourceRows(folder)).toBe(5);
  });

  it('reads a single file, and reports a file of unknown type or a missing path as an issue', async () => {
    expect((await readAll(path.join(folder, 'a.csv'))).filter((i) => i.record)).toHaveLength(2);
    expect((await readAll(path.join(folder, 'notes.txt')))[0].issues?.[0].message).toMatch(/unsupported file type/);
    expect((await readAll(path.join(tmp, 'nowhere')))[0].issues?.[0].message).toMatch(/cannot read source: ENOENT/);
  });

  it('counts a real LAU file by its lines and the Western Balkans file by its municipalities', async () => {
    expect(await countSourceRows(sharedDataFile('lau/EL.csv'))).toBe(6135);
    expect(await countSourceRows(sharedDataFile('western-balkans/countrystatecity_wb6_states_cities.json'))).toBe(25 + 80 + 36 + 107);
  });
});
