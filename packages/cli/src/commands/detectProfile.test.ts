import { fileURLToPath } from 'node:url';
import { builtinProfiles } from '@kyodo/core';
import { columnIndex, detectProfile, validateWorkbook, type Workbook } from '@kyodo/sheets';
import { describe, expect, it } from 'vitest';
import { readWorkbookFile } from '../io/readWorkbookFile.js';

const at = (path: string) => fileURLToPath(new URL(`../../../../${path}`, import.meta.url));

/**
 * The choice kyodo made before @kyodo/sheets detectProfile: validate the whole workbook with
 * each built-in profile and take the one recognising the most sheets, then columns, then forms
 * in its own words, then the fewest errors and warnings.
 */
function choiceByValidating(workbook: Workbook): string {
  let best: { id: string; score: number[] } | undefined;
  for (const profile of builtinProfiles) {
    const report = validateWorkbook(workbook, { profile, today: '2024-10-01' });
    const recognised = report.sheets.filter((s) => s.kind !== null);
    const labels = new Set(profile.forms.map((f) => f.label.ja.normalize('NFKC')));
    let words = 0;
    for (const sheet of report.sheets) {
      if (sheet.kind !== 'projects' || sheet.headerRow === null) continue;
      const column = sheet.mapping.find((m) => m.field === 'form')?.column;
      const c = column === undefined ? undefined : columnIndex(column);
      const grid = workbook.sheets.find((g) => g.name === sheet.name);
      if (c === undefined || grid === undefined) continue;
      for (let r = sheet.headerRow; r < grid.values.length; r++) {
        const v = grid.values[r]?.[c];
        if (typeof v === 'string' && labels.has(v.normalize('NFKC').trim())) words++;
      }
    }
    const score = [
      recognised.length,
      recognised.reduce((n, s) => n + s.mapping.length, 0),
      words,
      -report.totals.errors,
      -report.totals.warnings,
    ];
    const d =
      best === undefined ? 1 : (score.map((v, i) => v - (best?.score[i] ?? 0)).find((x) => x !== 0) ?? 0);
    if (d > 0) best = { id: profile.id, score };
  }
  return best?.id ?? '';
}

describe('the profile chosen without --profile', () => {
  it.each([
    ['examples/ichinoseki.xlsx', 'ichinoseki'],
    ['examples/toride.xlsx', 'toride'],
    ['examples/plan-004.xlsx', 'plan-004'],
    ['examples/toride-projects-sjis.csv', 'toride'],
    ['examples/mirai-review.xlsx', undefined],
    ['packages/cli/test/fixtures/libreoffice-register.xlsx', undefined],
  ])('is the one validating with every built-in chose: %s', async (path, expected) => {
    const read = await readWorkbookFile(at(path), {});
    if (!read.ok) throw new Error(read.problems.map((p) => p.message.en).join('; '));
    const workbook = read.value.workbook as Workbook;
    const detected = detectProfile(workbook, builtinProfiles)?.profile.id;
    expect(detected).toBe(choiceByValidating(workbook));
    if (expected !== undefined) expect(detected).toBe(expected);
  });
});
