import { DATABASE_RETRY_AFTER_SECONDS, isDatabaseUnavailable } from '../runtime/database-unavailable';

/** An /api request still unanswered after this long is answered 503: seen when the database went away mid-request. */
export const API_REQUEST_DEADLINE_MS = 15_000;

const unavailable = (message: string) => ({ data: null, error: { status: 503, name: 'ServiceUnavailableError', message, details: {} } });

/**
 * Answers 503 with Retry-After when a request failed because the database could not be reached (restart,
 * failover, exhausted pool), instead of Strapi's generic 500. Sits just inside strapi::errors.
 * A content-API request is also bounded in time: a database that vanishes mid-transaction can leave a query
 * promise that never settles (seen with PostgreSQL restarts), and a client must get an answer rather than hang.
 */
export default (_config: unknown, { strapi }: { strapi: any }) =>
  async (ctx: any, next: () => Promise<void>) => {
    const bounded = ctx.path.startsWith('/api/');
    let timer: NodeJS.Timeout | undefined;
    const work = next();
    try {
      if (!bounded) return await work;
      const expired = await Promise.race([
        work.then(() => false),
        new Promise<true>((resolve) => {
          timer = setTimeout(() => resolve(true), API_REQUEST_DEADLINE_MS);
        }),
      ]);
      if (expired) {
        // The abandoned work may still fail later; it has no one to answer any more.
        work.catch((error) => strapi.log.warn(`abandoned ${ctx.method} ${ctx.path} failed later: ${(error as Error).message}`));
        strapi.log.warn(`no answer within ${API_REQUEST_DEADLINE_MS} ms: ${ctx.method} ${ctx.path}`);
        ctx.status = 503;
        ctx.set('Retry-After', String(DATABASE_RETRY_AFTER_SECONDS));
        ctx.set('Cache-Control', 'no-store');
        ctx.body = unavailable('The request could not be completed in time; please try again.');
      }
    } catch (error) {
      if (!isDatabaseUnavailable(error)) throw error;
      strapi.log.warn(`database unavailable: ${ctx.method} ${ctx.path}: ${(error as Error).message}`);
      ctx.status = 503;
      ctx.set('Retry-After', String(DATABASE_RETRY_AFTER_SECONDS));
      ctx.set('Cache-Control', 'no-store');
      ctx.body = unavailable('The database is unavailable for a moment; please try again.');
    } finally {
      clearTimeout(timer);
    }
  };
