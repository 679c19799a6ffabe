import { describe, expect, it } from 'vitest';
import { LOCALE_CODES } from '@community-sharing/config';
import { NOTIFICATION_MESSAGES, fill, notificationMessages } from './notifications';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const flat = (messages: object): [string, string][] =>
  Object.entries(messages).flatMap(([key, value]) => (typeof value === 'string' ? [[key, value] as [string, string]] : flat(value).map(([k, v]) => [`${key}.${k}`, v] as [string, string])));

describe('notification mail texts', () => {
  const english = new Map(flat(NOTIFICATION_MESSAGES.en));

  it.each(LOCALE_CODES.filter((l) => l !== 'en'))('%s has every text, translated, with the same placeholders', (locale) => {
    const texts = new Map(flat(NOTIFICATION_MESSAGES[locale]));
    expect([...texts.keys()].sort()).toEqual([...english.keys()].sort());
    for (const [key, text] of texts) {
      expect(text.trim(), `${locale} ${key}`).not.toBe('');
      expect(placeholders(text), `${locale} ${key}`).toEqual(placeholders(english.get(key)!));
      expect(text, `${locale} ${key} is still English`).not.toBe(english.get(key));
    }
  });

  it('falls back to English for an unknown locale and fills placeholders', () => {
    expect(notificationMessages('xx')).toBe(NOTIFICATION_MESSAGES.en);
    expect(fill('Open: {url} {missing}', { url: 'https://x' })).toBe('Open: https://x {missing}');
  });
});
