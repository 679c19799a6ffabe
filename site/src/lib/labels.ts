// Structured values of listings and municipalities written in the visitor's language: these always follow the
// visitor, whatever language the member wrote the text in.
import {
  getLocale,
  isDeliveryMode,
  isItemCondition,
  isUnit,
  type LocaleCode,
} from '@community-sharing/config';
import { t } from '../i18n';
import { formatNumber } from './format';

/** Returns a quantity with its unit, e.g. '3 pallets' / '3 палета'; the bare number when the unit is unknown. */
export function quantityLabel(locale: LocaleCode, quantity: number, unit: string | null): string {
  if (unit && isUnit(unit)) return t(locale, `unit.${unit}`, { count: quantity });
  return formatNumber(locale, quantity, 2);
}

/** Returns the name of an item condition, or the raw value if it is not one the platform knows. */
export function conditionLabel(locale: LocaleCode, condition: string): string {
  return isItemCondition(condition) ? t(locale, `condition.${condition}`) : condition;
}

/** Returns the name of a delivery mode, or the raw value if it is not one the platform knows. */
export function deliveryLabel(locale: LocaleCode, mode: string): string {
  return isDeliveryMode(mode) ? t(locale, `delivery.${mode}`) : mode;
}

/**
 * Returns a municipality's name for the visitor: the official name, followed by its Latin spelling for readers
 * of a Latin-script locale when the official name is in another script ('Белоградчик (Belogradchik)').
 */
export function municipalityName(locale: LocaleCode, municipality: { name: string; nameLatin: string | null }): string {
  const { nameLatin, name } = municipality;
  if (nameLatin && nameLatin !== name && getLocale(locale).script === 'Latn') return `${name} (${nameLatin})`;
  return name;
}

/** Returns the BCP-47 tag of the CPV labels a locale shows (e.g. 'hr' for Bosnian, 'hr-Cyrl' for Serbian Cyrillic). */
export function cpvLabelLanguage(locale: LocaleCode): string {
  const info = getLocale(locale);
  return info.cpvFallback === 'transliterate' ? `${info.cpvLanguage}-Cyrl` : info.cpvLanguage;
}
