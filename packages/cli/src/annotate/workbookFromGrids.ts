import type { Workbook } from '@kyodo/sheets';
import { sheetNameOf } from '../io/sheetNameOf.js';
import { valueText } from '../render/words.js';

/**
 * A new .xlsx holding the values of a CSV's grids (docs/cli.md: the annotated copy of a CSV is
 * a new workbook of its values), written by exceljs's documented API; kyodo then annotates it
 * as it does any workbook.
 */
export async function workbookFromGrids(workbook: Workbook): Promise<Buffer> {
  const { default: Excel } = await import('exceljs');
  const excel = new Excel.Workbook();
  for (const grid of workbook.sheets) {
    const ws = excel.addWorksheet(sheetNameOf(grid.name));
    grid.values.forEach((cells, r) => {
      if (cells.length === 0) return;
      const row = ws.getRow(r + 1);
      cells.forEach((v, c) => {
        if (v === null) return;
        row.getCell(c + 1).value = typeof v === 'object' ? valueText(v) : v;
      });
    });
  }
  return Buffer.from(await excel.xlsx.writeBuffer());
}
