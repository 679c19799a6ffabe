// Every URL of the portal is /{locale}/…: these helpers build them, move a URL to another locale, and list a
// page's hreflang alternates. Locale codes keep their case in URLs (/sr-Cyrl/), as in LOCALE_CODES.
import { DEFAULT_LOCALE, LOCALE_CODES, isLocaleCode, type LocaleCode } from '@community-sharing/config';

/** Query values as the portal's links carry them: a repeated parameter is an array; empty values are dropped. */
export type QueryValues = Record<string, string | number | readonly (string | number)[] | undefined | null>;

/** Returns the query string (with its '?') for the values given, or '' when none is left. */
export function queryString(values: QueryValues = {}): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(values)) {
    if (value === undefined || value === null || value === '') continue;
    for (const item of Array.isArray(value) ? value : [value]) {
      if (item !== '') params.append(name, String(item));
    }
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Returns the path of a page in a locale: localizedPath('bg', 'listings', 'abc') === '/bg/listings/abc'. */
export function localizedPath(locale: LocaleCode, ...segments: string[]): string {
  let path = `/${locale}`;
  for (const segment of segments) {
    for (const part of segment.split('/')) {
      // Slugs and names are mostly characters that decoding and encoding leave as they are: skip the round trip.
      if (part) path += `/${UNRESERVED.test(part) ? part : encodeURIComponent(decodeURIComponent(part))}`;
    }
  }
  return path.length === locale.length + 1 ? `${path}/` : path;
}

/** Text that decodeURIComponent and encodeURIComponent both leave unchanged (no '%', nothing to escape). */
const UNRESERVED = /^[A-Za-z0-9\-_.!~*'()]+$/;

/** Returns the locale a path starts with, or undefined (e.g. for '/robots.txt'). */
export function localeOfPath(pathname: string): LocaleCode | undefined {
  const first = pathname.split('/')[1] ?? '';
  return isLocaleCode(first) ? first : undefined;
}

/** Returns the path with its first segment spelt as the locale code it means ('/sr-cyrl/x' → '/sr-Cyrl/x'), or undefined when it needs no change. */
export function respellLocalePath(pathname: string): string | undefined {
  const [, first = '', ...rest] = pathname.split('/');
  const code = LOCALE_CODES.find((c) => c.toLowerCase() === first.toLowerCase());
  if (!code || code === first) return undefined;
  return ['', code, ...rest].join('/');
}

/** Returns the same URL (path and query) in another locale; a path without a locale gets one in front. */
export function switchLocale(url: URL | string, locale: LocaleCode): string {
  return localeSwitcher(url)(locale);
}

/**
 * Returns switchLocale for one URL, reading the URL once: the language menu and the hreflang alternates ask
 * for every page in all 30 locales.
 */
export function localeSwitcher(url: URL | string): (locale: LocaleCode) => string {
  const parsed = typeof url === 'string' ? new URL(url, 'http://x') : url;
  const segments = parsed.pathname.split('/');
  // What follows the locale segment (or the whole path when it has none), with its leading '/'.
  const rest = segments.slice(isLocaleCode(segments[1]) ? 2 : 1).map((segment) => `/${segment}`).join('');
  // The page number and the search stay: the same search reads the same in every language.
  const search = parsed.search;
  return (locale) => `/${locale}${rest}${search}`;
}

/** One hreflang alternate of a page. */
export interface Alternate {
  hreflang: string;
  href: string;
}

/** Returns the absolute hreflang alternates of a page: one per locale, and x-default for the default locale. */
export function alternates(url: URL, site: URL | string = url.origin): Alternate[] {
  const origin = new URL(site).origin;
  const inLocale = localeSwitcher(url);
  const list: Alternate[] = LOCALE_CODES.map((locale) => ({ hreflang: locale, href: origin + inLocale(locale) }));
  list.push({ hreflang: 'x-default', href: origin + inLocale(DEFAULT_LOCALE) });
  return list;
}

/** Returns the absolute URL of a path on the portal. */
export function absoluteUrl(path: string, site: URL | string): string {
  return new URL(path, site).href;
}
