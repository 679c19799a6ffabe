// The fake Algolia's reader of the `filters` syntax: facet filters (attr:value, attr:"quoted value"), numeric
// comparisons (attr > 3, attr:1 TO 9), AND, OR, NOT and parentheses. It also names the attributes a filter uses,
// so the fake can refuse filters on attributes that are not declared for faceting, as Algolia does.

/** A compiled filter. */
export interface FakeFilter {
  test(record: Record<string, unknown>): boolean;
  /** Attributes used as facet filters (attr:value). */
  facetAttributes: string[];
}

type Token = { kind: 'word' | 'string' | 'op' | 'lparen' | 'rparen' | 'colon'; text: string };

function tokenize(input: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < input.length) {
    const ch = input[i]!;
    if (/\s/.test(ch)) {
      i++;
    } else if (ch === '(' || ch === ')') {
      tokens.push({ kind: ch === '(' ? 'lparen' : 'rparen', text: ch });
      i++;
    } else if (ch === ':') {
      tokens.push({ kind: 'colon', text: ch });
      i++;
    } else if (ch === '"' || ch === "'") {
      let text = '';
      i++;
      while (i < input.length && input[i] !== ch) {
        if (input[i] === '\\') i++;
        text += input[i] ?? '';
        i++;
      }
      if (input[i] !== ch) throw new Error(`Unterminated string in filters: ${input}`);
      i++;
      tokens.push({ kind: 'string', text });
    } else if (/[<>=!]/.test(ch)) {
      const two = input.slice(i, i + 2);
      const op = ['<=', '>=', '!='].includes(two) ? two : ch;
      tokens.push({ kind: 'op', text: op });
      i += op.length;
    } else {
      const m = /^[^\s():"'<>=!]+/.exec(input.slice(i))!;
      tokens.push({ kind: 'word', text: m[0] });
      i += m[0].length;
    }
  }
  return tokens;
}

const valuesOf = (record: Record<string, unknown>, attribute: string): unknown[] => {
  let v: unknown = record;
  for (const part of attribute.split('.')) v = v === null || typeof v !== 'object' ? undefined : (v as Record<string, unknown>)[part];
  return v === undefined || v === null ? [] : Array.isArray(v) ? v : [v];
};

/** Parses a filters string; throws an Error with Algolia-like wording on bad syntax. */
export function parseFilters(input: string): FakeFilter {
  const tokens = tokenize(input);
  const facetAttributes: string[] = [];
  let pos = 0;
  const peek = (): Token | undefined => tokens[pos];
  const isWord = (text: string): boolean => peek()?.kind === 'word' && peek()!.text.toUpperCase() === text;
  const expect = (kind: Token['kind']): Token => {
    const t = tokens[pos++];
    if (!t || t.kind !== kind) throw new Error(`filters: expected ${kind} at token ${pos} in "${input}"`);
    return t;
  };
  type Pred = (r: Record<string, unknown>) => boolean;

  const atom = (): Pred => {
    const attribute = expect('word').text;
    const next = tokens[pos++];
    if (next?.kind === 'colon') {
      const v = tokens[pos++];
      if (!v || (v.kind !== 'word' && v.kind !== 'string')) throw new Error(`filters: value expected after ${attribute}:`);
      if (v.kind === 'word' && isWord('TO')) {
        pos++;
        const hi = Number(expect('word').text);
        const lo = Number(v.text);
        return (r) => valuesOf(r, attribute).some((x) => Number(x) >= lo && Number(x) <= hi);
      }
      facetAttributes.push(attribute);
      const want = v.text;
      return (r) => valuesOf(r, attribute).some((x) => String(x) === want);
    }
    if (next?.kind === 'op') {
      const n = Number(expect('word').text);
      const cmp: Record<string, (x: number) => boolean> = {
        '<': (x) => x < n, '<=': (x) => x <= n, '=': (x) => x === n, '!=': (x) => x !== n, '>=': (x) => x >= n, '>': (x) => x > n,
      };
      const f = cmp[next.text]!;
      return (r) => valuesOf(r, attribute).some((x) => typeof x === 'number' && f(x));
    }
    throw new Error(`filters: ':' or an operator expected after ${attribute}`);
  };
  const unary = (): Pred => {
    if (isWord('NOT')) {
      pos++;
      const p = unary();
      return (r) => !p(r);
    }
    if (peek()?.kind === 'lparen') {
      pos++;
      const p = or();
      expect('rparen');
      return p;
    }
    return atom();
  };
  const and = (): Pred => {
    const parts = [unary()];
    while (isWord('AND')) {
      pos++;
      parts.push(unary());
    }
    return (r) => parts.every((p) => p(r));
  };
  const or = (): Pred => {
    const parts = [and()];
    while (isWord('OR')) {
      pos++;
      parts.push(and());
    }
    return (r) => parts.some((p) => p(r));
  };
  const test = tokens.length === 0 ? () => true : or();
  if (pos !== tokens.length) throw new Error(`filters: unexpected "${tokens[pos]!.text}" in "${input}"`);
  return { test, facetAttributes };
}

/** Compiles facetFilters ([["a:x","a:y"],"b:z"], "-a:x" negates) into a filter. */
export function parseFacetFilters(input: unknown): FakeFilter {
  const groups = (Array.isArray(input) ? input : [input]) as (string | string[])[];
  const facetAttributes: string[] = [];
  const one = (f: string): ((r: Record<string, unknown>) => boolean) => {
    const negated = f.startsWith('-');
    const [attribute, ...rest] = (negated ? f.slice(1) : f).split(':');
    const want = rest.join(':');
    facetAttributes.push(attribute!);
    return (r) => valuesOf(r, attribute!).some((x) => String(x) === want) !== negated;
  };
  const preds = groups.map((g) => {
    const ors = (Array.isArray(g) ? g : [g]).map(one);
    return (r: Record<string, unknown>) => ors.some((p) => p(r));
  });
  return { test: (r) => preds.every((p) => p(r)), facetAttributes };
}
