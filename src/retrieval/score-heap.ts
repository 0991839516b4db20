// A heap of document numbers by score, whose root is the worst kept: search keeps the best `limit`
// without an object per document.

/** Whether `a` ranks above `b`: a higher score, or on a tie the earlier document. */
export function better(a: number, b: number, scores: Float64Array): boolean {
  const [sa, sb] = [scores[a] ?? 0, scores[b] ?? 0];
  return sa > sb || (sa === sb && a < b);
}

/** Adds a document to the heap; returns the new size. */
export function siftUp(heap: Int32Array, size: number, doc: number, scores: Float64Array): number {
  let i = size;
  heap[i] = doc;
  while (i > 0) {
    const parent = (i - 1) >> 1;
    const p = heap[parent] ?? 0;
    if (!better(p, doc, scores)) break;
    heap[i] = p;
    heap[parent] = doc;
    i = parent;
  }
  return size + 1;
}

/** Replaces the root (the worst kept) with a better document and restores the heap. */
export function siftDown(heap: Int32Array, size: number, doc: number, scores: Float64Array): void {
  let i = 0;
  heap[0] = doc;
  for (;;) {
    const [left, right] = [2 * i + 1, 2 * i + 2];
    let worst = i;
    if (left < size && better(heap[worst] ?? 0, heap[left] ?? 0, scores)) worst = left;
    if (right < size && better(heap[worst] ?? 0, heap[right] ?? 0, scores)) worst = right;
    if (worst === i) return;
    [heap[i], heap[worst]] = [heap[worst] ?? 0, heap[i] ?? 0];
    i = worst;
  }
}
