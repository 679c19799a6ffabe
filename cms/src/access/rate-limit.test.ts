import { randomUUID } from 'node:crypto';
import Redis from 'ioredis';
import { describe, expect, it } from 'vitest';
import { RATE_LIMITS, RateLimited, accountKey, createRateLimits } from './rate-limit';

// Against the real stores: memory, and the Redis the development and CI machines run on 127.0.0.1:6379.
const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

describe.each([
  ['memory', undefined],
  ['redis', REDIS_URL],
])('rate limits in %s', (_store, redisUrl) => {
  it('lets a bucket\'s points through, then refuses with the seconds to wait; other keys are not affected', async () => {
    const prefix = `test:${randomUUID()}`;
    const limits = createRateLimits({ redisUrl, prefix });
    try {
      await limits.ready();
      const { points, duration } = RATE_LIMITS.reportAddress;
      for (let i = 0; i < points; i += 1) await limits.hit('reportAddress', '203.0.113.7');
      const refusal = await limits.hit('reportAddress', '203.0.113.7').catch((error) => error);
      expect(refusal).toBeInstanceOf(RateLimited);
      expect(refusal.retryAfterSeconds).toBeGreaterThan(0);
      expect(refusal.retryAfterSeconds).toBeLessThanOrEqual(duration);
      await expect(limits.check('reportAddress', '203.0.113.7')).rejects.toBeInstanceOf(RateLimited);
      await limits.hit('reportAddress', '203.0.113.8');
      await limits.clear('reportAddress', '203.0.113.7');
      await limits.check('reportAddress', '203.0.113.7');
      if (redisUrl) {
        // Counted in Redis (shared by every CMS instance), not only in the in-memory stand-in.
        const redis = new Redis(redisUrl);
        try {
          expect(Number(await redis.get(`${prefix}:rl:reportAddress:203.0.113.8`))).toBe(1);
          await redis.del(`${prefix}:rl:reportAddress:203.0.113.8`);
        } finally {
          redis.disconnect();
        }
      }
    } finally {
      await limits.close();
    }
  });
});

describe('account keys', () => {
  it('never store an e-mail address, and ignore case and spaces', () => {
    expect(accountKey(' Member@Example.EU ')).toBe(accountKey('member@example.eu'));
    expect(accountKey('member@example.eu')).not.toContain('example');
  });
});
