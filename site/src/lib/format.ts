// Dates and numbers written for the visitor's locale with Intl (formatters are cached: building them is not free).
import { getLocale, type LocaleCode } from '@community-sharing/config';

const dateFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();

/** Returns a date ('2027-04-10' or an ISO timestamp) written in full for the locale, e.g. '10 април 2027 г.'; '' when unreadable. */
export function formatDate(locale: LocaleCode, value: string | null | undefined): string {
  if (!value) return '';
  // A bare date means that calendar day wherever the reader is: read and write it in UTC so it never shifts.
  const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(date.getTime())) return '';
  let format = dateFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(getLocale(locale).intl, { dateStyle: 'long', timeZone: 'UTC' });
    dateFormats.set(locale, format);
  }
  return format.format(date);
}

/** Returns the machine-readable form of a date for <time datetime>, or undefined. */
export function isoDate(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString().slice(0, 10);
}

/** Returns a number written for the locale (grouping, decimal sign), at most `maximumFractionDigits` decimals. */
export function formatNumber(locale: LocaleCode, value: number, maximumFractionDigits = 0): string {
  const key = `${locale}:${maximumFractionDigits}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(getLocale(locale).intl, { maximumFractionDigits });
    numberFormats.set(key, format);
  }
  return format.format(value);
}

const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();

/** Returns a moment (an ISO timestamp) with its time of day, in UTC and saying so, e.g. '10 Apr 2027, 14:05 UTC'. */
export function formatDateTime(locale: LocaleCode, value: string | null | undefined): string {
  if (!value) return '';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return '';
  let format = dateTimeFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(getLocale(locale).intl, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });
    dateTimeFormats.set(locale, format);
  }
  return `${format.format(date)} UTC`;
}
