import { LOCALE_CODES } from '@community-sharing/config';
import { describe, expect, it } from 'vitest';
import { alternates, localeOfPath, localizedPath, queryString, respellLocalePath, switchLocale } from './urls';

describe('localizedPath', () => {
  it('puts the locale first and joins the segments', () => {
    expect(localizedPath('bg')).toBe('/bg/');
    expect(localizedPath('bg', 'listings')).toBe('/bg/listings');
    expect(localizedPath('sr-Cyrl', 'listings', 'fire-engine-1a2b')).toBe('/sr-Cyrl/listings/fire-engine-1a2b');
  });

  it('encodes what a segment must not carry raw, once', () => {
    expect(localizedPath('en', 'pages', 'a b')).toBe('/en/pages/a%20b');
    expect(localizedPath('en', 'pages', 'a%20b')).toBe('/en/pages/a%20b');
  });
});

describe('switchLocale', () => {
  it('keeps the path and the search, changing only the locale', () => {
    expect(switchLocale(new URL('http://x/bg/listings?q=fire&country=BG&page=2'), 'de')).toBe('/de/listings?q=fire&country=BG&page=2');
    expect(switchLocale('/en/listings/abc', 'sr-Latn-ME')).toBe('/sr-Latn-ME/listings/abc');
    expect(switchLocale('/en/', 'el')).toBe('/el/');
  });

  it('adds a locale to a path that has none', () => {
    expect(switchLocale('/', 'mt')).toBe('/mt/');
    expect(switchLocale('/whatever', 'mt')).toBe('/mt/whatever');
  });
});

describe('localeOfPath', () => {
  it('reads a supported locale, exactly spelt', () => {
    expect(localeOfPath('/sr-Cyrl/listings')).toBe('sr-Cyrl');
    expect(localeOfPath('/sr-cyrl/listings')).toBeUndefined();
    expect(localeOfPath('/robots.txt')).toBeUndefined();
  });
});

describe('respellLocalePath', () => {
  it('spells a locale segment as its code, and leaves the rest alone', () => {
    expect(respellLocalePath('/sr-cyrl/listings/x')).toBe('/sr-Cyrl/listings/x');
    expect(respellLocalePath('/EN/')).toBe('/en/');
    expect(respellLocalePath('/sr-Cyrl/listings')).toBeUndefined();
    expect(respellLocalePath('/robots.txt')).toBeUndefined();
  });
});

describe('alternates', () => {
  it('lists the page in all 30 locales and x-default, absolute', () => {
    const list = alternates(new URL('http://localhost:4321/bg/listings/abc?q=x'), 'https://sharing.example.eu');
    expect(list).toHaveLength(LOCALE_CODES.length + 1);
    expect(list).toContainEqual({ hreflang: 'mt', href: 'https://sharing.example.eu/mt/listings/abc?q=x' });
    expect(list.at(-1)).toEqual({ hreflang: 'x-default', href: 'https://sharing.example.eu/en/listings/abc?q=x' });
  });
});

describe('queryString', () => {
  it('repeats list values and drops empty ones', () => {
    expect(queryString({ q: 'fire engine', country: ['BG', 'RS'], kind: [], page: undefined, sort: '' })).toBe('?q=fire+engine&country=BG&country=RS');
    expect(queryString({})).toBe('');
  });
});
