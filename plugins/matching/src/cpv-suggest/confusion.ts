// What the label evidence tends to mean, learned from confirmed examples: when the labels point at division
// 44 (construction materials), the listing is often about 45 (construction work). For each level, counts of
// (division, group or class the labels favoured, the one members confirmed) turn the label evidence of a new
// text into a corrected distribution. It is language-free, so the languages with few examples learn from the
// others.
import { cpvTree, LEVELS } from './cpv-tree';
import { TUNING } from './tuning';

/** The strongest entries of a distribution (index -> mass), at most `k`, mass > 0. */
function top(p: Float64Array, k: number): [number, number][] {
  const entries: [number, number][] = [];
  p.forEach((mass, i) => {
    if (mass > 0) entries.push([i, mass]);
  });
  entries.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  return entries.slice(0, k);
}

/** Label-evidence-to-truth counts per level; add() is incremental. */
export class LabelConfusion {
  /** Per level: favoured prefix -> (confirmed prefix -> weight). */
  private readonly counts = LEVELS.map(() => new Map<number, Map<number, number>>());
  private examples = 0;

  /** How many examples it learned from. */
  get size(): number {
    return this.examples;
  }

  /** Records one example: the level distributions of its label evidence and its confirmed code positions. */
  add(levels: readonly Float64Array[], codes: readonly number[]): void {
    const tree = cpvTree();
    this.examples++;
    LEVELS.forEach((_, l) => {
      const truth = new Set(codes.slice(0, 3).map((c) => tree.prefixOf[l]![c]!));
      for (const [m, mass] of top(levels[l]!, TUNING.confusionTop)) {
        let row = this.counts[l]!.get(m);
        if (!row) this.counts[l]!.set(m, (row = new Map()));
        for (const t of truth) row.set(t, (row.get(t) ?? 0) + mass / truth.size);
      }
    });
  }

  /** The corrected distribution per level for a text's label evidence (all zero where nothing was learned). */
  correct(levels: readonly Float64Array[]): Float64Array[] {
    return LEVELS.map((_, l) => {
      const out = new Float64Array(levels[l]!.length);
      for (const [m, mass] of top(levels[l]!, TUNING.confusionTop)) {
        const row = this.counts[l]!.get(m);
        // A prefix seen rarely says little: its row is smoothed towards itself.
        let total = TUNING.confusionPrior;
        for (const w of row?.values() ?? []) total += w;
        out[m]! += (mass * TUNING.confusionPrior) / total;
        for (const [t, w] of row ?? []) out[t]! += (mass * w) / total;
      }
      let sum = 0;
      for (const x of out) sum += x;
      if (sum > 0) for (let i = 0; i < out.length; i++) out[i]! /= sum;
      return out;
    });
  }
}
