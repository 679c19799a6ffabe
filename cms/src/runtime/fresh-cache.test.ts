import { describe, expect, it } from 'vitest';
import { createFreshCache } from './fresh-cache';

describe('createFreshCache', () => {
  it('loads a key once while fresh, again once stale', async () => {
    let now = 0;
    const cache = createFreshCache<number>(5_000, () => now);
    let loads = 0;
    const load = async () => ++loads;
    expect(await cache.get('role:1', load)).toBe(1);
    now = 4_999;
    expect(await cache.get('role:1', load)).toBe(1);
    now = 5_000;
    expect(await cache.get('role:1', load)).toBe(2);
  });

  it('shares one load among callers who ask at the same time', async () => {
    const cache = createFreshCache<number>(5_000);
    let loads = 0;
    const load = async () => {
      loads += 1;
      await new Promise((resolve) => setTimeout(resolve, 10));
      return loads;
    };
    expect(await Promise.all([cache.get('public', load), cache.get('public', load)])).toEqual([1, 1]);
    expect(loads).toBe(1);
  });

  it('forgets everything on clear(), including a load still under way', async () => {
    const cache = createFreshCache<string>(60_000);
    let release!: (value: string) => void;
    const before = cache.get('role:1', () => new Promise<string>((resolve) => (release = resolve)));
    cache.clear();
    release('old permissions');
    expect(await before).toBe('old permissions');
    expect(await cache.get('role:1', async () => 'new permissions')).toBe('new permissions');
  });

  it('does not keep a failed load', async () => {
    const cache = createFreshCache<string>(60_000);
    await expect(cache.get('advanced', async () => Promise.reject(new Error('database away')))).rejects.toThrow('database away');
    expect(await cache.get('advanced', async () => 'settings')).toBe('settings');
  });
});
