import { describe, it, expect } from 'vitest';
import {
  CPV_LANGUAGES, allCpvCodes, cpvClass, cpvDivision, cpvGroup, cpvLabel, cpvLabels, cpvParents, cpvSearchByPrefix,
  cpvSearchByText, cpvTreeDistance, isCpvCode, normalizeCpvCode,
} from './cpv.js';
import { LOCALE_CODES } from './locales.js';

describe('CPV data', () => {
  it('holds the 9,454 codes of CPV 2008 in order', () => {
    const codes = allCpvCodes();
    expect(codes).toHaveLength(9454);
    expect(codes[0]).toBe('03000000');
    expect([...codes].sort()).toEqual(codes);
    for (const code of codes) expect(code).toMatch(/^\d{8}$/);
  });

  it('has labels in the 24 languages', () => {
    expect(CPV_LANGUAGES).toHaveLength(24);
    const labels = cpvLabels('03221270');
    expect(Object.keys(labels).sort()).toEqual([...CPV_LANGUAGES].sort());
    expect(labels.en).toBe('Cucumbers');
    expect(labels.de).toBe('Gurken');
    expect(labels.hr).toBe('Krastavci');
    expect(() => cpvLabels('99999999')).toThrow(RangeError);
  });
});

describe('normalizeCpvCode', () => {
  it('accepts plain codes, check digits and spaces', () => {
    expect(normalizeCpvCode('03000000')).toBe('03000000');
    expect(normalizeCpvCode('03000000-1')).toBe('03000000');
    expect(normalizeCpvCode('45000000-7')).toBe('45000000');
    expect(normalizeCpvCode(' 4500 0000 - 7 ')).toBe('45000000');
    expect(normalizeCpvCode('3000000')).toBe('03000000'); // leading zero lost in a spreadsheet
    expect(isCpvCode('34144213-0')).toBe(true);
  });

  it('refuses unknown and malformed codes', () => {
    expect(normalizeCpvCode('99999999')).toBeUndefined();
    expect(normalizeCpvCode('45000001')).toBeUndefined();
    expect(normalizeCpvCode('4500')).toBeUndefined();
    expect(normalizeCpvCode('45000000-77')).toBeUndefined();
    expect(normalizeCpvCode('abc')).toBeUndefined();
    expect(normalizeCpvCode('')).toBeUndefined();
    expect(isCpvCode(45000000)).toBe(false);
  });
});

describe('cpvLabel', () => {
  it('uses the locale\'s own labels for the EU languages', () => {
    expect(cpvLabel('45000000', 'en')).toEqual({ label: 'Construction work', language: 'en', fallback: false });
    expect(cpvLabel('03221270', 'de')).toEqual({ label: 'Gurken', language: 'de', fallback: false });
    expect(cpvLabel('03221270-6', 'bg')).toEqual({ label: 'Краставици', language: 'bg', fallback: false });
  });

  it('shows the Croatian label in Cyrillic for sr-Cyrl', () => {
    const label = cpvLabel('45000000', 'sr-Cyrl')!;
    expect(label).toEqual({ label: 'Грађевински радови', language: 'hr', fallback: true });
    expect(cpvLabel('03221270', 'sr-Cyrl')!.label).toBe('Краставци');
  });

  it('marks the other fallbacks', () => {
    expect(cpvLabel('45000000', 'ga')).toEqual({ label: 'Construction work', language: 'en', fallback: true });
    expect(cpvLabel('45000000', 'mk')).toEqual({ label: 'Construction work', language: 'en', fallback: true });
    expect(cpvLabel('45000000', 'sq')).toEqual({ label: 'Construction work', language: 'en', fallback: true });
    for (const l of ['bs', 'sr-Latn', 'sr-Latn-ME'] as const) {
      expect(cpvLabel('45000000', l)).toEqual({ label: 'Građevinski radovi', language: 'hr', fallback: true });
    }
  });

  it('labels every code in every locale, sr-Cyrl in Cyrillic', () => {
    for (const code of allCpvCodes().filter((_, i) => i % 97 === 0)) {
      for (const l of LOCALE_CODES) expect(cpvLabel(code, l)!.label.length, `${code} ${l}`).toBeGreaterThan(0);
      expect(cpvLabel(code, 'sr-Cyrl')!.label, code).toMatch(/\p{Script=Cyrillic}/u);
    }
    expect(cpvLabel('99999999', 'en')).toBeUndefined();
  });
});

