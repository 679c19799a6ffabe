import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sharedDataFile } from '../support/shared-data';
import { requireCms, startTestCms, type TestCms } from '../support/strapi-instance';

/**
 * The importer through the CMS (the Strapi store, a real database): the official LAU files of three
 * countries imported twice — the second run changes nothing — and a file with broken rows.
 */
let cms: TestCms;
let runTask: (strapi: unknown, args: string[]) => Promise<number>;
let folder: string;

beforeAll(async () => {
  cms = await startTestCms();
  runTask = requireCms('src/tasks/import-municipalities.js').run;
  folder = mkdtempSync(path.join(os.tmpdir(), 'cs-lau-'));
  for (const country of ['BG', 'RS', 'MT', 'CH']) copyFileSync(sharedDataFile(`lau/${country}.csv`), path.join(folder, `${country}.csv`));
}, 180_000);

afterAll(async () => {
  await cms?.stop();
});

async function snapshot() {
  const rows = await cms.strapi.db.query('api::municipality.municipality').findMany({ orderBy: { officialCode: 'asc' }, select: ['officialCode', 'name', 'country', 'lat', 'lng', 'population', 'nuts3', 'updatedAt'] });
  return rows;
}

function dataRows(file: string) {
  return readFileSync(file, 'utf8').trim().split('\n').length - 1;
}

describe('npm run import:municipalities', () => {
  it('imports a folder of LAU files, skipping countries not served, and a second run changes nothing', async () => {
    const expected = dataRows(path.join(folder, 'BG.csv')) + dataRows(path.join(folder, 'RS.csv')) + dataRows(path.join(folder, 'MT.csv'));
    expect(await runTask(cms.strapi, [folder])).toBe(0);
    const first = await snapshot();
    expect(first).toHaveLength(expected);
    expect(first.some((m: any) => m.country === 'CH')).toBe(false);
    const burgas = first.find((m: any) => m.officialCode === 'BG_BGS04');
    expect(burgas).toMatchObject({ name: 'Бургас', country: 'BG', population: 208915, nuts3: 'BG341' });

    expect(await runTask(cms.strapi, [folder])).toBe(0);
    const second = await snapshot();
    expect(second).toEqual(first); // same rows, same values, not even updatedAt moved
  });

  it('reports broken rows by line and field, keeps the good ones, and changes nothing else', async () => {
    const before = await snapshot();
    const broken = path.join(folder, 'broken', 'HR.csv');
    const header = 'gisco_id,longitude,latitude,country,nuts_2,nuts_3,lau_id,lau_name,population,area_km2,year';
    mkdirSync(path.dirname(broken), { recursive: true });
    writeFileSync(
      broken,
      [header, 'HR_1,15.97,45.81,HR,HR05,HR050,1,Zagreb,790000,641,2020', 'HR_2,16.44,north,HR,HR03,HR035,2,Split,178000,79,2020', 'HR_3,18.69,45.55,HR,HR02,HR025,3,Osijek,96000,171,2020'].join('\n'),
    );
    const lines: string[] = [];
    const log = console.log;
    console.log = (...args: unknown[]) => lines.push(args.join(' '));
    let code: number;
    try {
      code = await runTask(cms.strapi, [broken]);
    } finally {
      console.log = log;
    }
    expect(code).toBe(1);
    const report = lines.join('\n');
    expect(report).toMatch(/line 3/);
    expect(report).toMatch(/latitude/);
    const after = await snapshot();
    expect(after.filter((m: any) => m.country === 'HR').map((m: any) => m.name).sort()).toEqual(['Osijek', 'Zagreb']);
    expect(after.filter((m: any) => m.country !== 'HR')).toEqual(before);
  });

  it('imports the Western Balkans file, and North Macedonia meets its LAU twin', async () => {
    const mkLau = path.join(folder, 'mk', 'MK.csv');
    mkdirSync(path.dirname(mkLau), { recursive: true });
    copyFileSync(sharedDataFile('lau/MK.csv'), mkLau);
    expect(await runTask(cms.strapi, [mkLau])).toBe(0);
    const wb = sharedDataFile('western-balkans/countrystatecity_wb6_states_cities.json');
    expect(await runTask(cms.strapi, [wb])).toBe(0);
    const rows = await snapshot();
    expect(rows.filter((m: any) => m.country === 'MK')).toHaveLength(80);
    expect(rows.filter((m: any) => m.country === 'ME')).toHaveLength(25);
    const bitola = rows.find((m: any) => m.officialCode === 'MK_MK00501');
    expect(bitola.name).toBe('Битола');
    expect(bitola.population).toBeGreaterThan(0); // the JSON, which has none, did not erase the LAU figure
    const again = await snapshot();
    expect(await runTask(cms.strapi, [wb])).toBe(0);
    expect(await snapshot()).toEqual(again);
  });
});
