import type { Severity } from '@kyodo/core';
import { columnIndex } from '../grid/a1.js';
import type { Report } from '../report/Report.js';

/** A mark to put on one cell: the add-on colours it and adds a note, the CLI does the same in the xlsx copy. */
export interface CellMark {
  readonly sheet: string;
  /** A1 cell. */
  readonly cell: string;
  /** 1-based row and column. */
  readonly row: number;
  readonly column: number;
  /** The most severe of the cell's issues. */
  readonly severity: Severity;
  /** The cell's messages, one line each. */
  readonly message: string;
}

const RANK: Readonly<Record<Severity, number>> = { error: 3, warning: 2, info: 1 };

/**
 * One mark per flagged cell of a report (docs/sheets.md): every place of every issue,
 * grouped ones included; several issues on one cell merge into one mark with the most severe
 * severity and one message line per issue. Issues not about one cell (a column the sheet
 * lacks) have no mark. In sheet order, then row, then column.
 *
 * @example
 * toCellMarks(report)[0] //=> { sheet: '協働事業一覧', cell: 'E7', row: 7, column: 5, severity: 'error', message: '…' }
 */
export function toCellMarks(report: Report, lang: 'ja' | 'en' = 'ja'): CellMark[] {
  const out: CellMark[] = [];
  for (const sheet of report.sheets) {
    const marks = new Map<string, { row: number; column: number; severity: Severity; lines: string[] }>();
    for (const issue of sheet.issues) {
      const places = issue.places ?? (issue.cell === null ? [] : [issue.cell]);
      const line = issue.message[lang];
      for (const cell of places) {
        const m = /^([A-Z]+)(\d+)$/.exec(cell);
        if (m === null) continue;
        const existing = marks.get(cell);
        if (existing === undefined) {
          marks.set(cell, {
            row: Number(m[2]),
            column: (columnIndex(m[1]!) ?? 0) + 1,
            severity: issue.severity,
            lines: [line],
          });
        } else {
          if (RANK[issue.severity] > RANK[existing.severity]) existing.severity = issue.severity;
          if (!existing.lines.includes(line)) existing.lines.push(line);
        }
      }
    }
    const sorted = [...marks.entries()].sort((a, b) => a[1].row - b[1].row || a[1].column - b[1].column);
    for (const [cell, m] of sorted) {
      out.push({
        sheet: sheet.name,
        cell,
        row: m.row,
        column: m.column,
        severity: m.severity,
        message: m.lines.join('\n'),
      });
    }
  }
  return out;
}
