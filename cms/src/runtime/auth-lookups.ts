import { JOINED_MUNICIPALITY, MUNICIPALITY_FIELDS } from '../access/current-member';
import { clearOnWrites, createFreshCache } from './fresh-cache';
import { strapiFromRow, strapiInternal } from './strapi-internals';

// Every request with a member's JWT made seven queries before reaching its route: Strapi's API-token strategy
// looked the JWT up among the API tokens, then users-permissions read the user, its role, the plugin's advanced
// settings and the role's permissions (two queries), and our policies read the member's municipality. Only the
// user, its role and its municipality must be read each time (a blocked user, a changed role or a municipality
// whose verification was withdrawn takes effect at once); the rest is spared here:
// - the user, its role and its municipality are read in one query (users-permissions reads the role in a second,
//   and currentMember read the municipality in a third);
// - a JWT is never an API token (those are 256 hex characters, a JWT has dots), so it is not looked up as one;
// - the role's permissions and the advanced settings are kept in memory. They change only when an editor edits a
//   role or the settings: a write to those rows in this process clears them (and again when it commits); another
//   instance's write is seen within PERMISSIONS_FRESH_MS, which bounds how long a revoked permission can still be
//   honoured elsewhere.
export const PERMISSIONS_FRESH_MS = 5_000;

const ROLE_UID = 'plugin::users-permissions.role';
const PERMISSION_UID = 'plugin::users-permissions.permission';
const CORE_STORE_UID = 'strapi::core-store';

/** True for a bearer value that cannot be a Strapi API token (hex only) because it has a JWT's dots. */
export function isJwtShaped(authorization: unknown): boolean {
  if (typeof authorization !== 'string') return false;
  const parts = authorization.split(/\s+/);
  return parts.length === 2 && parts[0]!.toLowerCase() === 'bearer' && parts[1]!.includes('.');
}

/** Strapi's content-API token strategy, as registered by the admin (the same module instance Strapi loaded). */
function contentApiTokenStrategy(): { authenticate: (ctx: any) => Promise<unknown> } | null {
  return strapiInternal('@strapi/admin/strapi-server', 'server/src/strategies/content-api-token.js', (module) => module.default);
}

const USER_UID = 'plugin::users-permissions.user';
const MUNICIPALITY_UID = 'api::municipality.municipality';

/**
 * users-permissions' fetchAuthenticatedUser (the user with its role, as findOne with populate: ['role'] returns
 * it) in one query that also reads the member's municipality, which it keeps on the user for currentMember.
 */
export function fetchUserRoleAndMunicipality(strapi: any, fromRow: (meta: unknown, row: unknown) => any) {
  const knex = strapi.db.connection;
  const userMeta = strapi.db.metadata.get(USER_UID);
  const roleMeta = strapi.db.metadata.get(ROLE_UID);
  const municipalityMeta = strapi.db.metadata.get(MUNICIPALITY_UID);
  const roleLink = userMeta.attributes.role.joinTable;
  const municipalityLink = userMeta.attributes.municipality.joinTable;
  const scalarColumns = (meta: any, names?: readonly string[]) =>
    Object.entries(meta.attributes)
      .filter(([name, attribute]: [string, any]) => attribute.columnName && (!names || names.includes(name)) && attribute.type !== 'relation')
      .map(([, attribute]: [string, any]) => attribute.columnName as string);
  const roleColumns = [...new Set(['id', ...scalarColumns(roleMeta)])];
  const municipalityColumns = [...new Set(['id', ...scalarColumns(municipalityMeta, MUNICIPALITY_FIELDS)])];
  const part = (row: Record<string, unknown>, prefix: string) =>
    Object.fromEntries(Object.entries(row).filter(([key]) => key.startsWith(prefix)).map(([key, value]) => [key.slice(prefix.length), value]));

  return async (id: unknown) => {
    const row = await knex(`${userMeta.tableName} as u`)
      .leftJoin(`${roleLink.name} as ur`, `ur.${roleLink.joinColumn.name}`, 'u.id')
      .leftJoin(`${roleMeta.tableName} as r`, 'r.id', `ur.${roleLink.inverseJoinColumn.name}`)
      .leftJoin(`${municipalityLink.name} as um`, `um.${municipalityLink.joinColumn.name}`, 'u.id')
      .leftJoin(`${municipalityMeta.tableName} as m`, 'm.id', `um.${municipalityLink.inverseJoinColumn.name}`)
      .select('u.*', ...roleColumns.map((c) => `r.${c} as __role__${c}`), ...municipalityColumns.map((c) => `m.${c} as __municipality__${c}`))
      .where('u.id', id)
      .first();
    if (!row) return null;
    const user = fromRow(userMeta, Object.fromEntries(Object.entries(row).filter(([key]) => !key.startsWith('__'))));
    const role = part(row, '__role__');
    const municipality = part(row, '__municipality__');
    user.role = role.id == null ? null : fromRow(roleMeta, role);
    Object.defineProperty(user, JOINED_MUNICIPALITY, { value: municipality.id == null ? null : fromRow(municipalityMeta, municipality), enumerable: false });
    return user;
  };
}

/** Installs the savings above (at bootstrap: the plugins' services and the database exist by then). */
export function shortenAuthLookups(strapi: any): void {
  const fromRow = strapiFromRow();
  if (fromRow) strapi.plugin('users-permissions').service('user').fetchAuthenticatedUser = fetchUserRoleAndMunicipality(strapi, fromRow);
  else strapi.log.warn('[auth] @strapi/database\'s row conversion was not found where expected: the user and its role are read in two queries');

  const strategy = contentApiTokenStrategy();
  if (strategy && typeof strategy.authenticate === 'function') {
    const authenticate = strategy.authenticate;
    strategy.authenticate = async (ctx: any) => (isJwtShaped(ctx.request?.header?.authorization) ? { authenticated: false } : authenticate(ctx));
  } else {
    strapi.log.warn('[auth] Strapi\'s API-token strategy was not found where expected: JWTs are looked up as API tokens too');
  }

  const cache = createFreshCache<unknown>(PERMISSIONS_FRESH_MS);
  clearOnWrites(strapi, [ROLE_UID, PERMISSION_UID, CORE_STORE_UID], cache);

  // The permission rows are shared by the callers: each gets its own array (users-permissions only maps them).
  const permissions = strapi.plugin('users-permissions').service('permission');
  const findRolePermissions = permissions.findRolePermissions.bind(permissions);
  const findPublicPermissions = permissions.findPublicPermissions.bind(permissions);
  permissions.findRolePermissions = async (roleId: number) => [...((await cache.get(`role:${roleId}`, () => findRolePermissions(roleId))) as unknown[])];
  permissions.findPublicPermissions = async () => [...((await cache.get('public', () => findPublicPermissions())) as unknown[])];

  // users-permissions reads its advanced settings through the core store on every request (the store's writes go
  // through the core-store model, whose lifecycles clear the cache); a copy for each caller.
  const store = strapi.store;
  const get = store.get;
  const isAdvancedSettings = (params: any) =>
    params?.type === 'plugin' && params?.name === 'users-permissions' && params?.key === 'advanced' && !params?.environment && !params?.tag;
  store.get = async (params: any) => (isAdvancedSettings(params) ? structuredClone(await cache.get('advanced', () => get(params))) : get(params));
}
