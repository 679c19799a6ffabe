import { nulRefusal } from './reject-nul';

interface Visit {
  value: unknown;
  key?: string | number;
  parent?: Visit;
}

/**
 * Where in a parsed body a NUL character sits (in a string value or a key), as a field path; undefined when
 * there is none. Walks iteratively, each entry pointing at its parent: a deeply nested body must neither
 * overflow the stack nor cost time by the square of its depth.
 */
export function nulPathIn(body: unknown): (string | number)[] | undefined {
  const stack: Visit[] = [{ value: body }];
  while (stack.length) {
    const visit = stack.pop()!;
    const { value } = visit;
    if (typeof value === 'string') {
      if (value.includes('\u0000')) return pathOf(visit);
    } else if (Array.isArray(value)) {
      value.forEach((item, index) => stack.push({ value: item, key: index, parent: visit }));
    } else if (value && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) {
        if (key.includes('\u0000')) return pathOf(visit);
        stack.push({ value: item, key, parent: visit });
      }
    }
  }
  return undefined;
}

function pathOf(visit: Visit): (string | number)[] {
  const path: (string | number)[] = [];
  for (let at: Visit | undefined = visit; at?.parent; at = at.parent) path.push(at.key!);
  return path.reverse();
}

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
