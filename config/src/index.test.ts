import { describe, it, expect } from 'vitest';
import * as root from './index.js';
import * as countries from './countries.js';
import * as cpv from './cpv.js';
import * as env from './env.js';
import * as kinds from './listing-kinds.js';
import * as vocabulary from './listing-vocabulary.js';
import * as locales from './locales.js';
import * as transliterate from './transliterate.js';

describe('package root', () => {
  it('re-exports every module', () => {
    for (const mod of [countries, cpv, env, kinds, vocabulary, locales, transliterate]) {
      for (const name of Object.keys(mod)) expect(root, name).toHaveProperty(name);
    }
  });

  it('exposes the agreed API by name', () => {
    for (const name of [
      'LOCALE_CODES', 'LOCALES', 'DEFAULT_LOCALE', 'isLocaleCode', 'getLocale', 'matchLocale',
      'COUNTRY_CODES', 'COUNTRIES', 'isCountryCode', 'normalizeCountryCode', 'getCountry', 'countryName', 'languageName',
      'LISTING_TYPES', 'LISTING_KIND_SLUGS', 'CPV_KINDS', 'DELIVERY_MODES', 'ITEM_CONDITIONS', 'MODERATION_STATUSES',
      'VERIFICATION_STATUSES', 'EXCHANGE_STATES', 'UNITS', 'URGENCY_TYPES',
      'LISTING_KINDS', 'kindLabel', 'kindDescription',
      'cyrillicToLatin', 'serbianLatinToCyrillic', 'greekToLatin', 'foldForSearch', 'searchKeys',
      'CPV_LANGUAGES', 'normalizeCpvCode', 'isCpvCode', 'cpvLabel', 'cpvLabels', 'cpvParents', 'cpvDivision', 'cpvGroup',
      'cpvClass', 'cpvSearchByPrefix', 'cpvSearchByText', 'allCpvCodes', 'cpvTreeDistance',
      'loadEnv', 'EnvError', 'envSchema', 'isProduction', 'EXAMPLE_SECRET_VALUES',
    ]) {
      expect(root, name).toHaveProperty(name);
    }
  });
});
