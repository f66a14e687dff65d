import type { CellValue, Grid } from '@kyodo/sheets';
import type { FakeSheet, FakeSpreadsheet, FixtureValue } from './fakes/Spreadsheet.js';

/** A grid cell as Sheets holds it: a date cell is a Date (made in the add-on's realm), an error value its text. */
export function sheetValue(v: CellValue | undefined): FixtureValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'object') return v.kind === 'date' ? { date: v.iso.slice(0, 10) } : v.code;
  return v;
}

/** Loads a fixture grid (packages/sheets/test/fixtures) into the fake workbook as a sheet. */
export function addGrid(ss: FakeSpreadsheet, grid: Grid): FakeSheet {
  const sheet = ss.addSheet(
    grid.name,
    grid.values.map((row) => row.map(sheetValue)),
    grid.notes?.map((r) => [...r]),
  );
  for (const m of grid.merges ?? [])
    sheet.merges.push({
      row: m.top + 1,
      column: m.left + 1,
      numRows: m.bottom - m.top + 1,
      numColumns: m.right - m.left + 1,
    });
  return sheet;
}
