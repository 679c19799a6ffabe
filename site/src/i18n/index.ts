// The translation system: t(locale, key, params) over the catalogs, falling back to English for a key or a
// locale not translated yet, so that a missing translation shows English text, never a key.
import { getLocale, type LocaleCode } from '@community-sharing/config';
import { CATALOGS } from './catalogs';
import en, { type UiKey } from './en';
import { formatMessage, type MessageParams } from './message-format';

export type { UiKey, Catalog } from './en';
export type { MessageParams } from './message-format';

/** A translate function bound to one locale. */
export type Translate = (key: UiKey, params?: MessageParams) => string;

/** Returns the raw message of a key in a locale, or the English one when that locale lacks it. */
export function message(locale: LocaleCode, key: UiKey): string {
  return CATALOGS[locale]?.[key] ?? en[key];
}

/** Returns the interface string `key` in `locale`, with its placeholders and plurals filled from `params`. */
export function t(locale: LocaleCode, key: UiKey, params?: MessageParams): string {
  return formatMessage(message(locale, key), params, getLocale(locale).intl);
}

/** Returns t bound to one locale, for components that translate many strings. */
export function useTranslations(locale: LocaleCode): Translate {
  return (key, params) => t(locale, key, params);
}

/** Tells whether a locale's catalog gives its own text for a key (rather than the English fallback). */
export function hasOwnMessage(locale: LocaleCode, key: UiKey): boolean {
  return CATALOGS[locale]?.[key] !== undefined;
}
