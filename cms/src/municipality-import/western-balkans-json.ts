import { readFile } from 'node:fs/promises';
import { COUNTRIES, normalizeCountryCode, type CountryCode } from '@community-sharing/config';
import { z } from 'zod';
import { chooseName, scriptOfLocale } from './native-name';
import { compactRecord } from './record';
import { coordinate, optionalText, requiredText } from './fields';
import { BOSNIA_MUNICIPALITIES, KOSOVO_MUNICIPALITIES, seatLookup, slugOf } from './western-balkans-seats';
import type { ImportIssue, MunicipalityRecord, SourceItem } from './types';

// What is imported from the countrystatecity file, country by country, and why:
// - ME, MK: the states ARE the municipalities (type 'municipality'; ME 25, MK 80, matching the official
//   lists); code 'WB_' + the ISO 3166-2 code ('WB_ME-01'). North Macedonia is also in the LAU files, whose
//   gisco_id is the ISO number behind 'MK_MK00' (MK-501 = MK_MK00501): that code is used, so that importing
//   both sources gives one record per municipality.
// - XK: the states are the 7 districts (no self-government); the municipalities are the cities that are
//   seats of Kosovo's 38 municipalities (36 present in the source; Junik and North Mitrovica are missing).
// - BA: the states are the two entities and Brčko District; the municipalities are the cities that are
//   seats of an official municipality or city (107 present in the source; the rest are villages or cantons).
//   For XK and BA the code is 'WB_<country>-<slug of the official name>' ('WB_XK-prishtine'), so it stays
//   the same whichever spelling the source uses; the name is the source's.
// - AL, RS: nothing. Their states are counties (qarqe) and districts (okruzi), and their cities a mix of
//   towns, villages and old districts; the official municipality lists of both (AL 61, RS 169 LAU) are in
//   the Eurostat LAU files, which the importer reads as well.
// Any other country's states are imported when their type is 'municipality'.
const SEATS: Partial<Record<string, (placeName: string) => string | undefined>> = {
  XK: seatLookup(KOSOVO_MUNICIPALITIES),
  BA: seatLookup(BOSNIA_MUNICIPALITIES),
};

const placeSchema = z.object({
  name: requiredText('name'),
  native: optionalText(),
  lat: coordinate('lat', 90),
  lon: coordinate('lon', 180),
});

const stateSchema = placeSchema.extend({
  iso3166_2: z.unknown().transform((value, ctx) => {
    const code = typeof value === 'string' ? value.trim().toUpperCase() : '';
    if (!/^[A-Z]{2}-[0-9A-Z]{1,3}$/.test(code)) {
      ctx.addIssue({ code: 'custom', message: `iso3166_2 must be an ISO 3166-2 code such as "ME-01" (got ${JSON.stringify(value ?? '')})` });
      return z.NEVER;
    }
    return code;
  }),
});

const fileSchema = z.record(
  z.string(),
  z.object({ states: z.array(z.object({ type: z.unknown(), cities: z.array(z.unknown()).optional() }).loose()) }).loose(),
);

function mainScriptOf(country: CountryCode) {
  const locale = COUNTRIES.find((c) => c.code === country)?.locales[0];
  return locale ? scriptOfLocale(locale) : undefined;
}

/**
 * Reads the countrystatecity Western Balkans JSON file (object keyed by country, each with states[] and
 * their cities[]) and yields one item per municipality it holds; see the comment above for what that is.
 */
export async function* readWesternBalkansJson(filePath: string): AsyncGenerator<SourceItem> {
  const fileIssue = (message: string): SourceItem => ({ file: filePath, line: 0, issues: [{ file: filePath, line: 0, message }] });
  let data: unknown;
  try {
    // The file is small (150 kB for six countries), so it is read whole.
    data = JSON.parse(await readFile(filePath, 'utf8'));
  } catch (error) {
    yield fileIssue(`cannot read JSON: ${(error as Error).message}`);
    return;
  }
  const shape = fileSchema.safeParse(data);
  if (!shape.success) {
    yield fileIssue('not a countrystatecity file: expected an object keyed by country code, each with a "states" array');
    return;
  }

  for (const [key, entry] of Object.entries(shape.data)) {
    const country = normalizeCountryCode(key);
    const seatOf = SEATS[key.toUpperCase()];
    const seen = new Set<string>();
    for (const [s, state] of entry.states.entries()) {
      const where = `${key}.states[${s}]`;
      if (state.type === 'municipality') {
        if (!country) {
          yield { file: filePath, line: 0, where, skipped: 'country-not-served' };
          continue;
        }
        yield stateItem(filePath, where, country, state);
      } else if (seatOf) {
        for (const [c, city] of (state.cities ?? []).entries()) {
          const cityWhere = `${where}.cities[${c}]`;
          const cityName = (city as { name?: unknown } | null)?.name;
          const official = typeof cityName === 'string' ? seatOf(cityName) : undefined;
          if (!official) continue; // a village, not a municipality seat
          if (!country) {
            yield { file: filePath, line: 0, where: cityWhere, skipped: 'country-not-served' };
            continue;
          }
          const item = seatItem(filePath, cityWhere, country, official, city);
          // The source lists a few seats twice ('Višegrad' and 'Opština Višegrad'): the first one stands.
          if (item.record && seen.has(item.record.officialCode)) continue;
          if (item.record) seen.add(item.record.officialCode);
          yield item;
        }
      }
    }
  }
}

function issuesOf(file: string, where: string, error: z.ZodError): ImportIssue[] {
  return error.issues.map((problem) => ({ file, line: 0, where, field: String(problem.path[0] ?? ''), message: problem.message }));
}

function stateItem(file: string, where: string, country: CountryCode, state: unknown): SourceItem {
  const parsed = stateSchema.safeParse(state);
  if (!parsed.success) return { file, line: 0, where, issues: issuesOf(file, where, parsed.error) };
  const { name, native, lat, lon, iso3166_2 } = parsed.data;
  return { file, line: 0, where, record: toRecord(officialCodeOfState(country, iso3166_2), country, chooseName(name, native, mainScriptOf(country)), lat, lon) };
}

/** The key of a state-level municipality: the LAU gisco_id where the LAU files have the country, else 'WB_' + ISO code. */
function officialCodeOfState(country: CountryCode, iso3166_2: string): string {
  if (country === 'MK') return `MK_MK00${iso3166_2.slice(3)}`;
  return `WB_${iso3166_2}`;
}

function seatItem(file: string, where: string, country: CountryCode, official: string, city: unknown): SourceItem {
  const parsed = placeSchema.safeParse(city);
  if (!parsed.success) return { file, line: 0, where, issues: issuesOf(file, where, parsed.error) };
  const { name, native, lat, lon } = parsed.data;
  // An administrative prefix is not part of the municipality's name.
  const bare = name.replace(/^(Opština|Općina|Opcina)\s+/i, '');
  return {
    file, line: 0, where,
    record: toRecord(`WB_${country}-${slugOf(official)}`, country, chooseName(bare, native, mainScriptOf(country)), lat, lon),
  };
}

function toRecord(officialCode: string, country: CountryCode, names: { name: string; nameLatin?: string }, lat: number, lng: number): MunicipalityRecord {
  return compactRecord({ officialCode, ...names, country, lat, lng, source: 'western-balkans' });
}
