// Scores turned into probability-like distributions over codes and prefixes, so that evidence of different
// kinds can be mixed and summed up the tree.
import { cpvTree, LEVELS } from './cpv-tree';

/** A softmax over the positive scores (scaled to a best of 1) at a temperature; all-zero scores stay zero. */
export function softmax(scores: Float64Array, temperature: number): Float64Array {
  let max = 0;
  for (const s of scores) if (s > max) max = s;
  const out = new Float64Array(scores.length);
  if (max === 0) return out;
  let sum = 0;
  for (let c = 0; c < scores.length; c++) {
    if (scores[c]! <= 0) continue;
    out[c] = Math.exp((scores[c]! / max - 1) / temperature);
    sum += out[c]!;
  }
  for (let c = 0; c < out.length; c++) out[c]! /= sum;
  return out;
}

/** Scales non-negative scores to sum 1; all-zero scores stay zero. */
export function normalised(scores: Float64Array): Float64Array {
  let sum = 0;
  for (const s of scores) sum += s;
  return sum > 0 ? scores.map((s) => s / sum) : scores;
}

/** Sums a distribution over codes into one per division, group and class (one array per LEVELS entry). */
export function aggregate(p: Float64Array): Float64Array[] {
  const tree = cpvTree();
  return LEVELS.map((_, l) => {
    const out = new Float64Array(tree.prefixCount[l]!);
    const of = tree.prefixOf[l]!;
    for (let c = 0; c < p.length; c++) out[of[c]!]! += p[c]!;
    return out;
  });
}

/** target := (1 - w) * target + w * other, in place; a side without any mass leaves the other whole. */
export function mixInto(target: Float64Array, other: Float64Array, w: number): void {
  const hasTarget = target.some((x) => x > 0);
  const hasOther = other.some((x) => x > 0);
  if (!hasOther) return;
  if (!hasTarget) {
    target.set(other);
    return;
  }
  for (let i = 0; i < target.length; i++) target[i] = (1 - w) * target[i]! + w * other[i]!;
}
