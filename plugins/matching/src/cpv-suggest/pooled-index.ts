// Bags of terms pooled per CPV prefix (all the labels, or all the learned texts, under one division, group or
// class), scored against a text by tf-idf cosine. A division's pooled labels know hundreds of words its own
// label lacks: "Health and social work services" alone does not say "medical", its codes do.

/** The weight of a term frequency: logarithmic above 1, linear below (fractional counts come from weighted terms). */
const tfWeight = (tf: number) => (tf >= 1 ? 1 + Math.log(tf) : tf);

/** Pooled term bags, one per document number (a prefix), scored by cosine; add() is incremental. */
export class PooledIndex {
  private readonly termIds = new Map<string, number>();
  /** term id -> (document -> term frequency). */
  private readonly postings: Map<number, number>[] = [];
  private norms: Float64Array | undefined;
  private documents = 0;

  constructor(private readonly documentCount: number) {}

  /** Adds `count` occurrences of a term to a document. */
  add(document: number, term: string, count = 1): void {
    let t = this.termIds.get(term);
    if (t === undefined) {
      t = this.postings.length;
      this.termIds.set(term, t);
      this.postings.push(new Map());
    }
    const docs = this.postings[t]!;
    docs.set(document, (docs.get(document) ?? 0) + count);
    this.norms = undefined;
    this.lengths = undefined;
  }

  private idf(t: number): number {
    return Math.log(1 + this.documents / this.postings[t]!.size);
  }

  /** Document norms under the current idf, recomputed after additions. */
  private documentNorms(): Float64Array {
    if (this.norms) return this.norms;
    const seen = new Uint8Array(this.documentCount);
    for (const docs of this.postings) for (const d of docs.keys()) seen[d] = 1;
    this.documents = seen.reduce((n, s) => n + s, 0);
    const squares = new Float64Array(this.documentCount);
    this.postings.forEach((docs, t) => {
      const idf = this.idf(t);
      for (const [d, tf] of docs) squares[d]! += (tfWeight(tf) * idf) ** 2;
    });
    this.norms = squares.map(Math.sqrt);
    return this.norms;
  }

  /** Cosine similarity of every document with weighted query terms (zero where nothing is shared). */
  scores(query: ReadonlyMap<string, number>): Float64Array {
    const out = new Float64Array(this.documentCount);
    if (this.postings.length === 0) return out;
    const norms = this.documentNorms();
    let queryNorm = 0;
    for (const [term, weight] of query) {
      const t = this.termIds.get(term);
      if (t === undefined) continue;
      const idf = this.idf(t);
      queryNorm += (weight * idf) ** 2;
      for (const [d, tf] of this.postings[t]!) out[d]! += weight * idf * tfWeight(tf) * idf;
    }
    if (queryNorm === 0) return out;
    const q = Math.sqrt(queryNorm);
    for (let d = 0; d < out.length; d++) if (out[d]! > 0) out[d]! /= q * norms[d]!;
    return out;
  }

  /** BM25 of every document for weighted query terms (zero where nothing is shared). */
  bm25(query: ReadonlyMap<string, number>, k1: number, b: number): Float64Array {
    const out = new Float64Array(this.documentCount);
    if (this.postings.length === 0) return out;
    this.documentNorms();
    if (!this.lengths) {
      this.lengths = new Float64Array(this.documentCount);
      for (const docs of this.postings) for (const [d, tf] of docs) this.lengths[d]! += tf;
      let sum = 0;
      for (const l of this.lengths) sum += l;
      this.meanLength = sum / Math.max(1, this.documents);
    }
    for (const [term, weight] of query) {
      const t = this.termIds.get(term);
      if (t === undefined) continue;
      const idf = this.idf(t);
      for (const [d, tf] of this.postings[t]!) {
        const norm = k1 * (1 - b + (b * this.lengths[d]!) / this.meanLength);
        out[d]! += weight * idf * ((tf * (k1 + 1)) / (tf + norm));
      }
    }
    return out;
  }

  private lengths: Float64Array | undefined;
  private meanLength = 1;
}
