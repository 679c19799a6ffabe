// Rules for any text a member sends, whatever the field.

/** Control characters no text of ours may hold (tab, line feed and carriage return are allowed). */
export const CONTROL_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

interface Visit {
  value: unknown;
  key?: string | number;
  parent?: Visit;
}

/**
 * Where in parsed input the first string (value or key) that is `bad` sits, as a field path; undefined when
 * there is none. Walks iteratively, each entry pointing at its parent: a deeply nested body must neither
 * overflow the stack nor cost time by the square of its depth.
 */
export function pathOfStringWhere(body: unknown, bad: (text: string) => boolean): (string | number)[] | undefined {
  const stack: Visit[] = [{ value: body }];
  while (stack.length) {
    const visit = stack.pop()!;
    const { value } = visit;
    if (typeof value === 'string') {
      if (bad(value)) return pathOf(visit);
    } else if (Array.isArray(value)) {
      value.forEach((item, index) => stack.push({ value: item, key: index, parent: visit }));
    } else if (value && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) {
        if (bad(key)) return pathOf(visit);
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
