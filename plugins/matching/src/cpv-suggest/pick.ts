// Picks the suggestion list. A list of five near-synonyms from one class helps nobody: each next code is the
// one that adds the most probability not yet covered, at every level at once (a new division, a new group, a
// new class, the exact code), so the list spreads over the likely readings of the text.
import { cpvTree, LEVELS } from './cpv-tree';
import { TUNING } from './tuning';

/** One picked code: its position and its marginal gain (non-increasing down the list). */
export interface Picked {
  index: number;
  gain: number;
}

/**
 * Greedily picks up to `limit` codes by marginal gain, from a distribution over codes and one over the prefixes
 * of each of LEVELS. Within a prefix that has mass but no scored code, its most general code stands for it.
 */
export function pick(code: Float64Array, levels: readonly Float64Array[], limit: number): Picked[] {
  const tree = cpvTree();
  const n = code.length;
  const covered = LEVELS.map((_, l) => new Uint8Array(tree.prefixCount[l]!));
  const taken = new Uint8Array(n);
  const gain = TUNING.levelGain;
  // Candidates: every code with mass of its own, and the first (most general) code of each prefix with mass.
  const candidates = new Set<number>();
  for (let c = 0; c < n; c++) if (code[c]! > 0) candidates.add(c);
  LEVELS.forEach((_, l) => {
    const of = tree.prefixOf[l]!;
    const seen = new Uint8Array(tree.prefixCount[l]!);
    for (let c = 0; c < n; c++) {
      if (seen[of[c]!]) continue;
      seen[of[c]!] = 1;
      if (levels[l]![of[c]!]! > 0) candidates.add(c);
    }
  });
  const out: Picked[] = [];
  while (out.length < limit) {
    let best = -1;
    let bestGain = 0;
    for (const c of candidates) {
      if (taken[c]) continue;
      let g = gain[3]! * code[c]!;
      LEVELS.forEach((_, l) => {
        const prefix = tree.prefixOf[l]![c]!;
        if (!covered[l]![prefix]) g += gain[l]! * levels[l]![prefix]!;
      });
      if (g > bestGain || (g === bestGain && best >= 0 && c < best)) {
        best = c;
        bestGain = g;
      }
    }
    if (best < 0) break;
    taken[best] = 1;
    LEVELS.forEach((_, l) => (covered[l]![tree.prefixOf[l]![best]!] = 1));
    out.push({ index: best, gain: bestGain });
  }
  return out;
}
