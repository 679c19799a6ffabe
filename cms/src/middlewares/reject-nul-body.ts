import { pathOfStringWhere } from '../domain/text-rules';
import { nulRefusal } from './reject-nul';

/** Where in a parsed body a NUL character sits (in a string value or a key), as a field path; undefined when none. */
export const nulPathIn = (body: unknown): (string | number)[] | undefined => pathOfStringWhere(body, (text) => text.includes('\u0000'));

/**
 * Refuses, with a 400 naming the field, a parsed request body that carries a NUL character anywhere. No text of
 * ours may hold one and PostgreSQL cannot store one: a route whose own validation let it through (Strapi's core
 * update of a municipality, users-permissions' login) ended as a database error (500), and on SQLite it was
 * stored. Sits right after strapi::body. Paths are given inside `data`, as Strapi's validation errors are.
 */
export default () => async (ctx: any, next: () => Promise<void>) => {
  const found = nulPathIn(ctx.request.body);
  if (!found) return next();
  const path = found[0] === 'data' && found.length > 1 ? found.slice(1) : found;
  nulRefusal(ctx, path.length ? path.map(String) : ['body']);
};
