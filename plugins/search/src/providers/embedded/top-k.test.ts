// topK against a full sort.
import { describe, expect, it } from 'vitest';
import { topK } from './top-k';

describe('topK', () => {
  it('returns the k best rows in order, like a full sort', () => {
    const values = Array.from({ length: 1000 }, (_, i) => (i * 7919) % 1009);
    const cmp = (a: number, b: number): number => values[b]! - values[a]! || a - b;
    const full = Array.from({ length: 1000 }, (_, i) => i).sort(cmp);
    for (const k of [0, 1, 5, 20, 249, 250, 999, 1000, 2000]) expect(topK(1000, k, cmp)).toEqual(full.slice(0, k));
  });
});
