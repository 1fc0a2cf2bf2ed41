/** Exact Jaccard similarity |A ∩ B| / |A ∪ B| of two sorted unique arrays; 0 when both are empty. */
export function jaccard(a: Uint32Array, b: Uint32Array): number {
  let shared = 0;
  let i = 0;
  let j = 0;
  // Without branches on the comparisons, which a merge of hash values cannot predict.
  while (i < a.length && j < b.length) {
    const x = a[i];
    const y = b[j];
    shared += Number(x === y);
    i += Number(x <= y);
    j += Number(y <= x);
  }
  return jaccardOf(shared, a.length, b.length);
}

/** The Jaccard similarity of two sets of these sizes sharing `shared` members; it grows with `shared`. */
export function jaccardOf(shared: number, sizeA: number, sizeB: number): number {
  const union = sizeA + sizeB - shared;
  return union === 0 ? 0 : shared / union;
}
