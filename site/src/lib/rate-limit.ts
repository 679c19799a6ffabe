// Rate limits of the portal's sensitive forms (log-in, registration, forgotten and reset password), per client
// address and per account (e-mail address), with rate-limiter-flexible: in Redis when REDIS_URL is set, so that
// every portal process counts together, else in this process's memory. The CMS limits its own routes too; this
// stops floods before they reach it and answers them in the visitor's language.
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';

export type LimitedAction = 'login' | 'register' | 'password';

/** Attempts allowed per window, per address and per account. Overridable for tests: RATE_LIMIT_<ACTION>_IP etc. */
const RULES: Record<LimitedAction, { perAddress: number; perAccount: number; windowSeconds: number }> = {
  login: { perAddress: 20, perAccount: 8, windowSeconds: 15 * 60 },
  register: { perAddress: 10, perAccount: 5, windowSeconds: 60 * 60 },
  password: { perAddress: 10, perAccount: 5, windowSeconds: 60 * 60 },
};

function envNumber(name: string, fallback: number): number {
  const value = Number(process.env[name]);
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

let redisClient: unknown;
async function redis() {
  if (!redisClient) {
    const { Redis } = await import('ioredis');
    // Fail fast rather than queue: a request must not hang on a Redis that is gone.
    redisClient = new Redis(process.env.REDIS_URL!, { enableOfflineQueue: false, maxRetriesPerRequest: 1, lazyConnect: false });
  }
  return redisClient;
}

const limiters = new Map<string, Promise<RateLimiterAbstract>>();
function limiter(action: LimitedAction, scope: 'ip' | 'account'): Promise<RateLimiterAbstract> {
  const key = `${action}:${scope}`;
  let found = limiters.get(key);
  if (!found) {
    const rule = RULES[action];
    const points = envNumber(`RATE_LIMIT_${action.toUpperCase()}_${scope === 'ip' ? 'IP' : 'ACCOUNT'}`, scope === 'ip' ? rule.perAddress : rule.perAccount);
    const options = { keyPrefix: `cs:portal:rl:${key}`, points, duration: rule.windowSeconds };
    found = process.env.REDIS_URL
      ? redis().then((storeClient) => new RateLimiterRedis({ ...options, storeClient, insuranceLimiter: new RateLimiterMemory(options) }))
      : Promise.resolve(new RateLimiterMemory(options));
    limiters.set(key, found);
  }
  return found;
}

/** Counts one attempt; returns the seconds to wait when the address or the account has used up its attempts. */
export async function consumeAttempt(action: LimitedAction, address: string, account?: string): Promise<{ limited: false } | { limited: true; retryAfter: number }> {
  const checks: [Promise<RateLimiterAbstract>, string][] = [[limiter(action, 'ip'), address || 'unknown']];
  const normalized = account?.trim().toLowerCase();
  if (normalized) checks.push([limiter(action, 'account'), normalized]);
  let wait = 0;
  for (const [pending, key] of checks) {
    try {
      await (await pending).consume(key);
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) wait = Math.max(wait, Math.ceil(rejection.msBeforeNext / 1000));
      else throw rejection;
    }
  }
  return wait > 0 ? { limited: true, retryAfter: Math.max(1, wait) } : { limited: false };
}
