// A small in-memory cache whose entries expire after a few seconds: the CMS answers the same question for many
// visitors at once, and a short life keeps what the portal shows at most that old.

/** A cache of promises by key, with a time to live and a bound on its size (oldest entries go first). */
export class TtlCache<V> {
  private readonly entries = new Map<string, { value: Promise<V>; expires: number }>();

  constructor(
    private readonly maxEntries = 500,
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * Returns the cached value of a key, or starts `load` and caches its promise, so that concurrent callers share
   * one request. A rejected load is forgotten at once: failures are never cached.
   */
  get(key: string, ttlMs: number, load: () => Promise<V>): Promise<V> {
    const hit = this.entries.get(key);
    if (hit && hit.expires > this.now()) return hit.value;
    if (hit) this.entries.delete(key);
    const value = load();
    this.entries.set(key, { value, expires: this.now() + ttlMs });
    value.catch(() => {
      if (this.entries.get(key)?.value === value) this.entries.delete(key);
    });
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value as string;
      this.entries.delete(oldest);
    }
    return value;
  }

  /** Forgets every entry. */
  clear(): void {
    this.entries.clear();
  }

  /** How many entries are held (expired ones included until they are next asked for). */
  get size(): number {
    return this.entries.size;
  }
}
