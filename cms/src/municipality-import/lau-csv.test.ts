import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readLauCsv } from './lau-csv';
import { formatIssue } from './format-issue';
import { sharedDataFile } from './test-data';
import type { SourceItem } from './types';

const HEADER = 'gisco_id,longitude,latitude,country,nuts_2,nuts_3,lau_id,lau_name,population,area_km2,year,fid,concordance,pop_weighted';

async function readAll(file: string): Promise<SourceItem[]> {
  const items: SourceItem[] = [];
  for await (const item of readLauCsv(file)) items.push(item);
  return items;
}

/** Data rows of a CSV counted independently of the reader (the LAU files have no quoted line breaks). */
function dataRows(file: string): number {
  return readFileSync(file, 'utf8').split(/\r?\n/).filter((line) => line.trim() !== '').length - 1;
}

const tmp = mkdtempSync(path.join(tmpdir(), 'lau-csv-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
function tempCsv(name: string, content: string): string {
  const file = path.join(tmp, name);
  writeFileSync(file, content);
  return file;
}

describe('readLauCsv on the real LAU files', () => {
  it.each(['BG', 'EL', 'RS'])('reads every data row of %s.csv as a record, without issues', async (country) => {
    const file = sharedDataFile(`lau/${country}.csv`);
    const items = await readAll(file);
    expect(items.flatMap((i) => i.issues ?? []).map(formatIssue)).toEqual([]);
    expect(items.filter((i) => i.record)).toHaveLength(dataRows(file));
  });

  it('has the known counts', async () => {
    const counts = await Promise.all(['BG', 'EL', 'RS'].map(async (c) => (await readAll(sharedDataFile(`lau/${c}.csv`))).length));
    expect(counts).toEqual([265, 6135, 169]);
  });

  it('reads Burgas with its national-script name and figures', async () => {
    const items = await readAll(sharedDataFile('lau/BG.csv'));
    const burgas = items.find((i) => i.record?.officialCode === 'BG_BGS04');
    expect(burgas?.line).toBe(3);
    expect(burgas?.record).toEqual({
      officialCode: 'BG_BGS04', lauId: 'BGS04', name: 'Бургас', country: 'BG', nuts2: 'BG34', nuts3: 'BG341',
      lat: 42.518093805189466, lng: 27.44331625888605, population: 208915, areaKm2: 560.02368208, source: 'lau', sourceYear: 2020,
    });
  });

  it('normalises the Eurostat code EL to GR and keeps the gisco_id as the key', async () => {
    const items = await readAll(sharedDataFile('lau/EL.csv'));
    const komotini = items.find((i) => i.record?.officialCode === 'EL_01010101')?.record;
    expect(komotini).toMatchObject({ name: 'Κοινότητα Κομοτηνής', country: 'GR', nuts2: 'EL51', population: 54272 });
    expect(new Set(items.map((i) => i.record?.country))).toEqual(new Set(['GR']));
  });

  it('reads Serbia (Latin names in the LAU file) with its 2019 year', async () => {
    const items = await readAll(sharedDataFile('lau/RS.csv'));
    expect(items[0].record).toMatchObject({ officialCode: 'RS_70017', name: 'Aleksandrovac', country: 'RS', sourceYear: 2019 });
  });

  it('skips the rows of a country the platform does not serve (CH.csv)', async () => {
    const items = await readAll(sharedDataFile('lau/CH.csv'));
    expect(items.length).toBe(dataRows(sharedDataFile('lau/CH.csv')));
    expect(items.every((i) => i.skipped === 'country-not-served')).toBe(true);
  });
});

describe('readLauCsv on malformed input', () => {
  it('reports each broken row with line and field, and keeps the good rows', async () => {
    const file = tempCsv('broken.csv', [
      HEADER,
      'BG_BGS01,27.25,42.70,BG,BG34,BG341,BGS01,Айтос,27849,402.8,2020,x,official,TRUE', // line 2: good
      'BG_BGS02,27.25,abc,BG,BG34,BG341,BGS02,Бургас,1,1,2020,x,official,TRUE', // line 3: latitude
      'BG_BGS03,27.25,42.70,BG,BG34,BG341,BGS03,,1,1,2020,x,official,TRUE', // line 4: name
      'BG_BGS05,27.25,42.70,BG,BG34,BG341,BGS05,Камено,many,1,2020,x,official,TRUE', // line 5: population
      'BG_BGS06,27.25,42.70,BG,BG34,BG341,BGS06,Карнобат,12.5,1,2020,x,official,TRUE', // line 6: population
      'XX_1,27.25,42.70,XX,,,1,Nowhere,1,1,2020,x,official,TRUE', // line 7: country
      'CH_CH0001,8.48,47.26,CH,CH04,CH040,CH0001,Aeugst am Albis,1982,7.88,2020,x,official,TRUE', // line 8: skipped
      'BG_BGS07,200,95,BG,BG34,BG341,BGS07,Малко Търново,NA,1,2020,x,official,TRUE', // line 9: two fields
      'EL_1,25.4,41.1,EL,EL51,EL513,1,Κομοτηνή,NA,NA,2020,x,official,TRUE', // line 10: good, NA = absent
    ].join('\n'));
    const items = await readAll(file);
    const issues = items.flatMap((i) => i.issues ?? []);
    expect(issues.map((i) => [i.line, i.field])).toEqual([
      [3, 'latitude'], [4, 'lau_name'], [5, 'population'], [6, 'population'], [7, 'country'], [9, 'longitude'], [9, 'latitude'],
    ]);
    expect(formatIssue(issues[0])).toBe(`${file} line 3: latitude must be a number between -90 and 90 (got "abc")`);
    expect(issues[1].message).toBe('lau_name must not be empty');
    expect(issues[2].message).toBe('population must be a non-negative integer or empty (got "many")');
    expect(issues[4].message).toBe('country must be a known country code (got "XX")');
    expect(items.filter((i) => i.skipped).map((i) => i.line)).toEqual([8]);
    const records = items.flatMap((i) => (i.record ? [i.record] : []));
    expect(records.map((r) => r.officialCode)).toEqual(['BG_BGS01', 'EL_1']);
    expect(records[1]).not.toHaveProperty('population');
    expect(records[1]).not.toHaveProperty('areaKm2');
    expect(records[1].country).toBe('GR');
  });

  it('handles a BOM, CRLF line endings, quoted fields with commas and extra or reordered columns', async () => {
    const file = tempCsv('crlf.csv', '\uFEFF' + [
      'extra,lau_name,gisco_id,longitude,latitude,country,nuts_2,nuts_3,lau_id,population,area_km2,year',
      'foo,"Kingston upon Hull, City of",DE_1,8.1,50.1,DE,DE1,DE11,1,"1,5",1,2020',
      'bar,"Say ""hello""",DE_2,8.2,50.2,DE,DE1,DE11,2,7,1,2020',
      '',
    ].join('\r\n'));
    const items = await readAll(file);
    expect(items.map((i) => i.line)).toEqual([2, 3]);
    expect(items[0].issues?.[0]).toMatchObject({ line: 2, field: 'population' }); // "1,5" is no integer
    expect(items[1].record).toMatchObject({ officialCode: 'DE_2', name: 'Say "hello"', lng: 8.2, lat: 50.2, population: 7 });
    const named = tempCsv('named.csv', 'gisco_id,longitude,latitude,country,nuts_2,nuts_3,lau_id,lau_name,population,area_km2,year\r\n'
      + 'DE_1,8.1,50.1,DE,DE1,DE11,1,"Kingston upon Hull, City of",5,1,2020\r\n');
    expect((await readAll(named))[0].record?.name).toBe('Kingston upon Hull, City of');
  });

  it('reports a file without the LAU columns once, at line 1, and reads nothing', async () => {
    const file = tempCsv('other.csv', 'id,name,lat,lon\n1,A,1,2\n2,B,3,4\n');
    const items = await readAll(file);
    expect(items).toHaveLength(1);
    expect(items[0].issues?.[0]).toMatchObject({ line: 1 });
    expect(items[0].issues?.[0].message).toMatch(/missing column\(s\) gisco_id, longitude, latitude, country/);
  });

  it('reports a row with missing cells instead of failing', async () => {
    const file = tempCsv('short.csv', `${HEADER}\nBG_BGS01,27.25\n`);
    const items = await readAll(file);
    expect(items[0].issues?.map((i) => i.field)).toEqual(expect.arrayContaining(['lau_name', 'latitude', 'country']));
  });

  it('reports a missing file as an issue instead of hanging', async () => {
    const items = await readAll(path.join(tmp, 'absent.csv'));
    expect(items).toHaveLength(1);
    expect(items[0].issues?.[0].message).toMatch(/^cannot read CSV: ENOENT/);
  });

  it('releases the file when the reader is stopped early', async () => {
    for await (const item of readLauCsv(sharedDataFile('lau/EL.csv'))) {
      expect(item.record?.officialCode).toBe('EL_01010101');
      break;
    }
  });

  it('reports an unreadable CSV (broken quote) as an issue with its line', async () => {
    const file = tempCsv('quote.csv', `${HEADER}\nBG_BGS01,27.25,42.7,BG,BG34,BG341,BGS01,"Айтос,1,1,2020\n`);
    const items = await readAll(file);
    expect(items.at(-1)?.issues?.[0].message).toMatch(/^cannot read CSV/);
  });
});
