/**
 * The largest row id the databases hold (PostgreSQL `integer`). A larger number names no row, and PostgreSQL
 * refuses even to compare a column with it (a database error, not an empty result): ids from a request are
 * checked against it before any query.
 */
export const MAX_ROW_ID = 2_147_483_647;

/** True for a number that can be a row id. */
export function isRowId(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= MAX_ROW_ID;
}
