import type { Core } from '@strapi/strapi';
import { createRateLimits, type RateLimits } from '../../../access/rate-limit';
import { runtimeEnv } from '../../../runtime/environment';

/** The CMS instance's rate limits (Redis when REDIS_URL is set, else memory), created on first use. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  let limits: RateLimits | undefined;
  return {
    limits(): RateLimits {
      if (!limits) {
        const env = runtimeEnv();
        limits = createRateLimits({ redisUrl: env.REDIS_URL, prefix: env.RATE_LIMIT_PREFIX, log: (message) => strapi.log.warn(message) });
      }
      return limits;
    },
    async close(): Promise<void> {
      await limits?.close();
      limits = undefined;
    },
  };
};
