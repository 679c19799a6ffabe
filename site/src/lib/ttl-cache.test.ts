import { describe, expect, it, vi } from 'vitest';
import { TtlCache } from './ttl-cache';

describe('TtlCache', () => {
  it('shares one load between callers until the entry expires', async () => {
    let now = 0;
    const cache = new TtlCache<number>(10, () => now);
    const load = vi.fn(async () => 42);
    await Promise.all([cache.get('a', 1000, load), cache.get('a', 1000, load)]);
    now = 999;
    expect(await cache.get('a', 1000, load)).toBe(42);
    expect(load).toHaveBeenCalledTimes(1);
    now = 1000;
    await cache.get('a', 1000, load);
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('never keeps a failure', async () => {
    const cache = new TtlCache<number>();
    await expect(cache.get('a', 1000, () => Promise.reject(new Error('down')))).rejects.toThrow('down');
    expect(await cache.get('a', 1000, async () => 1)).toBe(1);
  });

  it('stays within its size, dropping the oldest entries', async () => {
    const cache = new TtlCache<number>(2);
    for (const key of ['a', 'b', 'c']) await cache.get(key, 1000, async () => 1);
    expect(cache.size).toBe(2);
  });
});
