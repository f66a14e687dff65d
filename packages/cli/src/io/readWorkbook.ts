import { ok, type Result } from '@kyodo/core';
import type { Workbook } from '@kyodo/sheets';
import { readWorkbookFile } from './readWorkbookFile.js';

/**
 * Read a workbook file (.xlsx, .xlsm or .csv) into the grids @kyodo/sheets validates (docs/cli.md
 * "Files it reads"); see readWorkbookFile for what is read and how each failure is said.
 *
 * @example
 * const read = await readWorkbook('examples/toride-projects-sjis.csv');
 * if (read.ok) read.value.sheets[0].values[0] //=> the CSV's first line, as text cells
 */
export async function readWorkbook(path: string): Promise<Result<Workbook>> {
  const read = await readWorkbookFile(path);
  return read.ok ? ok(read.value.workbook) : read;
}
