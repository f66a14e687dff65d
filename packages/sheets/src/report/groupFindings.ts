import { a1, columnLetter } from '../grid/a1.js';
import type { Grid } from '../grid/Grid.js';
import type { Finding } from './Finding.js';
import type { SheetIssue, SheetSummary } from './Report.js';
import { qualityExplanation } from './reportWords.js';

/** How many places a grouped issue lists after its first (the rest are counted, never cut silently). */
export const MORE_SHOWN = 5;

/**
 * Turn findings into a sheet's issues and summary (docs/sheets.md "The report"): the same
 * fault (same code, column and parameters) in many rows becomes one issue with its count, its
 * first places in `more` and every place in `places`; issues are in sheet order (sheet-wide
 * first); the summary counts every place.
 */
export function groupFindings(
  grid: Grid,
  findings: readonly Finding[],
  rowsRead: number,
): { issues: SheetIssue[]; summary: SheetSummary } {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    const key = `${f.problem.code}\u0000${f.col ?? ''}\u0000${f.row === null ? 'sheet' : 'row'}\u0000${stableParams(f)}`;
    const g = groups.get(key);
    if (g === undefined) groups.set(key, [f]);
    else g.push(f);
  }
  // Each issue with its place in sheet order (sheet-wide first), sorted below.
  const ordered: { readonly issue: SheetIssue; readonly order: number }[] = [];
  const byCode: Record<string, number> = {};
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  const errorRows = new Set<number>();
  const warningRows = new Set<number>();
  for (const g of groups.values()) {
    g.sort((a, b) => (a.row ?? -1) - (b.row ?? -1) || (a.col ?? -1) - (b.col ?? -1));
    const first = g[0]!;
    const issue: { -readonly [K in keyof SheetIssue]: SheetIssue[K] } = toIssue(grid, first);
    const count = g.length;
    const p = first.problem;
    byCode[p.code] = (byCode[p.code] ?? 0) + count;
    if (p.severity === 'error') errors += count;
    else if (p.severity === 'warning') warnings += count;
    else infos += count;
    for (const f of g) {
      if (f.row === null) continue;
      if (p.severity === 'error') errorRows.add(f.row);
      else if (p.severity === 'warning') warningRows.add(f.row);
    }
    const order = (first.row ?? -1) * 100000 + (first.col ?? -1);
    if (count > 1) {
      const places = g.map((f) => placeOf(f));
      issue.count = count;
      issue.more = places.slice(1, 1 + MORE_SHOWN);
      issue.places = places;
    }
    ordered.push({ issue, order });
  }
  ordered.sort((a, b) => a.order - b.order);
  const rowsWithErrors = errorRows.size;
  const rowsWithWarnings = warningRows.size;
  const clean = Math.max(0, rowsRead - rowsWithErrors);
  const quality = rowsRead === 0 ? 1 : Math.round((clean / rowsRead) * 1000) / 1000;
  const pct = Math.round(quality * 1000) / 10;
  const explanation = qualityExplanation({
    rowsRead,
    clean,
    pct,
    errors,
    warnings,
    infos,
    rowsWithErrors,
    rowsWithWarnings,
  });
  return {
    issues: ordered.map((o) => o.issue),
    summary: { errors, warnings, infos, byCode, rowsWithErrors, rowsWithWarnings, quality, explanation },
  };
}

function placeOf(f: Finding): string {
  if (f.row === null) return '';
  if (f.col === null) return String(f.row + 1);
  return a1(f.row, f.col);
}

function toIssue(grid: Grid, f: Finding): SheetIssue {
  const p = f.problem;
  const issue: {
    -readonly [K in keyof SheetIssue]: SheetIssue[K];
  } = {
    code: p.code,
    severity: p.severity,
    sheet: grid.name,
    row: f.row === null ? null : f.row + 1,
    column: f.col === null ? null : columnLetter(f.col),
    cell: f.row === null || f.col === null ? null : a1(f.row, f.col),
    params: p.params,
    message: p.message,
  };
  if (f.value !== undefined) issue.value = f.value;
  if (f.normalised !== undefined) issue.normalised = f.normalised;
  if (p.rule !== undefined) issue.rule = p.rule;
  if (p.source !== undefined) issue.source = p.source;
  return issue;
}

function stableParams(f: Finding): string {
  const p = f.problem.params;
  const keys = Object.keys(p).sort();
  let s = '';
  for (const k of keys) s += `${k}=${String(p[k])};`;
  return s;
}
