import { COUNTRIES, countryName, type LocaleCode } from '@community-sharing/config';
import { CONTACT_ROLES, contactNames, emailLocalPart, phoneNumber } from './contact-names';
import { fillTemplate, placeNameIn, resolvePhrasebook } from './demo-texts';
import { pickPlaces } from './pick-places';
import type { Random } from './prng';
import type { DemoMunicipality } from './types';
import { writingLocaleOf } from './writing-locale';

/** A generated municipality with what the listing and exchange generators need to know about it. */
export interface MunicipalitySeed {
  municipality: DemoMunicipality;
  /** The locale it wants to write in, before any phrasebook fallback. */
  writingLocale: LocaleCode;
  /** Its country's locales, main first, for the fallback chain. */
  countryLocales: readonly LocaleCode[];
}

/** Returns `perCountry` demo municipalities for every country, about one in ten still pending verification. */
export function generateMunicipalities(perCountry: number, random: Random, noteLocale: (wanted: LocaleCode, used: LocaleCode) => void): MunicipalitySeed[] {
  const seeds: MunicipalitySeed[] = [];
  for (const country of COUNTRIES) {
    const r = random.fork(`municipalities:${country.code}`);
    const places = pickPlaces(country.code, perCountry, r);
    const pendingCount = Math.floor(places.length / 10);
    const pending = new Set(r.shuffle(places.map((_, i) => i)).slice(0, pendingCount));
    const names = r.shuffle(contactNames(country.code));
    const usedCodes = new Set<string>();

    places.forEach((place, index) => {
      const key = `${country.code.toLowerCase()}-${place.slug}`;
      const writingLocale = writingLocaleOf(country.code, country.locales, place, r);
      const chain = [writingLocale, ...country.locales];
      const own = resolvePhrasebook(chain);
      noteLocale(writingLocale, own.locale);
      const english = resolvePhrasebook(['en' as LocaleCode]);

      const description = [own, ...(own.locale === 'en' ? [] : [english])].map(({ locale, book }) => ({
        locale,
        text: fillTemplate(book.municipalityDescription, {
          name: placeNameIn(place, locale),
          country: countryName(country.code, locale),
        }),
      }));

      const person = names[index % names.length];
      const domain = `${place.slug}.example.eu`;
      const digits = Array.from({ length: 9 }, () => r.int(0, 9)).join('');
      // The admin2 code where it is the place's own, the slug where another place already took it.
      const codeBase = place.admin2 && !usedCodes.has(place.admin2) ? place.admin2 : place.slug;
      usedCodes.add(codeBase);

      seeds.push({
        writingLocale,
        countryLocales: country.locales,
        municipality: {
          key,
          name: placeNameIn(place, writingLocale),
          country: country.code,
          officialCode: `DEMO_${country.code}_${codeBase.toUpperCase().replace(/-/g, '_')}`,
          lat: place.lat,
          lng: place.lng,
          languages: [writingLocale, ...country.locales.filter((l) => l !== writingLocale)],
          description,
          website: `https://${domain}`,
          contact: {
            name: person,
            role: r.pick(CONTACT_ROLES),
            email: `${emailLocalPart(person, country.code)}@${domain}`,
            phone: phoneNumber(country.code, digits),
          },
          verification: pending.has(index) ? 'pending' : 'verified',
        },
      });
    });
  }
  return seeds;
}
