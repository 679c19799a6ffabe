// topK against a full sort.
import { describe, expect, it } from 'vitest';
import { topK, topKByKey } from './top-k';

describe('topK', () => {
  it('returns the k best rows in order, like a full sort', () => {
    const values = Array.from({ length: 1000 }, (_, i) => (i * 7919) % 1009);
    const cmp = (a: number, b: number): number => values[b]! - values[a]! || a - b;
    const full = Array.from({ length: 1000 }, (_, i) => i).sort(cmp);
    for (const k of [0, 1, 5, 20, 249, 250, 999, 1000, 2000]) expect(topK(1000, k, cmp)).toEqual(full.slice(0, k));
  });
});

describe('topKByKey', () => {
  it('returns the k best rows in order, ties decided by the tie comparator, like a full sort', () => {
    // Few distinct keys: most decisions are ties.
    const keys = Float64Array.from({ length: 1000 }, (_, i) => (i * 7919) % 7);
    const tie = (a: number, b: number): number => ((a * 31) % 101) - ((b * 31) % 101) || a - b;
    const full = Array.from({ length: 1000 }, (_, i) => i).sort((a, b) => keys[b]! - keys[a]! || tie(a, b));
    for (const k of [0, 1, 5, 20, 249, 250, 999, 1000, 2000]) expect(topKByKey(1000, k, keys, tie)).toEqual(full.slice(0, k));
  });

  it('agrees with topK over random keys and a comparator of the same order', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const keys = Float64Array.from({ length: 5000 }, () => Math.floor(random() * 50));
    const cmp = (a: number, b: number): number => keys[b]! - keys[a]! || b - a;
    for (const k of [1, 20, 100, 1249]) expect(topKByKey(5000, k, keys, (a, b) => b - a)).toEqual(topK(5000, k, cmp));
  });
});
