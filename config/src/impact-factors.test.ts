import { describe, expect, it } from 'vitest';
import { LISTING_KIND_SLUGS } from './listing-vocabulary.js';
import { co2eAvoidedKg, CPV_DIVISION_FACTORS, impactFactorFor, KIND_FACTORS } from './impact-factors.js';

describe('impact factors', () => {
  it('every kind has a factor with its basis written', () => {
    for (const kind of LISTING_KIND_SLUGS) {
      expect(KIND_FACTORS[kind].basis.length).toBeGreaterThan(5);
      expect(KIND_FACTORS[kind].kgCo2ePerKg).toBeGreaterThanOrEqual(0);
    }
  });
  it('a CPV division wins over the kind; otherwise the kind', () => {
    expect(impactFactorFor('equipment', ['30213100']).source).toBe('cpv-division:30');
    expect(impactFactorFor('equipment', ['99999999']).source).toBe('kind:equipment');
    expect(impactFactorFor('goods', []).kgCo2ePerKg).toBe(1.5);
  });
  it('computes CO2e from mass, 0 for kinds without goods', () => {
    expect(co2eAvoidedKg('goods', ['39160000'], 200)).toBe(300);
    expect(co2eAvoidedKg('expertise', [], 100)).toBe(0);
  });
});

describe('the size of the factors', () => {
  it('never exceeds 10 kg CO2e per kg, which the exchange impact input relies on (its mass limit keeps CO2e in the column)', () => {
    const all = [...Object.values(KIND_FACTORS), ...Object.values(CPV_DIVISION_FACTORS)];
    expect(all.length).toBeGreaterThan(10);
    for (const factor of all) expect(factor.kgCo2ePerKg).toBeLessThanOrEqual(10);
  });
});
