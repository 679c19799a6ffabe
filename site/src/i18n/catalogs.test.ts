// Every interface string exists in every locale: each of the 30 locales has a catalog with exactly the English
// keys, no value left in English (outside same-as-english.ts), the same placeholders, and a plural branch for
// every category the language's integers take. Until the translators deliver, the missing locales fail here.
import { LOCALE_CODES, getLocale } from '@community-sharing/config';
import { describe, expect, it } from 'vitest';
import { CATALOGS } from './catalogs';
import en, { type UiKey } from './en';
import { integerPluralCategories, placeholderNames, pluralUses } from './message-format';
import { SAME_IN_EVERY_LOCALE, SAME_IN_LOCALE } from './same-as-english';

const englishKeys = Object.keys(en).sort() as UiKey[];

describe('the English catalog', () => {
  it('has only non-empty strings', () => {
    for (const key of englishKeys) expect(en[key].trim(), key).not.toBe('');
  });

  it('gives every plural an "other" branch and English plurals a "one" branch', () => {
    for (const key of englishKeys) {
      for (const use of pluralUses(en[key])) expect(use.selectors, key).toEqual(expect.arrayContaining(['one', 'other']));
    }
  });
});

describe.each(LOCALE_CODES.filter((code) => code !== 'en'))('the %s catalog', (locale) => {
  const catalog = CATALOGS[locale];

  it(`exists as src/i18n/${locale}.ts`, () => {
    expect(catalog, `src/i18n/${locale}.ts is missing`).toBeDefined();
  });

  it('has exactly the English keys', () => {
    const keys = Object.keys(catalog ?? {}).sort();
    expect(englishKeys.filter((k) => !keys.includes(k)), 'missing keys').toEqual([]);
    expect(keys.filter((k) => !(k in en)), 'keys English does not have').toEqual([]);
  });

  it('translates every value (none empty, none left as the English text)', () => {
    const allowed = new Set<string>([...SAME_IN_EVERY_LOCALE, ...(SAME_IN_LOCALE[locale] ?? [])]);
    const untranslated = englishKeys.filter((key) => catalog?.[key] !== undefined && catalog[key] === en[key] && !allowed.has(key));
    const empty = englishKeys.filter((key) => catalog?.[key] !== undefined && catalog[key]!.trim() === '');
    expect(untranslated, 'values identical to English').toEqual([]);
    expect(empty, 'empty values').toEqual([]);
  });

  it('uses the same placeholders as English', () => {
    const wrong = englishKeys.filter((key) => {
      const value = catalog?.[key];
      return value !== undefined && placeholderNames(value).join() !== placeholderNames(en[key]).join();
    });
    expect(wrong, 'keys whose {placeholders} differ from English').toEqual([]);
  });

  it('has a plural branch for every plural category of the language', () => {
    const needed = integerPluralCategories(getLocale(locale).intl);
    const lacking: string[] = [];
    for (const key of englishKeys) {
      const value = catalog?.[key];
      if (value === undefined) continue;
      for (const use of pluralUses(value)) {
        const missing = needed.filter((category) => !use.selectors.includes(category));
        if (missing.length) lacking.push(`${key}: ${missing.join(', ')}`);
      }
    }
    expect(lacking, `plural categories of ${locale}: ${needed.join(', ')}`).toEqual([]);
  });
});
