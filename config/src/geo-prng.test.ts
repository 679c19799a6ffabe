import { describe, expect, it } from 'vitest';
import { haversineKm } from './geo.js';
import { mulberry32 } from './prng.js';

describe('haversineKm', () => {
  it('measures Sofia to Belgrade as about 330 km, and a point to itself as 0', () => {
    expect(haversineKm(42.6977, 23.3219, 44.7866, 20.4489)).toBeGreaterThan(320);
    expect(haversineKm(42.6977, 23.3219, 44.7866, 20.4489)).toBeLessThan(340);
    expect(haversineKm(1, 2, 1, 2)).toBe(0);
  });
});

describe('mulberry32', () => {
  it('repeats for a seed and differs between seeds', () => {
    const a = mulberry32(7);
    const b = mulberry32(7);
    const c = mulberry32(8);
    const first = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(first);
    expect(c()).not.toBe(first[0]);
    expect(first.every((x) => x >= 0 && x < 1)).toBe(true);
  });
});
