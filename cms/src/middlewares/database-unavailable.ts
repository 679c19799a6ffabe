import { DATABASE_RETRY_AFTER_SECONDS, isDatabaseUnavailable } from '../runtime/database-unavailable';

/**
 * Answers 503 with Retry-After when a request failed because the database could not be reached (restart,
 * failover, exhausted pool), instead of Strapi's generic 500. Sits just inside strapi::errors.
 */
export default (_config: unknown, { strapi }: { strapi: any }) =>
  async (ctx: any, next: () => Promise<void>) => {
    try {
      await next();
    } catch (error) {
      if (!isDatabaseUnavailable(error)) throw error;
      strapi.log.warn(`database unavailable: ${ctx.method} ${ctx.path}: ${(error as Error).message}`);
      ctx.status = 503;
      ctx.set('Retry-After', String(DATABASE_RETRY_AFTER_SECONDS));
      ctx.set('Cache-Control', 'no-store');
      ctx.body = {
        data: null,
        error: { status: 503, name: 'ServiceUnavailableError', message: 'The database is unavailable for a moment; please try again.', details: {} },
      };
    }
  };
