import path from 'node:path';

/**
 * @strapi/database's conversion of a row to attributes (column names, booleans, JSON, numbers), as its own queries
 * use it, for the few reads written with knex that must answer what the query engine would; null if a Strapi
 * upgrade moved it (the callers then read through the query engine instead).
 */
export function strapiFromRow(): ((meta: unknown, row: unknown) => any) | null {
  try {
    const database = path.dirname(require.resolve('@strapi/database/package.json'));
    return require(path.join(database, 'dist/query/helpers/transform.js')).fromRow ?? null;
  } catch {
    return null;
  }
}
