// The learned neighbours: confirmed examples indexed by term, so that a new text finds its nearest confirmed
// examples (cosine over tf-idf) and their codes vote. An example's terms are those of its label language plus
// their English pivots (pivot.ts), so examples of all languages share one index and can meet across languages.
import { TUNING } from './tuning';

interface Example {
  terms: Map<number, number>; // term id -> weight
  codes: readonly number[]; // code positions, the first one the main code
}

/** Nearest-neighbour votes over confirmed examples; add() is incremental. */
export class LearnedIndex {
  private readonly termIds = new Map<string, number>();
  private readonly postings: number[][] = [];
  private readonly examples: Example[] = [];
  /** Example norms under the current idf; recomputed after additions, as idf changes with the collection. */
  private norms: Float64Array | undefined;

  /** How many examples it holds. */
  get size(): number {
    return this.examples.length;
  }

  /** Adds one confirmed example: its weighted features and its code positions (not empty, the main code first). */
  add(features: ReadonlyMap<string, number>, codes: readonly number[]): void {
    const id = this.examples.length;
    const terms = new Map<number, number>();
    for (const [term, weight] of features) {
      let t = this.termIds.get(term);
      if (t === undefined) {
        t = this.postings.length;
        this.termIds.set(term, t);
        this.postings.push([]);
      }
      this.postings[t]!.push(id);
      terms.set(t, weight);
    }
    this.examples.push({ terms, codes });
    this.norms = undefined;
  }

  private idf(t: number): number {
    return Math.log(1 + this.examples.length / this.postings[t]!.length);
  }

  private exampleNorms(): Float64Array {
    if (!this.norms) {
      this.norms = Float64Array.from(this.examples, ({ terms }) => {
        let sum = 0;
        for (const [t, w] of terms) sum += (w * this.idf(t)) ** 2;
        return Math.sqrt(sum) || 1;
      });
    }
    return this.norms;
  }

  /** Adds the nearest examples' votes for a text's features into `votes` (one slot per code position); returns the best similarity. */
  vote(features: ReadonlyMap<string, number>, votes: Float64Array): number {
    const n = this.examples.length;
    if (n === 0) return 0;
    const norms = this.exampleNorms();
    const dot = new Float64Array(n);
    let queryNorm = 0;
    for (const [term, weight] of features) {
      const t = this.termIds.get(term);
      if (t === undefined) continue;
      const idf = this.idf(t);
      queryNorm += (weight * idf) ** 2;
      for (const e of this.postings[t]!) dot[e]! += weight * idf * this.examples[e]!.terms.get(t)! * idf;
    }
    if (queryNorm === 0) return 0;
    const sims: { e: number; sim: number }[] = [];
    for (let e = 0; e < n; e++) if (dot[e]! > 0) sims.push({ e, sim: dot[e]! / (Math.sqrt(queryNorm) * norms[e]!) });
    sims.sort((a, b) => b.sim - a.sim || a.e - b.e);
    for (const { e, sim } of sims.slice(0, TUNING.neighbours)) {
      const { codes } = this.examples[e]!;
      const weight = Math.pow(sim, TUNING.neighbourPower);
      // The first code is the listing's main one; the others share half as much.
      votes[codes[0]!]! += weight;
      for (let i = 1; i < codes.length; i++) votes[codes[i]!]! += (0.5 * weight) / (codes.length - 1);
    }
    return sims.length > 0 ? sims[0]!.sim : 0;
  }
}
