// The shared provider contract against the embedded engine in its worker thread (as the CMS runs it), and the
// thread's recovery: a crash fails the calls in flight with SearchUnavailableError, and a new thread is refilled.
import { describe, expect, it } from 'vitest';
import { FIXTURES } from '../../contract/fixtures';
import { describeProviderContract } from '../../contract/provider-contract';
import { SearchUnavailableError } from '../../contract/types';
import { createEmbeddedWorkerProvider } from './embedded-worker-provider';

describeProviderContract('embedded in a worker thread', async () => {
  const provider = createEmbeddedWorkerProvider();
  return { provider, cleanup: () => provider.close() };
});

describe('the search thread', () => {
  it('fails the calls in flight when it dies, then answers again once refilled', async () => {
    let restarts = 0;
    const provider = createEmbeddedWorkerProvider({ onRestart: () => void (restarts++, provider.reindex([...FIXTURES])) });
    try {
      await provider.reindex([...FIXTURES]);
      expect(await provider.count()).toBe(FIXTURES.length);
      // A call in flight is answered or fails with SearchUnavailableError (the thread may answer before it ends); it never hangs.
      const inFlight = provider.search({ q: 'fire engine', locale: 'en' }).then(
        () => 'answered',
        (error) => (error instanceof SearchUnavailableError ? 'unavailable' : error),
      );
      await provider.crash();
      expect(await inFlight).toMatch(/^(answered|unavailable)$/);
      await expect.poll(() => restarts, { timeout: 30_000 }).toBe(1);
      await expect.poll(() => provider.count(), { timeout: 30_000 }).toBe(FIXTURES.length);
      const result = await provider.search({ q: '', locale: 'en' });
      expect(result.total).toBe(FIXTURES.length);
    } finally {
      await provider.close();
    }
    await expect(provider.count()).rejects.toBeInstanceOf(SearchUnavailableError);
  });
});
