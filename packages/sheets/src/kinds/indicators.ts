import {
  assessIndicators,
  type FiscalYear,
  fiscalYearOf,
  type IndicatorItem,
  type IndicatorRow,
  matchKey,
  type Problem,
} from '@kyodo/core';
import { normaliseFiscalYearCell } from '../cells/normaliseFiscalYearCell.js';
import { normaliseNumberCell } from '../cells/normaliseNumberCell.js';
import { normaliseTextCell } from '../cells/normaliseTextCell.js';
import { finding } from '../report/Finding.js';
import { sheetsMessages } from '../report/sheetsMessages.js';
import { fastText, type KindContext, rawAt, readColumn, requiredColumns } from './context.js';

/** The scores of a rolling indicator sheet (docs/sheets.md indicators; RULES E8). */
export interface IndicatorScores {
  readonly currentFiscalYear: FiscalYear;
  /** The current fiscal year and the next two. */
  readonly requiredYears: readonly FiscalYear[];
  /** Per item: each year's target, actual and achievement rate (actual / target), and the years it lacks. */
  readonly items: readonly IndicatorItem[];
  readonly complete: boolean;
}

/**
 * Validate and score rolling indicators (実施年次指標, docs/sheets.md indicators): 取組項目, 年度
 * and 目標 required; years valid fiscal years (C1, C2); targets and results numbers; each item
 * with targets for the current fiscal year (from `today`) and the following ones as the
 * profile's plan sets (rollingIndicators: 001's 向こう3か年度分; none asserted where the plans set
 * none, said once), and the achievement rate per item and year (RULES E8, core assessIndicators).
 */
export function validateIndicators(ctx: KindContext): IndicatorScores {
  const { missing } = ctx;
  const o = { missing };
  const text = fastText(missing);
  requiredColumns(ctx);
  const item = readColumn(ctx, 'item', (r) => normaliseTextCell(r, o), { fast: text });
  const fy = readColumn(ctx, 'fiscalYear', (r) => normaliseFiscalYearCell(r, o));
  const target = readColumn(ctx, 'target', (r) =>
    normaliseNumberCell(r, { missing, field: 'target', label: '目標' }),
  );
  const actual = readColumn(ctx, 'actual', (r) =>
    normaliseNumberCell(r, { missing, field: 'actual', label: '実績' }),
  );
  const input: IndicatorRow[] = [];
  const rowOf: number[] = [];
  const firstRow = new Map<string, number>();
  for (let i = 0; i < ctx.rows.length; i++) {
    const name = item.values[i];
    const year = fy.values[i];
    if (name === undefined || year === undefined) continue;
    input.push({
      item: name,
      fiscalYear: year,
      target: target.values[i] ?? null,
      actual: actual.values[i] ?? null,
    });
    rowOf.push(ctx.rows[i]!);
    const key = matchKey(name);
    if (!firstRow.has(key)) firstRow.set(key, ctx.rows[i]!);
  }
  const current = fiscalYearOf(ctx.today);
  const columnOf: Record<string, number | undefined> = {
    item: item.col,
    fiscalYear: fy.col,
    target: target.col,
    actual: actual.col,
  };
  const place = (p: Problem): { row: number | null; col: number | null } => {
    const [index, field] = p.path;
    if (typeof index === 'number' && index >= 0 && index < rowOf.length) {
      return { row: rowOf[index]!, col: typeof field === 'string' ? (columnOf[field] ?? null) : null };
    }
    const key = matchKey(String(p.params.item ?? ''));
    const row = firstRow.get(key);
    return row === undefined ? { row: null, col: null } : { row, col: fy.col ?? item.col ?? null };
  };
  const add = (p: Problem) => {
    const { row, col } = place(p);
    ctx.findings.push(
      finding(p, row, col, row === null || col === null ? undefined : rawAt(ctx.grid, row, col)),
    );
  };
  // The rolling rule of the profile's plan (E8); where its plans set none, none is asserted and
  // the sheet says so once.
  const rolling = ctx.profile.rollingIndicators ?? null;
  const options = { rolling };
  if (rolling === null)
    ctx.findings.push(
      finding(
        sheetsMessages.problem('indicators.rolling-not-set', {
          profile: ctx.profile.name.ja,
          profileEn: ctx.profile.name.en,
        }),
        null,
        null,
      ),
    );
  let result = assessIndicators(input, current, options);
  if (!result.ok) {
    // Report each row core refused at its cell, then assess the others.
    const refused = new Set<number>();
    for (const p of result.problems) {
      add(p);
      if (typeof p.path[0] === 'number') refused.add(p.path[0]);
    }
    const kept = input.filter((_, i) => !refused.has(i));
    const keptRows = rowOf.filter((_, i) => !refused.has(i));
    rowOf.length = 0;
    for (const row of keptRows) rowOf.push(row); // never spread: a sheet may have 200,000 rows
    result = assessIndicators(kept, current, options);
    if (!result.ok) {
      for (const p of result.problems) add(p);
      ctx.progress(ctx.rows.length);
      return {
        currentFiscalYear: current,
        requiredYears:
          rolling === null ? [] : Array.from({ length: rolling.fiscalYears }, (_, k) => current + k),
        items: [],
        complete: false,
      };
    }
  }
  for (const w of result.warnings) add(w);
  ctx.progress(ctx.rows.length);
  return {
    currentFiscalYear: result.value.currentFiscalYear,
    requiredYears: result.value.requiredYears,
    items: result.value.items,
    complete: result.value.complete,
  };
}
