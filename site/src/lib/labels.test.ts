import { describe, expect, it } from 'vitest';
import { formatDate, formatNumber, isoDate } from './format';
import { conditionLabel, deliveryLabel, municipalityName, quantityLabel } from './labels';
import { isSafeUploadPath, portalImageUrl } from './uploads';

describe('values in the visitor’s language', () => {
  it('writes quantities with their unit and plural', () => {
    expect(quantityLabel('en', 1, 'pallet')).toBe('1 pallet');
    expect(quantityLabel('en', 1200, 'kg')).toBe('1,200 kg');
    expect(quantityLabel('bg', 3, 'piece')).toBe('3 броя');
    expect(quantityLabel('de', 2.5, null)).toBe('2,5');
  });

  it('names conditions and delivery modes, and leaves unknown values as they are', () => {
    expect(conditionLabel('bg', 'like-new')).toBe('Като ново');
    expect(deliveryLabel('en', 'on-site')).toBe('On site');
    expect(deliveryLabel('en', 'teleport')).toBe('teleport');
  });

  it('adds the Latin spelling of a municipality for Latin-script readers', () => {
    const m = { name: 'Белоградчик', nameLatin: 'Belogradchik' };
    expect(municipalityName('en', m)).toBe('Белоградчик (Belogradchik)');
    expect(municipalityName('bg', m)).toBe('Белоградчик');
    expect(municipalityName('en', { name: 'Arba', nameLatin: null })).toBe('Arba');
  });

  it('writes dates for the locale without shifting a calendar day', () => {
    expect(formatDate('bg', '2027-04-10')).toBe('10 април 2027 г.');
    expect(formatDate('el', '2026-11-27T23:30:00Z')).toBe('27 Νοεμβρίου 2026');
    expect(formatDate('en', 'not a date')).toBe('');
    expect(isoDate('2026-11-27T17:15:00.000Z')).toBe('2026-11-27');
    expect(formatNumber('sr-Cyrl', 12345)).toBe('12.345');
  });
});

describe('uploads', () => {
  it('serves the CMS’s own uploads through the portal', () => {
    expect(portalImageUrl('/uploads/a.jpg')).toBe('/uploads/a.jpg');
    expect(portalImageUrl('http://cms:1337/uploads/a.jpg', 'http://cms:1337')).toBe('/uploads/a.jpg');
    expect(portalImageUrl('https://bucket.example/a.jpg', 'http://cms:1337')).toBe('https://bucket.example/a.jpg');
  });

  it('asks the CMS only for plain file paths', () => {
    expect(isSafeUploadPath('thumbnail_a_1b2c.jpg')).toBe(true);
    expect(isSafeUploadPath('../etc/passwd')).toBe(false);
    expect(isSafeUploadPath('a/../../b')).toBe(false);
    expect(isSafeUploadPath('.env')).toBe(false);
  });
});
