// Picks the first k rows of an ordering without sorting all n rows: a page needs at most page*pageSize rows,
// while a broad query matches tens of thousands.

/** Returns the indices 0..n-1 of the k best rows, best first, by `compare` (negative: a before b). */
export function topK(n: number, k: number, compare: (a: number, b: number) => number): number[] {
  if (k <= 0 || n === 0) return [];
  if (k * 4 >= n) {
    const all = Array.from({ length: n }, (_, i) => i);
    return all.sort(compare).slice(0, k);
  }
  // A max-heap (by `compare`) of the best k so far: its root is the worst kept row.
  const heap: number[] = [];
  const worse = (a: number, b: number): boolean => compare(a, b) > 0;
  const up = (i: number): void => {
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!worse(heap[i]!, heap[p]!)) break;
      [heap[i], heap[p]] = [heap[p]!, heap[i]!];
      i = p;
    }
  };
  const down = (i: number): void => {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < heap.length && worse(heap[l]!, heap[m]!)) m = l;
      if (r < heap.length && worse(heap[r]!, heap[m]!)) m = r;
      if (m === i) return;
      [heap[i], heap[m]] = [heap[m]!, heap[i]!];
      i = m;
    }
  };
  for (let i = 0; i < n; i++) {
    if (heap.length < k) {
      heap.push(i);
      up(heap.length - 1);
    } else if (compare(i, heap[0]!) < 0) {
      heap[0] = i;
      down(0);
    }
  }
  return heap.sort(compare);
}

/**
 * topK for orderings that reduce to a number per row, larger first, with `tie` (negative: a before b) deciding
 * only between rows of equal key. `key` must be monotone in the ordering (a row before another never has a
 * smaller key), so rounding in it only makes more ties. Comparing two numbers instead of calling a chain of
 * comparators is what makes this fast: the loop below runs once per matched row, up to the whole index.
 */
export function topKByKey(n: number, k: number, key: Float64Array, tie: (a: number, b: number) => number): number[] {
  if (k <= 0 || n === 0) return [];
  const compare = (a: number, b: number): number => key[b]! - key[a]! || tie(a, b);
  if (k * 4 >= n) {
    const all = Array.from({ length: n }, (_, i) => i);
    return all.sort(compare).slice(0, k);
  }
  // A max-heap (by `compare`) of the best k so far: its root is the worst kept row.
  const heap = new Int32Array(k);
  let size = 0;
  const down = (start: number): void => {
    let i = start;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < size && compare(heap[l]!, heap[m]!) > 0) m = l;
      if (r < size && compare(heap[r]!, heap[m]!) > 0) m = r;
      if (m === i) return;
      const t = heap[i]!;
      heap[i] = heap[m]!;
      heap[m] = t;
      i = m;
    }
  };
  for (let i = 0; i < n; i++) {
    if (size < k) {
      let at = size++;
      heap[at] = i;
      while (at > 0) {
        const p = (at - 1) >> 1;
        if (compare(heap[at]!, heap[p]!) <= 0) break;
        const t = heap[at]!;
        heap[at] = heap[p]!;
        heap[p] = t;
        at = p;
      }
      continue;
    }
    const worst = heap[0]!;
    const ki = key[i]!;
    const kw = key[worst]!;
    // Most rows lose to the worst kept one on the key alone.
    if (ki < kw || (ki === kw && tie(i, worst) >= 0)) continue;
    heap[0] = i;
    down(0);
  }
  return Array.from(heap.subarray(0, size)).sort(compare);
}
