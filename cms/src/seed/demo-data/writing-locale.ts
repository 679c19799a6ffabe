import type { LocaleCode } from '@community-sharing/config';
import type { PickedPlace } from './pick-places';
import type { Random } from './prng';

/** Kosovo municipalities (and a seat) with a Serbian majority: they write Serbian, in Latin script here. */
const KOSOVO_SERBIAN = new Set(['Zvečan', 'Zubin Potok', 'Leposaviq', 'Štrpce', 'Ranilug', 'Partesh', 'Klokot', 'Novo Brdo', 'Laplje Selo']);

/** North Macedonian municipalities with an Albanian majority, which write Albanian. */
const MACEDONIA_ALBANIAN = new Set(['Tetovo', 'Gostivar', 'Debar', 'Struga', 'Kičevo', 'Saraj', 'Lipkovo', 'Čair', 'Tearce', 'Bogovinje', 'Brvenica', 'Zelino', 'Vrapčište', 'Studeničani', 'Plasnica', 'Centar Župa']);

/** How often a municipality writes in its country's second locale, where the place does not decide. */
const SECOND_LOCALE_SHARE: Record<string, number> = { LU: 0.4, MT: 0.3, RS: 0.25, FI: 0.15, IE: 0.15 };
const DEFAULT_SECOND_LOCALE_SHARE = 0.1;

/**
 * Returns the language a municipality writes its listings in: where the region or the place decides, that one
 * (Wallonia French, Flanders Dutch, Republika Srpska Serbian Cyrillic, the Serbian municipalities of Kosovo
 * Serbian, the Albanian ones of North Macedonia Albanian); elsewhere the country's main language, and now and
 * then its second one.
 */
export function writingLocaleOf(country: string, locales: readonly LocaleCode[], place: PickedPlace, random: Random): LocaleCode {
  const has = (locale: string): locale is LocaleCode => locales.includes(locale as LocaleCode);
  // Always draw once, so that a rule that decides does not shift the random stream of the next municipality.
  const roll = random.next();
  switch (country) {
    case 'BE':
      if (place.admin1 === 'WAL' && has('fr')) return 'fr';
      if (place.admin1 === 'BRU' && has('fr')) return roll < 0.8 ? 'fr' : locales[0];
      return locales[0];
    case 'BA':
      return place.admin1 === '02' && has('sr-Cyrl') ? 'sr-Cyrl' : locales[0];
    case 'XK':
      return KOSOVO_SERBIAN.has(place.name) && has('sr-Latn') ? 'sr-Latn' : locales[0];
    case 'MK':
      return MACEDONIA_ALBANIAN.has(place.name) && has('sq') ? 'sq' : locales[0];
  }
  const share = SECOND_LOCALE_SHARE[country] ?? DEFAULT_SECOND_LOCALE_SHARE;
  return locales.length > 1 && roll < share ? locales[1] : locales[0];
}
