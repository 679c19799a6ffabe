/**
 * Refuses, with a 400 that names where, an address or query that carries a NUL character (%00). No text of ours
 * may hold one, and PostgreSQL cannot even compare with one: a route parameter such as /api/listings/%00/close
 * would otherwise end as a database error (500) instead of a clear refusal. Bodies are checked by each route's
 * validation and, after strapi::body, by reject-nul-body; this covers what reaches the routes before it.
 */
export default () => async (ctx: any, next: () => Promise<void>) => {
  let where: 'path' | 'query' | undefined;
  try {
    if (decodeURIComponent(ctx.path).includes('\u0000')) where = 'path';
    else if (decodeURIComponent(ctx.querystring ?? '').includes('\u0000')) where = 'query';
  } catch {
    // Malformed percent-encoding: Strapi's router and query parser answer it themselves.
  }
  if (!where) return next();
  nulRefusal(ctx, [where]);
};

/** Answers 400 in Strapi's validation error shape, naming where the NUL character was. */
export function nulRefusal(ctx: any, path: string[]): void {
  const message = `${path.join('.')}: must not contain a NUL character`;
  ctx.status = 400;
  ctx.body = {
    data: null,
    error: { status: 400, name: 'ValidationError', message, details: { errors: [{ path, message, name: 'ValidationError', code: 'control_characters' }] } },
  };
}
