/**
 * Internal arithmetic of the evaluation engine. Sums are taken over the addends sorted by
 * value, with Neumaier compensation, so that a sum (and so a mean) is the same number whatever
 * the order of the evaluations or items it came from, and integer level values sum exactly.
 */
export function stableSum(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  let sum = 0;
  let compensation = 0;
  for (const v of sorted) {
    const t = sum + v;
    compensation += Math.abs(sum) >= Math.abs(v) ? sum - t + v : v - t + sum;
    sum = t;
  }
  return sum + compensation;
}

/** The mean of values, or null for none (never zero for "nothing answered"). */
export function meanOf(values: readonly number[]): number | null {
  return values.length === 0 ? null : stableSum(values) / values.length;
}

/** Σ w·v / Σ w over pairs, or null for none. */
export function weightedMean(
  pairs: readonly { readonly value: number; readonly weight: number }[],
): number | null {
  if (pairs.length === 0) return null;
  const weights = stableSum(pairs.map((p) => p.weight));
  return stableSum(pairs.map((p) => p.value * p.weight)) / weights;
}
