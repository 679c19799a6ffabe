// The CPV tree as arrays over the code positions of allCpvCodes(): each code's nearest existing ancestor and
// the division (2 digits), group (3) and class (4) it belongs to, so scores can flow up and down the tree
// with plain loops. Language-free, built once.
import { allCpvCodes, cpvParents } from '@community-sharing/config';

/** The prefix lengths the suggester aggregates evidence at: division, group, class. */
export const LEVELS = [2, 3, 4] as const;

/** The CPV tree over code positions. */
export interface CpvTree {
  codes: readonly string[];
  /** code position -> its code's position, for a known code. */
  position: ReadonlyMap<string, number>;
  /** code position -> the position of its nearest existing ancestor, or -1 for a division. */
  parent: Int32Array;
  /** For each of LEVELS: code position -> the number of its prefix at that level (0..prefixCount-1). */
  prefixOf: readonly Int32Array[];
  /** For each of LEVELS: how many distinct prefixes exist at that level. */
  prefixCount: readonly number[];
  /** code position -> the position after its last descendant (descendants follow a code contiguously). */
  subtreeEnd: Int32Array;
}

let tree: CpvTree | undefined;

/** The CPV tree, built on first use. */
export function cpvTree(): CpvTree {
  if (tree) return tree;
  const codes = allCpvCodes();
  const position = new Map(codes.map((code, i) => [code, i] as const));
  const parent = new Int32Array(codes.length).fill(-1);
  codes.forEach((code, i) => {
    const ancestors = cpvParents(code);
    if (ancestors.length > 0) parent[i] = position.get(ancestors[ancestors.length - 1]!)!;
  });
  const prefixOf: Int32Array[] = [];
  const prefixCount: number[] = [];
  for (const level of LEVELS) {
    const ids = new Map<string, number>();
    const of = new Int32Array(codes.length);
    codes.forEach((code, i) => {
      const prefix = code.slice(0, level);
      let id = ids.get(prefix);
      if (id === undefined) {
        id = ids.size;
        ids.set(prefix, id);
      }
      of[i] = id;
    });
    prefixOf.push(of);
    prefixCount.push(ids.size);
  }
  const subtreeEnd = new Int32Array(codes.length);
  codes.forEach((code, i) => {
    // A code's descendants share its digits up to its last non-zero one (at least the division's two).
    const stem = code.slice(0, Math.max(2, code.replace(/0+$/, '').length));
    let end = i + 1;
    while (end < codes.length && codes[end]!.startsWith(stem)) end++;
    subtreeEnd[i] = end;
  });
  tree = { codes, position, parent, prefixOf, prefixCount, subtreeEnd };
  return tree;
}
