// Compact postings: every list of one index in two typed arrays (offsets and items), which takes a fraction of
// the memory of one array object per term once 24 languages' label indexes are built.

/** Lists of numbers (optionally with a weight per item), stored back to back. */
export class Postings {
  private constructor(
    private readonly offsets: Int32Array,
    readonly items: Int32Array,
    readonly weights: Float32Array | undefined,
  ) {}

  /** Packs lists of items; `weights`, when given, has one weight per item in the same shape. */
  static from(lists: readonly (readonly number[])[], weights?: readonly (readonly number[])[]): Postings {
    const offsets = new Int32Array(lists.length + 1);
    lists.forEach((list, i) => (offsets[i + 1] = offsets[i]! + list.length));
    const items = new Int32Array(offsets[lists.length]!);
    const packed = weights ? new Float32Array(items.length) : undefined;
    lists.forEach((list, i) => {
      items.set(list, offsets[i]!);
      if (packed) packed.set(weights![i]!, offsets[i]!);
    });
    return new Postings(offsets, items, packed);
  }

  /** Where list `id` starts in items (and weights). */
  start(id: number): number {
    return this.offsets[id]!;
  }

  /** Where list `id` ends in items (exclusive). */
  end(id: number): number {
    return this.offsets[id + 1]!;
  }

  /** How many items list `id` holds. */
  size(id: number): number {
    return this.offsets[id + 1]! - this.offsets[id]!;
  }
}
