import { describe, it, expect } from 'vitest';
import { DEFAULT_LOCALE, LOCALE_CODES, LOCALES, getLocale, isLocaleCode, matchLocale } from './locales.js';

describe('locales', () => {
  it('lists the 30 locales in the agreed order', () => {
    expect(LOCALE_CODES).toHaveLength(30);
    expect(LOCALE_CODES.slice(0, 3)).toEqual(['bg', 'cs', 'da']);
    expect(LOCALE_CODES.slice(-6)).toEqual(['sq', 'bs', 'mk', 'sr-Cyrl', 'sr-Latn', 'sr-Latn-ME']);
    expect(LOCALES.map((l) => l.code)).toEqual([...LOCALE_CODES]);
    expect(new Set(LOCALE_CODES).size).toBe(30);
  });

  it('knows native names and scripts', () => {
    expect(getLocale('bg').name).toBe('Български');
    expect(getLocale('sr-Latn').name).toBe('Srpski (latinica)');
    expect(getLocale('sr-Cyrl').name).toBe('Српски (ћирилица)');
    expect(getLocale('sr-Latn-ME').name).toBe('Crnogorski');
    expect(getLocale('el').script).toBe('Grek');
    expect(LOCALES.filter((l) => l.script === 'Cyrl').map((l) => l.code)).toEqual(['bg', 'mk', 'sr-Cyrl']);
  });

  it('gives every locale an Intl tag that Intl supports', () => {
    for (const l of LOCALES) {
      expect(Intl.DateTimeFormat.supportedLocalesOf([l.intl]), l.code).toEqual([l.intl]);
      expect(Intl.NumberFormat.supportedLocalesOf([l.intl]), l.code).toEqual([l.intl]);
    }
  });

  it('applies the CPV label rules of the design', () => {
    const eu = LOCALES.filter((l) => l.cpvFallback === 'none').map((l) => l.code);
    expect(eu).toHaveLength(23); // the 24 EU languages less Irish
    for (const code of eu) expect(getLocale(code).cpvLanguage).toBe(code);
    expect(getLocale('ga')).toMatchObject({ cpvLanguage: 'en', cpvFallback: 'label' });
    for (const code of ['bs', 'sr-Latn', 'sr-Latn-ME'] as const) {
      expect(getLocale(code)).toMatchObject({ cpvLanguage: 'hr', cpvFallback: 'label' });
    }
    expect(getLocale('sr-Cyrl')).toMatchObject({ cpvLanguage: 'hr', cpvFallback: 'transliterate' });
    expect(getLocale('sq')).toMatchObject({ cpvLanguage: 'en', cpvFallback: 'label' });
    expect(getLocale('mk')).toMatchObject({ cpvLanguage: 'en', cpvFallback: 'label' });
  });

  it('guards locale codes exactly', () => {
    expect(isLocaleCode('sr-Cyrl')).toBe(true);
    expect(isLocaleCode('sr-cyrl')).toBe(false);
    expect(isLocaleCode('sr')).toBe(false);
    expect(isLocaleCode(42)).toBe(false);
    expect(() => getLocale('xx' as never)).toThrow(RangeError);
    expect(DEFAULT_LOCALE).toBe('en');
  });
});

describe('matchLocale', () => {
  it('falls back to the default', () => {
    expect(matchLocale(undefined)).toBe('en');
    expect(matchLocale(null)).toBe('en');
    expect(matchLocale('')).toBe('en');
    expect(matchLocale('ja-JP, zh;q=0.8, *;q=0.1')).toBe('en');
    expect(matchLocale('not a tag!!')).toBe('en');
  });

  it('honours q-values and order', () => {
    expect(matchLocale('fr;q=0.5, de;q=0.9')).toBe('de');
    expect(matchLocale('de-AT,de;q=0.9,en;q=0.8')).toBe('de');
    expect(matchLocale('ja, it;q=0.7, es;q=0.7')).toBe('it');
    expect(matchLocale('bg;q=0, en')).toBe('en');
    expect(matchLocale('EN-ie')).toBe('en');
  });

  it('maps Serbian and Montenegrin', () => {
    expect(matchLocale('sr')).toBe('sr-Cyrl');
    expect(matchLocale('sr-RS,sr;q=0.9')).toBe('sr-Cyrl');
    expect(matchLocale('sr-Latn')).toBe('sr-Latn');
    expect(matchLocale('sr-Latn-RS')).toBe('sr-Latn');
    expect(matchLocale('sr-Cyrl-BA')).toBe('sr-Cyrl');
    expect(matchLocale('sr-ME')).toBe('sr-Latn-ME');
    expect(matchLocale('sr-Latn-ME')).toBe('sr-Latn-ME');
    expect(matchLocale('cnr')).toBe('sr-Latn-ME');
    expect(matchLocale('cnr-ME')).toBe('sr-Latn-ME');
    expect(matchLocale('sh')).toBe('sr-Latn');
  });

  it('maps regional variants to their language', () => {
    expect(matchLocale('hr-BA')).toBe('hr');
    expect(matchLocale('bs-BA')).toBe('bs');
    expect(matchLocale('sq-XK')).toBe('sq');
    expect(matchLocale('mk-MK')).toBe('mk');
    expect(matchLocale('el-CY')).toBe('el');
    expect(matchLocale('ga-IE, en-IE;q=0.8')).toBe('ga');
    expect(matchLocale('lb-LU, fr;q=0.5')).toBe('de');
  });
});
