// The portal's own rate limits (memory store, as without REDIS_URL): attempts are counted per address and per
// account separately, and the one used up answers with the seconds to wait.
import { describe, expect, it } from 'vitest';
import { consumeAttempt } from './rate-limit';

describe('rate limits of the sensitive forms', () => {
  it('stops an account after its attempts, whatever the address, and says how long to wait', async () => {
    const account = `someone.${Date.now()}@example.eu`;
    const results = [];
    for (let i = 0; i < 9; i += 1) results.push(await consumeAttempt('login', `10.0.0.${i}`, account));
    // The default allows 8 attempts per account in 15 minutes.
    expect(results.slice(0, 8).every((r) => !r.limited)).toBe(true);
    const last = results[8]!;
    expect(last.limited).toBe(true);
    if (last.limited) expect(last.retryAfter).toBeGreaterThan(60 * 14);
    // The account's name is compared without case or spaces.
    expect((await consumeAttempt('login', '10.0.1.1', ` ${account.toUpperCase()} `)).limited).toBe(true);
  });

  it('stops an address after its attempts, whatever the accounts, and counts each form on its own', async () => {
    const address = `192.0.2.${Date.now() % 250}`;
    const results = [];
    for (let i = 0; i < 11; i += 1) results.push(await consumeAttempt('register', address, `new.${i}.${Date.now()}@example.eu`));
    expect(results.slice(0, 10).every((r) => !r.limited)).toBe(true);
    expect(results[10]!.limited).toBe(true);
    // Log-in from the same address is counted apart.
    expect((await consumeAttempt('login', address, `other.${Date.now()}@example.eu`)).limited).toBe(false);
  });
});
