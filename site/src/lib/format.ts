// Dates and numbers written for the visitor's locale with Intl (formatters are cached: building them is not free).
import { getLocale, type LocaleCode } from '@community-sharing/config';

const dateFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();

const BARE_DATE = /^\d{4}-\d{2}-\d{2}$/;
const DAY_MS = 86_400_000;

/** The UTC calendar day (days since 1970-01-01) of a date ('2027-04-10') or an ISO timestamp; undefined when unreadable. */
function utcDay(value: string): number | undefined {
  // A bare date means that calendar day wherever the reader is: read and write it in UTC so it never shifts.
  const time = new Date(BARE_DATE.test(value) ? `${value}T00:00:00Z` : value).getTime();
  return Number.isNaN(time) ? undefined : Math.floor(time / DAY_MS);
}

// Both forms depend on nothing but the UTC day (and the locale), so each is worked out once per day: the
// formatting, not the parsing, is what costs. A day key is a small integer; at most a few thousand are kept.
const MAX_CACHED_DAYS = 5000;
const writtenDates = new Map<string, string>();
const isoDates = new Map<number, string>();

function remember<K>(cache: Map<K, string>, key: K, value: string): string {
  if (cache.size >= MAX_CACHED_DAYS) cache.clear();
  cache.set(key, value);
  return value;
}

/** Returns a date ('2027-04-10' or an ISO timestamp) written in full for the locale, e.g. '10 април 2027 г.'; '' when unreadable. */
export function formatDate(locale: LocaleCode, value: string | null | undefined): string {
  if (!value) return '';
  const day = utcDay(value);
  if (day === undefined) return '';
  const key = `${locale}:${day}`;
  const cached = writtenDates.get(key);
  if (cached !== undefined) return cached;
  let format = dateFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(getLocale(locale).intl, { dateStyle: 'long', timeZone: 'UTC' });
    dateFormats.set(locale, format);
  }
  return remember(writtenDates, key, format.format(day * DAY_MS));
}

/** Returns the machine-readable form of a date for <time datetime>, or undefined. */
export function isoDate(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  const day = utcDay(value);
  if (day === undefined) return undefined;
  return isoDates.get(day) ?? remember(isoDates, day, new Date(day * DAY_MS).toISOString().slice(0, 10));
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
