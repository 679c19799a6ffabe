import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import Redis from 'ioredis';
import { errors } from '@strapi/utils';

export interface Limit {
  keyPrefix: string;
  points: number;
  durationSeconds: number;
}

/** Reports a visitor may file: ten an hour from one address. */
export const REPORT_LIMIT: Limit = { keyPrefix: 'rl:report', points: 10, durationSeconds: 3600 };

let redis: Redis | null = null;
const limiters = new Map<string, RateLimiterAbstract>();

/**
 * One limiter per kind: in Redis when REDIS_URL is set (shared by every CMS instance), in memory otherwise. A
 * Redis outage falls back to the in-memory limiter rather than refusing every request.
 */
export function limiterFor(limit: Limit, redisUrl: string | undefined): RateLimiterAbstract {
  const key = `${limit.keyPrefix}:${redisUrl ?? 'memory'}`;
  let limiter = limiters.get(key);
  if (limiter) return limiter;
  const options = { keyPrefix: limit.keyPrefix, points: limit.points, duration: limit.durationSeconds };
  if (redisUrl) {
    // Commands wait for the connection (the first requests after a start count in Redis too); during an outage
    // they fail after one retry and the insurance limiter answers instead.
    redis ??= new Redis(redisUrl, { enableOfflineQueue: true, maxRetriesPerRequest: 1, connectTimeout: 2000 });
    limiter = new RateLimiterRedis({ ...options, storeClient: redis, insuranceLimiter: new RateLimiterMemory(options) });
  } else limiter = new RateLimiterMemory(options);
  limiters.set(key, limiter);
  return limiter;
}

/** Takes one point for `key`; over the limit, answers 429 with Retry-After (seconds) set on ctx. */
export async function consumeOrRefuse(ctx: any, limiter: RateLimiterAbstract, key: string): Promise<void> {
  try {
    await limiter.consume(key);
  } catch (refusal) {
    if (!(refusal instanceof RateLimiterRes)) throw refusal;
    const retryAfter = Math.max(1, Math.ceil(refusal.msBeforeNext / 1000));
    ctx.set('Retry-After', String(retryAfter));
    throw new errors.RateLimitError(`Too many reports from this address; try again in ${retryAfter} seconds`, { retryAfter });
  }
}

/** Closes the Redis connection (tests and shutdown). */
export async function closeRateLimits(): Promise<void> {
  limiters.clear();
  if (redis) await redis.quit().catch(() => undefined);
  redis = null;
}
