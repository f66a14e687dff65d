import { type PlainDate, type Problem, parseDate } from '@kyodo/core';
import type { CellValue } from '../grid/Grid.js';
import { type Cell, type CellOptions, invalid, precheck, read, unexpectedType } from './Cell.js';

/** A period read from one cell: its start and end days (RULES C2). */
export interface Period {
  readonly start: PlainDate;
  readonly end: PlainDate;
}

const SEPARATOR = /\s*(?:[～〜~]|から|―|－)\s*/u;

/**
 * Read a period written in one cell (実施期間: 'R6.4.1～R7.3.31', '令和6年5月1日から令和6年9月30日
 * まで'): two dates through core parseDate on either side of ～, 〜, ~ or から. One date alone is a
 * one-day period. Each side's problems are core's.
 *
 * @example
 * normalisePeriodCell('R6.4.1～R7.3.31') //=> { status: 'value', value: { start: '2024-04-01', end: '2025-03-31' }, … }
 */
export function normalisePeriodCell(raw: CellValue, options?: CellOptions): Cell<Period> {
  const pre = precheck(raw, options);
  if (pre !== undefined) return pre;
  if (typeof raw !== 'string') {
    if (typeof raw === 'boolean') return unexpectedType(raw, 'a period / 期間');
    const one = parseDate(raw);
    return one.ok
      ? read(raw, { start: one.value, end: one.value }, one.warnings)
      : invalid(raw, one.problems);
  }
  const parts = raw.replace(/まで\s*$/u, '').split(SEPARATOR);
  if (parts.length > 2) return unexpectedType(raw, 'a period: start～end / 期間(開始～終了)');
  const start = parseDate(parts[0] ?? '');
  const end = parts.length === 2 ? parseDate(parts[1] ?? '') : start;
  const problems: Problem[] = [];
  if (!start.ok) problems.push(...start.problems);
  if (!end.ok && parts.length === 2) problems.push(...end.problems);
  if (!start.ok || !end.ok) return invalid(raw, problems);
  return read(raw, { start: start.value, end: end.value }, [
    ...start.warnings,
    ...(parts.length === 2 ? end.warnings : []),
  ]);
}
