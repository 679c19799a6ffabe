import { isDatabaseUnavailable } from './database-unavailable';

let installed = false;

/**
 * What a database outage must not turn into, installed once at register():
 * - a crash: a restart can make Strapi's own background queries (validations, relation loads) reject with nobody
 *   awaiting them, and Node stops the process on an unhandled rejection. Those are logged and the CMS carries on
 *   (the request concerned is answered 503 by the database-unavailable middleware). Any other unhandled rejection
 *   still stops the process, as Node would, so that a bug is not hidden.
 * - a 401: the users-permissions strategy answers "not authenticated" on any error, so a member whose user row
 *   could not be read would be told their login is invalid. When authentication fails, the database is asked
 *   once; if it is away, that error (answered 503) replaces the 401.
 */
export function guardAgainstDatabaseOutages(strapi: any): void {
  if (installed) return;
  installed = true;
  process.on('unhandledRejection', (reason) => {
    if (isDatabaseUnavailable(reason)) {
      strapi.log.warn(`database unavailable in background work: ${(reason as Error).message}`);
      return;
    }
    throw reason;
  });

  const auth = strapi.get('auth');
  const authenticate = auth.authenticate.bind(auth);
  const probeDatabase = () => strapi.db.connection.raw('select 1');
  auth.authenticate = async (ctx: any, next: () => Promise<unknown>) => {
    try {
      const result = await authenticate(ctx, next);
      if (ctx.status === 401 && !ctx.state.isAuthenticated) await probeDatabase();
      return result;
    } catch (error) {
      const status = (error as { status?: number }).status;
      if ((status === 401 || (error as Error).name === 'UnauthorizedError') && !ctx.state.isAuthenticated) await probeDatabase();
      throw error;
    }
  };
}