describe('CPV tree', () => {
  it('derives ancestors from the code', () => {
    expect(cpvParents('03221270')).toEqual(['03000000', '03200000', '03220000', '03221000', '03221200']);
    expect(cpvParents('45111200-0')).toEqual(['45000000', '45100000', '45110000', '45111000']);
    expect(cpvParents('45000000')).toEqual([]);
    expect(cpvParents('99999999')).toEqual([]);
    // Every ancestor exists and is a prefix of the code.
    for (const code of allCpvCodes().filter((_, i) => i % 53 === 0)) {
      for (const p of cpvParents(code)) {
        expect(isCpvCode(p)).toBe(true);
        expect(code.startsWith(p.replace(/0+$/, ''))).toBe(true);
      }
    }
  });

  it('cuts codes into division, group and class', () => {
    expect(cpvDivision('45111200')).toBe('45');
    expect(cpvGroup('45111200-0')).toBe('451');
    expect(cpvClass('45111200')).toBe('4511');
    expect(() => cpvDivision('x')).toThrow(RangeError);
  });

  it('measures tree distance', () => {
    expect(cpvTreeDistance('45111200', '45111200-0')).toBe(0);
    expect(cpvTreeDistance('45111200', '45112000')).toBe(1);
    expect(cpvTreeDistance('45111200', '45120000')).toBe(2);
    expect(cpvTreeDistance('45111200', '45200000')).toBe(3);
    expect(cpvTreeDistance('45111200', '03221270')).toBe(4);
    expect(cpvTreeDistance('45111200', 'garbage')).toBe(4);
    expect(cpvTreeDistance('03221270', '45111200')).toBe(cpvTreeDistance('45111200', '03221270'));
  });
});

describe('CPV search', () => {
  it('finds codes by digit prefix, broadest first', () => {
    const hits = cpvSearchByPrefix('4511', 'en');
    expect(hits.length).toBeGreaterThan(3);
    expect(hits[0]!.code).toBe('45110000');
    for (const h of hits) expect(h.code.startsWith('4511')).toBe(true);
    expect(cpvSearchByPrefix('45', 'en', 5)).toHaveLength(5);
    expect(cpvSearchByPrefix('45', 'en', 5)[0]).toEqual({ code: '45000000', label: 'Construction work' });
    expect(cpvSearchByPrefix('45000000-7', 'sr-Cyrl')).toEqual([{ code: '45000000', label: 'Грађевински радови' }]);
    expect(cpvSearchByPrefix('99', 'en')).toEqual([]);
    expect(cpvSearchByPrefix('', 'en')).toEqual([]);
    expect(cpvSearchByPrefix('fire', 'en')).toEqual([]);
  });

  it('finds codes by text in the locale\'s CPV language', () => {
    const fire = cpvSearchByText('fire engine', 'en');
    expect(fire.map((h) => h.code)).toContain('34144213');
    const de = cpvSearchByText('feuerwehr', 'de', 50);
    expect(de.map((h) => h.code)).toContain('34144210');
    const bg = cpvSearchByText('Краставици', 'bg');
    expect(bg[0]).toEqual({ code: '03221270', label: 'Краставици' });
    expect(cpvSearchByText('gurken', 'de', 3)).toHaveLength(1);
  });

  it('searches across scripts for Serbian', () => {
    const latin = cpvSearchByText('krastavci', 'sr-Cyrl');
    const cyrillic = cpvSearchByText('краставци', 'sr-Cyrl');
    expect(cyrillic).toEqual(latin);
    expect(cyrillic[0]).toEqual({ code: '03221270', label: 'Краставци' });
  });

  it('ranks word starts first and respects the limit', () => {
    const hits = cpvSearchByText('water', 'en', 10);
    expect(hits).toHaveLength(10);
    expect(hits[0]!.label.toLowerCase()).toMatch(/\bwater/);
    expect(cpvSearchByText('', 'en')).toEqual([]);
    expect(cpvSearchByText('zzzqqq', 'en')).toEqual([]);
  });
});
