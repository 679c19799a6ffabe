import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestCms, type TestCms } from '../support/strapi-instance';
import { buildWorld } from '../support/fixtures';
import { call, freshIp } from '../support/accounts';

/**
 * The rate limits with their production store (Redis, at REDIS_URL or 127.0.0.1:6379) and without a trusted
 * proxy: then X-Forwarded-For is the client's own claim and must not let it dodge the per-address limit.
 */
const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const PREFIX = `cs-test-${randomBytes(4).toString('hex')}`;
let cms: TestCms;
let redis: Redis;

beforeAll(async () => {
  redis = new Redis(REDIS_URL);
  // A prefix of this run's own, so that counts left by other runs in the shared Redis never interfere.
  cms = await startTestCms({ REDIS_URL, RATE_LIMIT_PREFIX: PREFIX, TRUST_PROXY: 'false' });
  await buildWorld(cms);
});

afterAll(async () => {
  await cms?.stop();
  const keys = await redis.keys(`${PREFIX}:*`);
  if (keys.length) await redis.del(...keys);
  redis.disconnect();
});

describe('rate limits in Redis, behind no trusted proxy', () => {
  it('counts failed logins per address in Redis, whatever X-Forwarded-For claims', async () => {
    for (let i = 0; i < 30; i++) {
      const response = await call(cms, 'POST', '/api/accounts/login', { ip: freshIp(), body: { email: `guess${i}@example.eu`, password: 'not-the-password' } });
      expect(response.status).toBe(400);
    }
    const limited = await call(cms, 'POST', '/api/accounts/login', { ip: freshIp(), body: { email: 'member.a@example.eu', password: 'Test-password-1' } });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(800);
    expect(limited.body.error.details).toMatchObject({ code: 'rate.limited' });

    // The count lives in Redis (shared by every CMS instance), under the configured prefix.
    const keys = await redis.keys(`${PREFIX}:rl:loginAddress:*`);
    expect(keys).toEqual([`${PREFIX}:rl:loginAddress:127.0.0.1`]);
    expect(Number(await redis.get(keys[0]!))).toBe(30);
    // Cleared (as after the block expires), the address may log in again.
    await redis.del(keys[0]!);
    expect((await call(cms, 'POST', '/api/accounts/login', { body: { email: 'member.a@example.eu', password: 'Test-password-1' } })).status).toBe(200);
  });
});
