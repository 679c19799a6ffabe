// Which errors mean "the database cannot be reached right now" (a restart, a failover, a full pool) rather than
// a bug: those are answered 503 with Retry-After, so that clients and load balancers retry instead of giving up.

/** Connection-level error codes: Node's socket errors and PostgreSQL's SQLSTATE classes 08 (connection) and 57P (shutdown). */
const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN',
  '08000', '08001', '08003', '08004', '08006', // connection exception, cannot connect, does not exist, rejected, failure
  '57P01', '57P02', '57P03', // admin shutdown, crash shutdown, cannot connect now (starting up / shutting down)
  '53300', // too many connections
  'SQLITE_BUSY', // another process holds the SQLite write lock
]);

/** Messages of pg and knex that carry no code. */
const UNAVAILABLE_MESSAGES = [
  /Connection terminated/i,
  /Client has encountered a connection error/i,
  /Client was closed and is not queryable/i,
  /Timeout acquiring a connection/i,
  /the database system is (starting up|shutting down|in recovery mode)/i,
  /terminating connection due to administrator command/i,
  /Unable to acquire a connection/i,
  /connect ECONNREFUSED/i,
  // knex, for a query still queued on a transaction that a lost connection has already rolled back.
  /Transaction query already complete/i,
];

/** Tells whether an error (or one it wraps, through `cause`) means the database is unavailable for a moment. */
export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  for (let e: any = error; e && typeof e === 'object' && !seen.has(e) && seen.size < 8; e = e.cause ?? e.originalError) {
    seen.add(e);
    if (typeof e.code === 'string' && UNAVAILABLE_CODES.has(e.code)) return true;
    if (e.name === 'KnexTimeoutError') return true;
    if (typeof e.message === 'string' && UNAVAILABLE_MESSAGES.some((pattern) => pattern.test(e.message))) return true;
    if (Array.isArray(e.errors) && e.errors.some((inner: unknown) => isDatabaseUnavailable(inner))) return true;
  }
  return false;
}

/** Seconds a client should wait before retrying. */
export const DATABASE_RETRY_AFTER_SECONDS = 5;
