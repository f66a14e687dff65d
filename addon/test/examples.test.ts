import { fileURLToPath } from 'node:url';
import { getProfile, unwrap } from '@kyodo/core';
import { validateWorkbook, type Workbook } from '@kyodo/sheets';
import { beforeAll, describe, expect, it } from 'vitest';
import { readWorkbook } from '../../packages/cli/src/io/readWorkbook.js';
import { loadAddon } from '../../testing/addon/fakes/loadAddon.js';
import { formatDate } from '../../testing/addon/fakes/services.js';
import { addGrid } from '../../testing/addon/fixtures.js';

const EXAMPLES = fileURLToPath(new URL('../../examples/', import.meta.url));
const cases = [
  { file: 'ichinoseki.xlsx', profile: 'ichinoseki' },
  { file: 'toride.xlsx', profile: 'toride' },
  { file: 'plan-004.xlsx', profile: 'plan-004' },
] as const;

const books = new Map<string, Workbook>();
beforeAll(async () => {
  for (const c of cases) books.set(c.file, unwrap(await readWorkbook(`${EXAMPLES}${c.file}`)));
});

describe.each(cases)('the example workbook $file in the add-on', ({ file, profile }) => {
  it('gives through SpreadsheetApp the report the CLI’s reading gives (values, dates, errors, merges kept)', () => {
    const book = books.get(file)!;
    const h = loadAddon();
    for (const grid of book.sheets) addGrid(h.ss, grid);
    const view = h.call('validate', { scope: 'workbook', profile }) as {
      ok: boolean;
      totals: { errors: number; warnings: number; infos: number };
      issues: { sheet: string; cell: string | null; code: string }[];
    };
    expect(view.ok).toBe(true);
    // The same workbook straight into @kyodo/sheets, for the same day in Japan.
    const today = formatDate(new Date(), 'Asia/Tokyo', 'yyyy-MM-dd');
    const direct = validateWorkbook(book, { profile: unwrap(getProfile(profile)), today });
    expect(view.totals).toEqual(direct.totals);
    const places = (issues: readonly { sheet: string; cell: string | null; code: string }[]) =>
      issues.map((i) => `${i.sheet}!${i.cell ?? '-'} ${i.code}`).sort();
    expect(places(view.issues)).toEqual(places(direct.sheets.flatMap((s) => s.issues)).slice(0, 300));
    expect(view.totals.errors + view.totals.warnings).toBeGreaterThan(0);
  });

  it('validates with the menu and clears back to the workbook as it was', () => {
    const book = books.get(file)!;
    const h = loadAddon();
    for (const grid of book.sheets) addGrid(h.ss, grid);
    h.services.documentProperties.setProperty('kyodo.profile', profile);
    const before = h.ss.state();
    h.call('menuValidate');
    expect(h.ss.sheets.some((s) => s.name === '検証結果')).toBe(true);
    h.call('menuClear');
    expect(h.ss.state()).toEqual(before);
  });
});
