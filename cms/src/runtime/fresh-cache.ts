// Values read from the database and kept in memory for a few seconds, for what changes seldom and is read on every
// request. A write in this process clears them at once (and again when its transaction commits); another
// instance's write is seen once the value is older than its freshness.

const WRITE_EVENTS = ['afterCreate', 'afterCreateMany', 'afterUpdate', 'afterUpdateMany', 'afterDelete', 'afterDeleteMany'];

/** Values kept for `freshMs`, loaded once however many ask at the same time; clear() forgets them all. */
export function createFreshCache<T>(freshMs: number, now: () => number = Date.now) {
  const entries = new Map<string, { value: Promise<T>; until: number }>();
  return {
    get(key: string, load: () => Promise<T>): Promise<T> {
      const entry = entries.get(key);
      if (entry && entry.until > now()) return entry.value;
      const value = load();
      entries.set(key, { value, until: now() + freshMs });
      // A failed load is not kept. (A load that a clear() overtook is not kept either: clear() removed its entry.)
      value.catch(() => entries.get(key)?.value === value && entries.delete(key));
      return value;
    },
    clear(): void {
      entries.clear();
    },
  };
}

/** Clears `cache` whenever a row of one of `models` is written in this process, and again when that write commits. */
export function clearOnWrites(strapi: any, models: string[], cache: { clear(): void }): void {
  const clearNowAndOnCommit = () => {
    cache.clear();
    // Inside a transaction other connections still see the old rows until it commits: clear again then (the nested
    // db.transaction only joins the open one: no statement is sent).
    if (strapi.db.inTransaction()) void strapi.db.transaction(async ({ onCommit }: { onCommit: (fn: () => void) => void }) => onCommit(() => cache.clear()));
  };
  strapi.db.lifecycles.subscribe({ models, ...Object.fromEntries(WRITE_EVENTS.map((event) => [event, clearNowAndOnCommit])) });
}
