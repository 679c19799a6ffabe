import { describe, it, expect } from 'vitest';
import {
  COUNTRIES, COUNTRY_CODES, countryName, getCountry, isCountryCode, languageName, normalizeCountryCode,
} from './countries.js';
import { LOCALE_CODES, isLocaleCode } from './locales.js';

describe('countries', () => {
  it('serves the EU-27 and the six Western Balkan countries', () => {
    expect(COUNTRY_CODES).toHaveLength(33);
    expect(new Set(COUNTRY_CODES).size).toBe(33);
    expect(COUNTRIES.filter((c) => c.region === 'EU')).toHaveLength(27);
    expect(COUNTRIES.filter((c) => c.region === 'WB').map((c) => c.code).sort()).toEqual(['AL', 'BA', 'ME', 'MK', 'RS', 'XK']);
    expect(COUNTRIES.map((c) => c.code)).toEqual([...COUNTRY_CODES]);
  });

  it('knows Eurostat codes, locales and centres', () => {
    expect(getCountry('GR').eurostatCode).toBe('EL');
    expect(getCountry('DE').eurostatCode).toBe('DE');
    expect(getCountry('BE').locales).toEqual(['nl', 'fr', 'de']);
    expect(getCountry('BA').locales).toEqual(['bs', 'sr-Cyrl', 'hr']);
    expect(getCountry('ME').locales).toEqual(['sr-Latn-ME']);
    expect(getCountry('XK').locales).toEqual(['sq', 'sr-Latn']);
    expect(getCountry('IE').locales).toEqual(['en', 'ga']);
    for (const c of COUNTRIES) {
      expect(c.locales.length, c.code).toBeGreaterThan(0);
      for (const l of c.locales) expect(isLocaleCode(l), `${c.code} ${l}`).toBe(true);
      // Everything served lies between Cyprus/Malta and Finland, Portugal and Cyprus.
      expect(c.center.lat).toBeGreaterThan(34);
      expect(c.center.lat).toBeLessThan(71);
      expect(c.center.lng).toBeGreaterThan(-10);
      expect(c.center.lng).toBeLessThan(35);
    }
  });

  it('normalises country codes', () => {
    expect(normalizeCountryCode('gr')).toBe('GR');
    expect(normalizeCountryCode('EL')).toBe('GR');
    expect(normalizeCountryCode(' el ')).toBe('GR');
    expect(normalizeCountryCode('KV')).toBe('XK');
    expect(normalizeCountryCode('xkx')).toBe('XK');
    expect(normalizeCountryCode('UK')).toBeUndefined();
    expect(normalizeCountryCode('GB')).toBeUndefined();
    expect(normalizeCountryCode('')).toBeUndefined();
    expect(isCountryCode('XK')).toBe(true);
    expect(isCountryCode('EL')).toBe(false);
    expect(isCountryCode('de')).toBe(false);
  });
});

describe('countryName', () => {
  it('names Kosovo in every locale', () => {
    expect(countryName('XK', 'en')).toBe('Kosovo');
    expect(countryName('XK', 'sr-Cyrl')).toBe('Косово');
    expect(countryName('XK', 'mk')).toBe('Косово');
    expect(countryName('XK', 'sq')).toBe('Kosovë');
    for (const l of LOCALE_CODES) expect(countryName('XK', l), l).not.toBe('XK');
  });

  it('names every country in every locale', () => {
    for (const l of LOCALE_CODES) {
      for (const c of COUNTRY_CODES) expect(countryName(c, l), `${c} in ${l}`).not.toBe(c);
    }
    expect(countryName('DE', 'de')).toBe('Deutschland');
    expect(countryName('GR', 'el')).toBe('Ελλάδα');
    expect(countryName('ME', 'sr-Latn-ME')).toBe('Crna Gora');
  });
});

describe('languageName', () => {
  it('calls Montenegrin "Crnogorski" in itself and Montenegrin elsewhere', () => {
    expect(languageName('sr-Latn-ME', 'sr-Latn-ME')).toBe('Crnogorski');
    expect(languageName('sr-Latn-ME', 'en')).toBe('Montenegrin');
    expect(languageName('sr-Latn-ME', 'de')).toBe('Montenegrinisch');
    expect(languageName('sr-Latn-ME', 'sr-Cyrl')).toBe('Црногорски');
    for (const l of LOCALE_CODES) expect(languageName('sr-Latn-ME', l), l).not.toMatch(/serb|srp|срп/i);
  });

  it('names the other languages through Intl, capitalised', () => {
    expect(languageName('de', 'de')).toBe('Deutsch');
    expect(languageName('bg', 'bg')).toBe('Български');
    expect(languageName('de', 'en')).toBe('German');
    expect(languageName('sr-Cyrl', 'sr-Cyrl')).toBe('Српски (ћирилица)');
    expect(languageName('sr-Latn', 'en')).toBe('Serbian (Latin)');
    for (const l of LOCALE_CODES) {
      for (const c of LOCALE_CODES) {
        const name = languageName(c, l);
        expect(name.length, `${c} in ${l}`).toBeGreaterThan(1);
        expect(name, `${c} in ${l}`).not.toBe(c);
      }
    }
  });
});
