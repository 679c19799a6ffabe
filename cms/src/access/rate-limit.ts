// Rate limits of the public write routes (login, registration, password reset, token links, reports), per
// client address and per account. Counted in Redis when REDIS_URL is set, so that every CMS instance shares the counts, else
// in memory. The client address is Koa's ctx.ip, which honours X-Forwarded-For only when the server's
// `proxy` setting (TRUST_PROXY) is on: a client cannot pick its own address otherwise.
import { createHash } from 'node:crypto';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import Redis from 'ioredis';

/** Each bucket: how many points in how many seconds. */
export const RATE_LIMITS = {
  /** Failed logins from one address. */
  loginAddress: { points: 30, duration: 15 * 60 },
  /** Failed logins to one account (whoever tries). */
  loginAccount: { points: 5, duration: 15 * 60 },
  /** Registrations from one address. */
  registerAddress: { points: 10, duration: 60 * 60 },
  /** Reset-mail requests from one address, and for one account. */
  forgotAddress: { points: 10, duration: 60 * 60 },
  forgotAccount: { points: 3, duration: 60 * 60 },
  /** Wrong or expired tokens (confirmation, reset, invitation) from one address. */
  tokenAddress: { points: 20, duration: 15 * 60 },
  /** Reports (abuse, errors) filed from one address. */
  reportAddress: { points: 10, duration: 60 * 60 },
} as const;

export type RateBucket = keyof typeof RATE_LIMITS;

/** Thrown when a bucket is exhausted; the route answers 429 with Retry-After. */
export class RateLimited extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super(`Too many attempts; try again in ${retryAfterSeconds} seconds`);
    this.name = 'RateLimited';
  }
}

export interface RateLimits {
  /** Refuses (RateLimited) when the bucket is already exhausted for this key, without counting. */
  check(bucket: RateBucket, key: string): Promise<void>;
  /** Counts one point; refuses when that exhausts the bucket. */
  hit(bucket: RateBucket, key: string): Promise<void>;
  /** Forgets the key's count (after a successful login, for instance). */
  clear(bucket: RateBucket, key: string): Promise<void>;
  /** Resolves once the store is reachable (or after `timeoutMs`, counting in memory until it is). */
  ready(timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

/** Keys that name a person (e-mail addresses) are hashed: the counts store must not hold personal data. */
export function accountKey(email: string): string {
  return createHash('sha256').update(email.trim().toLowerCase()).digest('hex').slice(0, 32);
}

export function createRateLimits(options: { redisUrl?: string; prefix: string; log?: (message: string) => void }): RateLimits {
  const redis = options.redisUrl
    ? new Redis(options.redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 1, lazyConnect: false })
    : undefined;
  // A Redis outage must not open the gates nor lock everyone out: the in-memory limiter stands in.
  redis?.on('error', (error) => options.log?.(`rate limits: Redis unavailable (${error.message}); counting in memory`));
  const limiters = new Map<RateBucket, RateLimiterAbstract>();
  for (const [bucket, limit] of Object.entries(RATE_LIMITS) as [RateBucket, { points: number; duration: number }][]) {
    const memory = new RateLimiterMemory({ ...limit, keyPrefix: `${options.prefix}:${bucket}` });
    limiters.set(
      bucket,
      redis ? new RateLimiterRedis({ ...limit, storeClient: redis, keyPrefix: `${options.prefix}:rl:${bucket}`, insuranceLimiter: memory }) : memory,
    );
  }
  const limiter = (bucket: RateBucket) => limiters.get(bucket)!;
  const retryAfter = (res: RateLimiterRes) => Math.max(1, Math.ceil(res.msBeforeNext / 1000));

  return {
    async check(bucket, key) {
      const res = await limiter(bucket).get(key);
      if (res && res.consumedPoints >= RATE_LIMITS[bucket].points) throw new RateLimited(retryAfter(res));
    },
    async hit(bucket, key) {
      try {
        await limiter(bucket).consume(key);
      } catch (rejection) {
        if (rejection instanceof RateLimiterRes) throw new RateLimited(retryAfter(rejection));
        throw rejection;
      }
    },
    async clear(bucket, key) {
      await limiter(bucket).delete(key);
    },
    async ready(timeoutMs = 3000) {
      if (!redis || redis.status === 'ready') return;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, timeoutMs);
        redis.once('ready', () => {
          clearTimeout(timer);
          resolve();
        });
      });
    },
    async close() {
      redis?.disconnect();
    },
  };
}
