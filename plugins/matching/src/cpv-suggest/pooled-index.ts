// The labels of one language pooled per CPV prefix (all the labels under one division, group or class), scored
// against a text by BM25. A division's pooled labels know hundreds of words its own label lacks: "Health and
// social work services" alone does not say "medical", its codes do. (BM25 measured better here than tf-idf
// cosine, which favours small pools that match one word: README.md.)
import { Postings } from './postings';
import { TUNING } from './tuning';

/** Term frequencies per (term, prefix), with each prefix's length, scored by BM25. */
export class PooledIndex {
  private readonly postings: Postings;
  private readonly lengths: Float64Array;
  private readonly meanLength: number;
  private readonly documents: number;

  /** Pools the terms of each code (term ids per code position) into the prefix each code belongs to. */
  constructor(codeTerms: readonly (readonly number[])[], prefixOf: Int32Array, prefixCount: number, termCount: number) {
    const counts = Array.from({ length: termCount }, () => new Map<number, number>());
    this.lengths = new Float64Array(prefixCount);
    codeTerms.forEach((terms, c) => {
      const p = prefixOf[c]!;
      for (const t of terms) counts[t]!.set(p, (counts[t]!.get(p) ?? 0) + 1);
      this.lengths[p]! += terms.length;
    });
    this.postings = Postings.from(
      counts.map((m) => [...m.keys()]),
      counts.map((m) => [...m.values()]),
    );
    this.documents = this.lengths.reduce((n, l) => n + (l > 0 ? 1 : 0), 0);
    this.meanLength = this.lengths.reduce((s, l) => s + l, 0) / Math.max(1, this.documents);
  }

  /** BM25 of every prefix for weighted query term ids (zero where nothing is shared). */
  scores(query: readonly [number, number][]): Float64Array {
    const out = new Float64Array(this.lengths.length);
    const { bm25k1: k1, bm25b: b } = TUNING;
    const { items, weights } = this.postings;
    for (const [t, weight] of query) {
      const idf = Math.log(1 + this.documents / this.postings.size(t));
      for (let i = this.postings.start(t); i < this.postings.end(t); i++) {
        const d = items[i]!;
        const tf = weights![i]!;
        const norm = k1 * (1 - b + (b * this.lengths[d]!) / this.meanLength);
        out[d]! += weight * idf * ((tf * (k1 + 1)) / (tf + norm));
      }
    }
    return out;
  }
}
