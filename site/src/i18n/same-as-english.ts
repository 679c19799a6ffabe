// The only places where a catalog may say exactly what English says. The completeness test rejects any other
// value identical to the English one, because that is almost always a string left untranslated.
import type { LocaleCode } from '@community-sharing/config';
import type { UiKey } from './en';

/** Keys whose value may equal the English one in every locale: the brand name, pure placeholders, bare units. */
export const SAME_IN_EVERY_LOCALE: readonly UiKey[] = [
  'site.name',
  'facet.valueWithCount',
  'card.place',
  'distance.radiusValue',
  'unit.kg',
  'unit.m',
  'unit.m2',
  'unit.m3',
];

/** Per locale, keys whose translation happens to be spelt as in English (e.g. German "Status"). Add with care. */
export const SAME_IN_LOCALE: Partial<Record<LocaleCode, readonly UiKey[]>> = {
  de: ['listing.fieldStatus'], // Status
  fr: ['pagination.page', 'listing.photos', 'unit.tonne', 'unit.litre'], // Page, Photos, tonne(s), litre(s)
  nl: ['listing.fieldStatus', 'unit.set', 'unit.pallet'], // Status, set/sets, pallet/pallets
};
