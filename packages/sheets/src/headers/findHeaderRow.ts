import type { Grid } from '../grid/Grid.js';
import { type KindMatcher, matchHeader } from './KindMatcher.js';

/** Where a header row was found, for which kind, and how sure. */
export interface HeaderCandidate {
  readonly matcher: KindMatcher;
  /** 0-based row of the header. */
  readonly row: number;
  /** 0–1: share of required fields matched (70%) and of up to three optional fields (30%). */
  readonly confidence: number;
  readonly matched: number;
}

/** How many rows from the top are scanned for a header (title rows sit above it). */
export const HEADER_SCAN_ROWS = 20;

/**
 * Find the header row and the kind of a sheet (docs/sheets.md): scan the first rows under
 * any title rows, score each row by how many of a kind's fields its cells name (required
 * fields count double), and keep the best. A row needs one required field and two fields in all.
 * Returns undefined when no row qualifies.
 */
export function findHeaderRow(
  grid: Grid,
  matchers: readonly KindMatcher[],
  scanRows: number = HEADER_SCAN_ROWS,
): HeaderCandidate | undefined {
  let best: (HeaderCandidate & { score: number }) | undefined;
  const last = Math.min(grid.values.length, scanRows);
  for (let r = 0; r < last; r++) {
    const row = grid.values[r] ?? [];
    const texts: string[] = [];
    for (const v of row) if (typeof v === 'string' && v.trim() !== '' && v.length < 80) texts.push(v);
    if (texts.length < 2) continue;
    for (const m of matchers) {
      const found = new Set<string>();
      for (const t of texts) {
        const hit = matchHeader(m, t);
        if (hit !== undefined) found.add(hit.field);
      }
      if (found.size < 2) continue;
      let req = 0;
      let reqTotal = 0;
      let opt = 0;
      let optTotal = 0;
      for (const spec of m.fields) {
        if (spec.required) {
          reqTotal++;
          if (found.has(spec.field)) req++;
        } else {
          optTotal++;
          if (found.has(spec.field)) opt++;
        }
      }
      if (req === 0) continue;
      const score = 2 * req + opt;
      const confidence =
        Math.round(
          (0.7 * (req / Math.max(1, reqTotal)) +
            0.3 * (optTotal === 0 ? 1 : Math.min(1, opt / Math.min(3, optTotal)))) *
            100,
        ) / 100;
      if (
        best === undefined ||
        score > best.score ||
        (score === best.score && r === best.row && confidence > best.confidence)
      ) {
        best = { matcher: m, row: r, confidence, matched: found.size, score };
      }
    }
  }
  if (best === undefined) return undefined;
  return { matcher: best.matcher, row: best.row, confidence: best.confidence, matched: best.matched };
}
