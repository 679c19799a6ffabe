import { isDatabaseUnavailable } from './database-unavailable';
import { strapiInternal } from './strapi-internals';

/** users-permissions' content-API strategy object, as its register() handed it to Strapi (the same module instance). */
function usersPermissionsStrategy(): { authenticate: (ctx: any) => Promise<any> } | null {
  return strapiInternal('@strapi/plugin-users-permissions/package.json', 'dist/server/strategies/users-permissions.js', (module) => module.__require());
}

const OUTAGE = Symbol('database outage met while authenticating');

/**
 * users-permissions answers every error of its lookups (the user, the role's permissions, the public role's, its
 * settings) with "not authenticated", so a member whose user lookup met a database restart got 401, which a client
 * takes as "log in again", instead of 503 and Retry-After (seen in tests/faults). Those lookups note such an error
 * on the request they serve; the strategy then throws it on to the database-unavailable middleware (503).
 */
export function answerAuthOutagesWith503(strapi: any): void {
  const strategy = usersPermissionsStrategy();
  if (!strategy || typeof strategy.authenticate !== 'function') {
    strapi.log.warn('[auth] users-permissions\' strategy was not found where expected: a database outage may answer 401');
    return;
  }
  const noting =
    <A extends unknown[], R>(lookup: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      try {
        return await lookup(...args);
      } catch (error) {
        const ctx = strapi.requestContext.get();
        if (ctx?.state && isDatabaseUnavailable(error)) ctx.state[OUTAGE] = error;
        throw error;
      }
    };
  const users = strapi.plugin('users-permissions').service('user');
  users.fetchAuthenticatedUser = noting(users.fetchAuthenticatedUser.bind(users));
  const permissions = strapi.plugin('users-permissions').service('permission');
  permissions.findRolePermissions = noting(permissions.findRolePermissions.bind(permissions));
  permissions.findPublicPermissions = noting(permissions.findPublicPermissions.bind(permissions));
  strapi.store.get = noting(strapi.store.get.bind(strapi.store));

  const authenticate = strategy.authenticate;
  strategy.authenticate = async (ctx: any) => {
    const result = await authenticate(ctx);
    if (ctx.state?.[OUTAGE]) throw ctx.state[OUTAGE];
    return result;
  };
}
