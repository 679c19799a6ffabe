import path from 'node:path';

/**
 * Something inside a Strapi package's build that is not its public API (a module, or what `pick` takes from it),
 * found beside `anchor` (a file the package exports); null if an upgrade moved it, and the callers then do without
 * the saving or the fix it enables (each logs so).
 */
export function strapiInternal<T>(anchor: string, file: string, pick: (module: any) => T = (module) => module): T | null {
  try {
    return pick(require(path.join(path.dirname(require.resolve(anchor)), file))) ?? null;
  } catch {
    return null;
  }
}

/**
 * @strapi/database's conversion of a row to attributes (column names, booleans, JSON, numbers), as its own queries
 * use it, for the few reads written with knex that must answer what the query engine would.
 */
export function strapiFromRow(): ((meta: unknown, row: unknown) => any) | null {
  return strapiInternal('@strapi/database/package.json', 'dist/query/helpers/transform.js', (module) => module.fromRow);
}
