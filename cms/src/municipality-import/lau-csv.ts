import { createReadStream } from 'node:fs';
import { parse } from 'csv-parse';
import { z } from 'zod';
import { resolveCountry } from './country';
import { coordinate, optionalNonNegative, optionalText, requiredText } from './fields';
import { compactRecord } from './record';
import type { ImportIssue, SourceItem } from './types';

/** Columns of the Eurostat/GISCO LAU layout this reader needs; any other column is ignored. */
export const LAU_REQUIRED_COLUMNS = [
  'gisco_id', 'longitude', 'latitude', 'country', 'nuts_2', 'nuts_3', 'lau_id', 'lau_name', 'population', 'area_km2', 'year',
] as const;

type LauColumn = (typeof LAU_REQUIRED_COLUMNS)[number];

// The row schema works on the raw text of one row; the country is checked apart because a country we do
// not serve is a skip, not an error.
const lauRowSchema = z.object({
  gisco_id: requiredText('gisco_id'),
  lau_name: requiredText('lau_name'),
  longitude: coordinate('longitude', 180),
  latitude: coordinate('latitude', 90),
  population: optionalNonNegative('population', true),
  area_km2: optionalNonNegative('area_km2', false),
  year: optionalNonNegative('year', true),
  lau_id: optionalText(),
  nuts_2: optionalText(),
  nuts_3: optionalText(),
});

/**
 * Streams a LAU CSV file (official Eurostat/GISCO layout) row by row: one item per data row holding a
 * record, the row's issues, or a skip for a country the platform does not serve.
 */
export async function* readLauCsv(filePath: string): AsyncGenerator<SourceItem> {
  const issue = (line: number, message: string, field?: string): ImportIssue => ({ file: filePath, line, field, message });
  const input = createReadStream(filePath);
  const parser = input.pipe(parse({ bom: true, info: true, relax_column_count: true, skip_empty_lines: true }));
  // pipe() does not forward a read error (a missing file): without this the loop below would wait forever.
  input.once('error', (error) => parser.destroy(error));
  let columns: Map<string, number> | undefined;
  try {
    for await (const { record: cells, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      const line = info.lines;
      if (!columns) {
        columns = new Map(cells.map((name, index) => [name.trim().toLowerCase(), index]));
        const missing = LAU_REQUIRED_COLUMNS.filter((name) => !columns!.has(name));
        if (missing.length > 0) {
          yield { file: filePath, line, issues: [issue(line, `not a LAU file: missing column(s) ${missing.join(', ')}`)] };
          return;
        }
        continue;
      }
      const cell = (name: LauColumn) => cells[columns!.get(name)!] ?? '';
      yield rowToItem(filePath, line, cell);
    }
  } catch (error) {
    // A broken quote or unreadable file cannot be resynchronised: report where it happened and stop this file.
    const e = error as { lines?: number; message?: string };
    yield { file: filePath, line: e.lines ?? 0, issues: [issue(e.lines ?? 0, `cannot read CSV: ${e.message ?? String(error)}`)] };
  } finally {
    // Also runs when the consumer stops early: release the file, not only the parser.
    input.destroy();
    parser.destroy();
  }
}

function rowToItem(file: string, line: number, cell: (name: LauColumn) => string): SourceItem {
  const issues: ImportIssue[] = [];
  const country = resolveCountry(cell('country'));
  if ('notServed' in country) return { file, line, skipped: 'country-not-served' };
  if ('unknown' in country) {
    issues.push({ file, line, field: 'country', message: `country must be a known country code (got ${JSON.stringify(country.unknown)})` });
  }
  const parsed = lauRowSchema.safeParse(Object.fromEntries(LAU_REQUIRED_COLUMNS.map((name) => [name, cell(name)])));
  if (!parsed.success) {
    for (const problem of parsed.error.issues) {
      issues.push({ file, line, field: String(problem.path[0] ?? ''), message: problem.message });
    }
  }
  if (issues.length > 0 || !parsed.success || !('served' in country)) return { file, line, issues };
  const row = parsed.data;
  return {
    file,
    line,
    record: compactRecord({
      officialCode: row.gisco_id,
      lauId: row.lau_id,
      name: row.lau_name,
      country: country.served,
      nuts2: row.nuts_2,
      nuts3: row.nuts_3,
      lat: row.latitude,
      lng: row.longitude,
      population: row.population,
      areaKm2: row.area_km2,
      source: 'lau',
      sourceYear: row.year,
    }),
  };
}
