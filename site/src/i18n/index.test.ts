import { describe, expect, it } from 'vitest';
import { hasOwnMessage, message, t, useTranslations } from './index';
import { formatMessage, integerPluralCategories, placeholderNames, pluralUses } from './message-format';

describe('t', () => {
  it('translates in a locale that has a catalog', () => {
    expect(t('bg', 'frame.listings')).toBe('Обяви');
    expect(t('en', 'frame.listings')).toBe('Listings');
  });

  it('fills placeholders and chooses plural branches for the locale', () => {
    expect(t('en', 'search.resultCount', { count: 0 })).toBe('No listings found');
    expect(t('en', 'search.resultCount', { count: 1 })).toBe('1 listing found');
    expect(t('en', 'search.resultCount', { count: 1280 })).toBe('1,280 listings found');
    expect(t('bg', 'search.resultCount', { count: 1280 })).toBe('Намерени са 1280 обяви');
    expect(t('bg', 'unit.pallet', { count: 3 })).toBe('3 палета');
    expect(t('bg', 'card.publishedOn', { date: '27 ноември 2026 г.' })).toBe('Публикувана на 27 ноември 2026 г.');
  });

  it('falls back to English for a locale without a catalog yet', () => {
    const fr = message('fr', 'frame.listings');
    if (hasOwnMessage('fr', 'frame.listings')) expect(fr).not.toBe('');
    else expect(fr).toBe('Listings');
  });

  it('binds a locale with useTranslations', () => {
    const tr = useTranslations('bg');
    expect(tr('pagination.status', { page: 2, pages: 14 })).toBe('Страница 2 от 14');
  });
});

describe('formatMessage', () => {
  it('formats numbers for the locale', () => {
    expect(formatMessage('{n} items', { n: 12345.5 }, 'de')).toBe('12.345,5 items');
  });

  it('uses every plural category of a language', () => {
    const pl = '{count, plural, one {# oferta} few {# oferty} many {# ofert} other {# oferty}}';
    expect(formatMessage(pl, { count: 1 }, 'pl')).toBe('1 oferta');
    expect(formatMessage(pl, { count: 3 }, 'pl')).toBe('3 oferty');
    expect(formatMessage(pl, { count: 5 }, 'pl')).toBe('5 ofert');
    const sl = '{count, plural, one {# ponudba} two {# ponudbi} few {# ponudbe} other {# ponudb}}';
    expect(formatMessage(sl, { count: 102 }, 'sl')).toBe('102 ponudbi');
  });

  it('prefers an exact branch, then the category, then other', () => {
    const m = '{count, plural, =0 {none} one {one {what}} other {# of {what}}}';
    expect(formatMessage(m, { count: 0, what: 'x' }, 'en')).toBe('none');
    expect(formatMessage(m, { count: 1, what: 'x' }, 'en')).toBe('one x');
    expect(formatMessage(m, { count: 2, what: 'x' }, 'en')).toBe('2 of x');
    expect(formatMessage('{count, plural, other {# x}}', { count: 1 }, 'en')).toBe('1 x');
  });

  it('never throws on a malformed message, and leaves a missing value visible', () => {
    expect(formatMessage('Hello {name', {}, 'en')).toBe('Hello {name');
    expect(formatMessage('Hello {name}', {}, 'en')).toBe('Hello {name}');
    expect(formatMessage('{count, select, a {x}}', { count: 1 }, 'en')).toBe('{count, select, a {x}}');
  });

  it('lists plural uses and placeholder names', () => {
    expect(pluralUses('{count, plural, =0 {a} one {b} other {c}}')).toEqual([{ argument: 'count', selectors: ['=0', 'one', 'other'] }]);
    expect(placeholderNames('{b} {a}, {count, plural, one {{c}} other {#}}')).toEqual(['a', 'b', 'c', 'count']);
  });

  it('knows the integer plural categories of a locale', () => {
    expect(integerPluralCategories('bg')).toEqual(['one', 'other']);
    expect(integerPluralCategories('mt')).toEqual(['few', 'many', 'one', 'other', 'two']);
    expect(integerPluralCategories('lv')).toEqual(['one', 'other', 'zero']);
  });
});
