/** Edit distance with adjacent transpositions (optimal string alignment), stopping past `limit`. */
function distance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) rows.push([i]);
  for (let j = 1; j <= b.length; j++) (rows[0] as number[])[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const row = rows[i] as number[];
    let best = Number.POSITIVE_INFINITY;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const prev = rows[i - 1] as number[];
      let d = Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, ((rows[i - 2] as number[])[j - 2] as number) + 1);
      row[j] = d;
      best = Math.min(best, d);
    }
    if (best > limit) return limit + 1;
  }
  return (rows[a.length] as number[])[b.length] as number;
}

/**
 * The known key nearest to a misspelt one (annualLimt → annualLimit), compared without case:
 * at most one edit for a short key, a third of its length for a longer one; undefined when none
 * is that near.
 */
export function nearestKey(key: string, known: Iterable<string>): string | undefined {
  const limit = Math.max(1, Math.floor(key.length / 3));
  const lower = key.toLowerCase();
  let best: { key: string; d: number } | undefined;
  for (const candidate of known) {
    if (candidate === key) continue;
    const d = distance(lower, candidate.toLowerCase(), limit);
    if (d <= limit && (best === undefined || d < best.d)) best = { key: candidate, d };
  }
  return best?.key;
}
