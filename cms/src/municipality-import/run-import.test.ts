import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createMemoryStore, formatIssue, runImport, type ImportProgress } from './run-import';
import { sharedDataFile } from './test-data';

const tmp = mkdtempSync(path.join(tmpdir(), 'run-import-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('runImport on the real BG, EL and RS files', () => {
  // A folder linking the three official files, as an operator would point at a folder of downloads.
  const folder = path.join(tmp, 'lau');
  mkdirSync(folder);
  for (const country of ['BG', 'EL', 'RS']) symlinkSync(sharedDataFile(`lau/${country}.csv`), path.join(folder, `${country}.csv`));
  const N = 265 + 6135 + 169;

  it('creates every municipality once, and a second run changes nothing', async () => {
    const store = createMemoryStore();
    const progress: ImportProgress[] = [];
    const first = await runImport(folder, store, { onProgress: (p) => progress.push(p) });
    expect(first.issues.map(formatIssue)).toEqual([]);
    expect(first).toMatchObject({ read: N, created: N, updated: 0, unchanged: 0, skipped: 0 });
    expect(store.size).toBe(N);
    expect(progress.length).toBeGreaterThanOrEqual(Math.ceil(N / 500));
    expect(progress.at(-1)).toEqual({ read: N, total: N, created: N, updated: 0, unchanged: 0, skipped: 0, issues: 0 });
    const afterFirst = store.all();

    const second = await runImport(folder, store, { batchSize: 777 });
    expect(second).toEqual({ read: N, created: 0, updated: 0, unchanged: N, skipped: 0, issues: [] });
    expect(store.all()).toEqual(afterFirst);
    expect(afterFirst.find((m) => m.officialCode === 'BG_BGS04')).toMatchObject({ name: 'Бургас', population: 208915 });
    expect(afterFirst.filter((m) => m.officialCode.startsWith('EL_')).every((m) => m.country === 'GR')).toBe(true);
  });

  it('updates only the rows that changed in the file', async () => {
    const store = createMemoryStore();
    await runImport(sharedDataFile('lau/BG.csv'), store);
    const edited = path.join(tmp, 'BG.csv');
    writeFileSync(edited, readFileSync(sharedDataFile('lau/BG.csv'), 'utf8').replace(',Бургас,208915,', ',Бургас,210000,'));
    const summary = await runImport(edited, store, { batchSize: 50 });
    expect(summary).toMatchObject({ created: 0, updated: 1, unchanged: 264 });
    expect(store.all().find((m) => m.officialCode === 'BG_BGS04')?.population).toBe(210000);
  });
});

describe('runImport on the real Western Balkans file', () => {
  it('creates its municipalities once, and a second run changes nothing', async () => {
    const file = sharedDataFile('western-balkans/countrystatecity_wb6_states_cities.json');
    const store = createMemoryStore();
    const first = await runImport(file, store, { batchSize: 100 });
    expect(first).toEqual({ read: 248, created: 248, updated: 0, unchanged: 0, skipped: 0, issues: [] });
    const contents = store.all();
    expect(await runImport(file, store)).toEqual({ read: 248, created: 0, updated: 0, unchanged: 248, skipped: 0, issues: [] });
    expect(store.all()).toEqual(contents);
  });
});

describe('runImport on a messy folder', () => {
  const folder = path.join(tmp, 'messy');
  mkdirSync(folder);
  const header = 'gisco_id,longitude,latitude,country,nuts_2,nuts_3,lau_id,lau_name,population,area_km2,year';
  writeFileSync(path.join(folder, '1.csv'), [
    header,
    'HR_1,15.97,45.81,HR,HR05,HR050,1,Zagreb,790000,641,2020',
    'HR_2,16.44,abc,HR,HR03,HR035,2,Split,178000,79,2020',
    'CH_1,8.5,47.3,CH,CH04,CH040,1,Zürich,420000,88,2020',
    'HR_3,18.69,45.55,HR,HR04,HR043,3,Osijek,,171,2020',
  ].join('\n'));
  writeFileSync(path.join(folder, '2.csv'), `${header}\nHR_1,15.98,45.82,HR,HR05,HR050,1,Zagreb (again),1,1,2020\n`);
  writeFileSync(path.join(folder, 'readme.txt'), 'hello');

  it('imports the good rows, counts the skipped one and reports the rest; the first of a duplicate code wins', async () => {
    const store = createMemoryStore();
    const summary = await runImport(folder, store, { batchSize: 1 });
    expect(summary).toMatchObject({ read: 6, created: 2, updated: 0, unchanged: 0, skipped: 1 });
    expect(summary.issues.map(formatIssue)).toEqual([
      `${path.join(folder, 'readme.txt')}: ignored: not a .csv or .json file`,
      `${path.join(folder, '1.csv')} line 3: latitude must be a number between -90 and 90 (got "abc")`,
      `${path.join(folder, '2.csv')} line 2: duplicate officialCode HR_1 (first read at ${path.join(folder, '1.csv')} line 2): ignored`,
    ]);
    expect(store.all().map((m) => m.name)).toEqual(['Zagreb', 'Osijek']);
    const again = await runImport(folder, store, { batchSize: 1 });
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 2 });
  });
});
