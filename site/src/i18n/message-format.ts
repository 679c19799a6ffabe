// A small subset of ICU MessageFormat, enough for the interface strings: `{name}` placeholders and
// `{count, plural, =0 {…} one {# …} other {# …}}` with the plural categories of Intl.PluralRules.
// It never throws on a malformed message: a translator's slip must not take a page down.

/** Values a message may be given. Numbers are formatted for the locale. */
export type MessageParams = Record<string, string | number>;

/** One plural argument found in a message: its name and the selectors of its branches ('=0', 'one', 'other'…). */
export interface PluralUse {
  argument: string;
  selectors: string[];
}

interface PluralNode {
  kind: 'plural';
  argument: string;
  branches: Map<string, Node[]>;
}
type Node = string | { kind: 'arg'; name: string } | { kind: 'pound' } | PluralNode;

/** Parses a message into nodes; `inPlural` makes '#' stand for the count. */
function parse(message: string, start: number, inPlural: boolean, nested: boolean): { nodes: Node[]; end: number } {
  const nodes: Node[] = [];
  let text = '';
  let i = start;
  const flush = () => {
    if (text) nodes.push(text);
    text = '';
  };
  while (i < message.length) {
    const ch = message[i]!;
    if (ch === '}' && nested) {
      flush();
      return { nodes, end: i + 1 };
    }
    if (ch === '#' && inPlural) {
      flush();
      nodes.push({ kind: 'pound' });
      i += 1;
      continue;
    }
    if (ch !== '{') {
      text += ch;
      i += 1;
      continue;
    }
    const close = message.indexOf('}', i);
    const comma = message.indexOf(',', i);
    if (close === -1) {
      // An unclosed brace: keep the rest as text.
      text += message.slice(i);
      break;
    }
    if (comma === -1 || comma > close) {
      flush();
      nodes.push({ kind: 'arg', name: message.slice(i + 1, close).trim() });
      i = close + 1;
      continue;
    }
    // {name, plural, selector {…} selector {…}}
    const argument = message.slice(i + 1, comma).trim();
    const typeEnd = message.indexOf(',', comma + 1);
    const type = typeEnd === -1 ? '' : message.slice(comma + 1, typeEnd).trim();
    if (type !== 'plural') {
      text += message.slice(i, close + 1);
      i = close + 1;
      continue;
    }
    flush();
    const branches = new Map<string, Node[]>();
    let j = typeEnd + 1;
    for (;;) {
      while (j < message.length && /\s/.test(message[j]!)) j += 1;
      if (j >= message.length) break;
      if (message[j] === '}') {
        j += 1;
        break;
      }
      const open = message.indexOf('{', j);
      if (open === -1) {
        j = message.length;
        break;
      }
      const selector = message.slice(j, open).trim();
      const branch = parse(message, open + 1, true, true);
      branches.set(selector, branch.nodes);
      j = branch.end;
    }
    nodes.push({ kind: 'plural', argument, branches });
    i = j;
  }
  flush();
  return { nodes, end: message.length };
}

const numberFormats = new Map<string, Intl.NumberFormat>();
const pluralRules = new Map<string, Intl.PluralRules>();

function numberFormat(intlLocale: string): Intl.NumberFormat {
  let format = numberFormats.get(intlLocale);
  if (!format) numberFormats.set(intlLocale, (format = new Intl.NumberFormat(intlLocale)));
  return format;
}

function pluralRule(intlLocale: string): Intl.PluralRules {
  let rules = pluralRules.get(intlLocale);
  if (!rules) pluralRules.set(intlLocale, (rules = new Intl.PluralRules(intlLocale)));
  return rules;
}

function render(nodes: Node[], params: MessageParams, intlLocale: string, count?: number): string {
  let out = '';
  for (const node of nodes) {
    if (typeof node === 'string') out += node;
    else if (node.kind === 'pound') out += count === undefined ? '#' : numberFormat(intlLocale).format(count);
    else if (node.kind === 'arg') {
      const value = params[node.name];
      if (value === undefined) out += `{${node.name}}`;
      else out += typeof value === 'number' ? numberFormat(intlLocale).format(value) : value;
    } else {
      const value = Number(params[node.argument]);
      const exact = node.branches.get(`=${value}`);
      const category = Number.isFinite(value) ? pluralRule(intlLocale).select(value) : 'other';
      const branch = exact ?? node.branches.get(category) ?? node.branches.get('other') ?? [];
      out += render(branch, params, intlLocale, value);
    }
  }
  return out;
}

// Parsed messages by their text: the catalogs are fixed, so this holds at most every message of every locale
// (the cap only guards against callers formatting text that is not from a catalog).
const MAX_PARSED = 20_000;
const parsedMessages = new Map<string, Node[]>();

function parsed(message: string): Node[] {
  let nodes = parsedMessages.get(message);
  if (!nodes) {
    if (parsedMessages.size >= MAX_PARSED) parsedMessages.clear();
    nodes = parse(message, 0, false, false).nodes;
    parsedMessages.set(message, nodes);
  }
  return nodes;
}

/** Returns the message with its placeholders filled and its plural branches chosen for the locale. */
export function formatMessage(message: string, params: MessageParams = {}, intlLocale = 'en'): string {
  if (!message.includes('{')) return message;
  return render(parsed(message), params, intlLocale);
}

/** Lists the plural arguments of a message with their branch selectors, for the catalog checks. */
export function pluralUses(message: string): PluralUse[] {
  const uses: PluralUse[] = [];
  const walk = (nodes: Node[]) => {
    for (const node of nodes) {
      if (typeof node === 'object' && node.kind === 'plural') {
        uses.push({ argument: node.argument, selectors: [...node.branches.keys()] });
        for (const branch of node.branches.values()) walk(branch);
      }
    }
  };
  walk(parse(message, 0, false, false).nodes);
  return uses;
}

/** Lists the names of the `{name}` placeholders and plural arguments a message uses, sorted and unique. */
export function placeholderNames(message: string): string[] {
  const names = new Set<string>();
  const walk = (nodes: Node[]) => {
    for (const node of nodes) {
      if (typeof node !== 'object') continue;
      if (node.kind === 'arg') names.add(node.name);
      if (node.kind === 'plural') {
        names.add(node.argument);
        for (const branch of node.branches.values()) walk(branch);
      }
    }
  };
  walk(parse(message, 0, false, false).nodes);
  return [...names].sort();
}

/** The plural categories a locale's integer counts fall into (what a translator must write branches for). */
export function integerPluralCategories(intlLocale: string): string[] {
  const rules = pluralRule(intlLocale);
  const seen = new Set<string>();
  for (let n = 0; n <= 1000; n += 1) seen.add(rules.select(n));
  seen.add('other');
  return [...seen].sort();
}
