import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import Redis from 'ioredis';
import { errors } from '@strapi/utils';
import { closeRateLimits, consumeOrRefuse, limiterFor } from './rate-limits';

// Against the real stores: memory, and the Redis the development and CI machines run on 127.0.0.1:6379.
const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

function fakeCtx() {
  const headers: Record<string, string> = {};
  return { headers, set: (name: string, value: string) => (headers[name] = value) };
}

afterAll(async () => {
  await closeRateLimits();
});

describe.each([
  ['memory', undefined],
  ['redis', REDIS_URL],
])('the rate limit in %s', (_store, redisUrl) => {
  it('lets the allowed number through, then refuses with 429 and Retry-After; other addresses are not affected', async () => {
    const keyPrefix = `test:${randomUUID()}`;
    const limiter = limiterFor({ keyPrefix, points: 3, durationSeconds: 60 }, redisUrl);
    for (let i = 0; i < 3; i += 1) await consumeOrRefuse(fakeCtx(), limiter, '203.0.113.7');
    const ctx = fakeCtx();
    const refusal = await consumeOrRefuse(ctx, limiter, '203.0.113.7').catch((error) => error);
    expect(refusal).toBeInstanceOf(errors.RateLimitError);
    expect(refusal.message).toMatch(/Too many reports/);
    expect(Number(ctx.headers['Retry-After'])).toBeGreaterThan(0);
    expect(Number(ctx.headers['Retry-After'])).toBeLessThanOrEqual(60);
    await consumeOrRefuse(fakeCtx(), limiter, '203.0.113.8');
    if (redisUrl) {
      // The count lives in Redis (shared by every CMS instance), not in the in-memory insurance limiter.
      const redis = new Redis(redisUrl);
      try {
        expect(Number(await redis.get(`${keyPrefix}:203.0.113.7`))).toBeGreaterThanOrEqual(3);
        await redis.del(`${keyPrefix}:203.0.113.7`, `${keyPrefix}:203.0.113.8`);
      } finally {
        redis.disconnect();
      }
    }
  });
});
