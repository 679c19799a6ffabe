import { describe, it, expect } from 'vitest';
import { LISTING_KINDS, getListingKind, kindDescription, kindLabel } from './listing-kinds.js';
import { LISTING_KIND_SLUGS } from './listing-vocabulary.js';
import { LOCALE_CODES, getLocale, type LocaleCode } from './locales.js';

const LETTERS = /\p{L}/gu;

/** The share of a text's letters that are in a script. */
function share(text: string, script: 'Latin' | 'Cyrillic' | 'Greek'): number {
  const letters = text.match(LETTERS) ?? [];
  const inScript = text.match(new RegExp(`\\p{Script=${script}}`, 'gu')) ?? [];
  return letters.length === 0 ? 0 : inScript.length / letters.length;
}

const SCRIPT_NAMES = { Latn: 'Latin', Cyrl: 'Cyrillic', Grek: 'Greek' } as const;

describe('listing kinds', () => {
  it('describes the ten kinds in order', () => {
    expect(LISTING_KINDS.map((k) => k.slug)).toEqual([...LISTING_KIND_SLUGS]);
    expect(LISTING_KINDS.filter((k) => k.hasCpv).map((k) => k.slug)).toEqual(['equipment', 'goods', 'materials', 'services']);
    for (const k of LISTING_KINDS) expect(k.icon).toMatch(/^[a-z][a-z-]*$/);
  });

  it('has a label and a description for every kind in every locale', () => {
    for (const kind of LISTING_KINDS) {
      for (const locale of LOCALE_CODES) {
        const label = kindLabel(kind.slug, locale);
        const description = kindDescription(kind.slug, locale);
        expect(label.trim().length, `${kind.slug} label in ${locale}`).toBeGreaterThan(0);
        expect(label.split(/\s+/).length, `${kind.slug} label in ${locale}`).toBeLessThanOrEqual(5);
        expect(description, `${kind.slug} description in ${locale}`).toMatch(/^\p{Lu}.*\.$/u);
        expect(description.length).toBeGreaterThan(label.length);
      }
    }
  });

  it('writes each locale in its own script', () => {
    for (const locale of LOCALE_CODES) {
      const script = SCRIPT_NAMES[getLocale(locale).script];
      for (const kind of LISTING_KINDS) {
        // Latin-script languages may quote "Know-how"; Cyrillic and Greek texts must be wholly in their script.
        const text = kind.labels[locale] + ' ' + kind.descriptions[locale];
        expect(share(text, script), `${kind.slug} in ${locale}: ${text}`).toBe(1);
      }
    }
    const cyrillic: LocaleCode[] = ['sr-Cyrl', 'mk', 'bg'];
    for (const l of cyrillic) expect(getLocale(l).script).toBe('Cyrl');
  });

  it('keeps the translations distinct where they must differ', () => {
    expect(kindLabel('goods', 'de')).toBe('Waren');
    expect(kindLabel('expertise', 'en')).toBe('Expertise and good practice');
    expect(kindLabel('equipment', 'sr-Cyrl')).toBe('Опрема');
    expect(kindLabel('equipment', 'sr-Latn')).toBe('Oprema');
    // Macedonian is not Serbian nor Bulgarian.
    expect(kindDescription('goods', 'mk')).not.toBe(kindDescription('goods', 'bg'));
    expect(kindDescription('goods', 'mk')).not.toBe(kindDescription('goods', 'sr-Cyrl'));
    // Montenegrin is ijekavian, Serbian ekavian.
    expect(kindDescription('expertise', 'sr-Latn-ME')).toContain('provjerene');
    expect(kindDescription('expertise', 'sr-Latn')).toContain('proverene');
    const englishDescriptions = new Set(LISTING_KINDS.map((k) => k.descriptions.en));
    expect(englishDescriptions.size).toBe(10);
    for (const locale of LOCALE_CODES) {
      expect(new Set(LISTING_KINDS.map((k) => k.labels[locale])).size, locale).toBe(10);
    }
    expect(() => getListingKind('nothing' as never)).toThrow(RangeError);
  });
});
