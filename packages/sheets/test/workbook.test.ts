import { describe, expect, it } from 'vitest';
import type { Workbook } from '../src/grid/Grid.js';
import { validateWorkbook } from '../src/report/validateWorkbook.js';
import { toCellMarks } from '../src/results/toCellMarks.js';
import { toResultsGrid } from '../src/results/toResultsGrid.js';
import { grid, torideEvaluations, torideProjects } from './fixtures/index.js';
import { places, profile, scoresOf } from './helpers.js';

const today = '2024-10-01';

function workbook(): Workbook {
  return {
    name: 'r6_kyodo.xlsx',
    sheets: [torideProjects(), torideEvaluations(), grid('メモ', [['打合せメモ'], ['10/1 会議']])],
  };
}

describe('validateWorkbook', () => {
  it('reports each sheet, the sheets it cannot place, and totals', () => {
    const progress: string[] = [];
    const r = validateWorkbook(workbook(), {
      profile: profile('toride'),
      today,
      onProgress: (p) => progress.push(`${p.sheet}:${p.done}/${p.total}`),
    });
    expect(r.workbook).toBe('r6_kyodo.xlsx');
    expect(r.profile).toEqual({ id: 'toride', name: { ja: '取手市', en: 'Toride' } });
    expect(r.today).toBe(today);
    expect(r.sheets.map((s) => [s.name, s.kind])).toEqual([
      ['協働事業一覧', 'projects'],
      ['評価シート', 'evaluations'],
      ['メモ', null],
    ]);
    expect(places(r.sheets[2]!)).toEqual(['sheets.kind-unknown -']);
    // Register: 6 errors, 3 warnings; evaluations: 2 errors (E6, B9), 3 warnings (D5, F5, A8); メモ: 1 info.
    expect(r.totals).toEqual({ errors: 8, warnings: 6, infos: 1, rowsRead: 13, rowsSkipped: 3 });
    expect(progress).toContain('協働事業一覧:7/7');
    expect(progress).toContain('評価シート:6/6');
  });

  it('never passes a workbook where no column of any sheet was mapped: an error on each sheet', () => {
    // A tab-separated file read as one column: the header row is one cell holding tabs.
    const oneColumn = grid('事業一覧', [
      ['事業名\t協働相手\t協働の形態\t主催'],
      ['花いっぱい運動\t一関花の会\t補助\t市民'],
    ]);
    const r = validateWorkbook(
      { name: 'unicode.csv', sheets: [oneColumn] },
      { profile: profile('toride'), today },
    );
    expect(places(r.sheets[0]!)).toEqual(['sheets.kind-unknown -', 'sheets.nothing-checked -']);
    expect(r.totals.errors).toBe(1);
    const issue = r.sheets[0]!.issues.find((i) => i.code === 'sheets.nothing-checked')!;
    expect(issue.message.ja).toContain('タブで区切られた見出し');
    expect(issue.message.en).toContain('this is not a pass');
    // A sheet not placed beside one that was checked stays an info (メモ in the workbook above).
    const mixed = validateWorkbook(workbook(), { profile: profile('toride'), today });
    expect(mixed.sheets[2]!.issues.map((i) => i.code)).toEqual(['sheets.kind-unknown']);
  });

  it('evaluations are scored per form and domain from the register of the same workbook', () => {
    const r = validateWorkbook(workbook(), { profile: profile('toride'), today });
    const s = scoresOf(r.sheets[1]!, 'evaluations');
    expect(s.byForm.map((f) => [f.key, f.projects])).toEqual([
      ['事業協力', 1],
      ['共催', 1],
      ['補助・助成', 1],
    ]);
    expect(s.byDomain.length).toBeGreaterThan(0);
  });

  it('reads the city’s and the partner’s evaluation sheets together (E1, E7)', () => {
    const g = torideEvaluations();
    const header = g.values[2]!;
    const city = { name: '市の評価', values: [header, ...g.values.slice(3).filter((r) => r[1] === '市')] };
    const partner = {
      name: '団体の評価',
      values: [header, ...g.values.slice(3).filter((r) => r[1] === '団体')],
    };
    const r = validateWorkbook({ name: 'x', sheets: [city, partner] }, { profile: profile('toride'), today });
    // 市の評価: 子ども食堂 (2), フェスタ (3, E unreadable), 防災講座 (4, no partner anywhere).
    expect(places(r.sheets[0]!)).toEqual(['evaluation.level-unknown E3', 'evaluation.missing-evaluator A4']);
    // 団体の評価: 子ども食堂 (2) with the gaps against the city's sheet; フェスタ (3) is fine.
    expect(places(r.sheets[1]!)).toEqual(['evaluation.gap D2', 'evaluation.gap F2']);
    const gaps = scoresOf(r.sheets[1]!, 'evaluations').gaps.map((x) => x.item);
    expect(gaps).toEqual(['sogo-rikai', 'taito-kankei']);
  });

  it('takes only the sheets asked for, and a hand mapping over detection', () => {
    const r = validateWorkbook(workbook(), {
      profile: profile('toride'),
      today,
      sheets: ['メモ'],
      mappings: { メモ: { kind: 'projects', fields: { name: 'A' }, headerRow: 1 } },
    });
    expect(r.sheets).toHaveLength(1);
    const s = r.sheets[0]!;
    expect(s.kind).toBe('projects');
    expect(s.confidence).toBe(1);
    expect(s.mapping).toEqual([{ field: 'name', column: 'A', header: '打合せメモ', by: 'hand' }]);
    // partner and form have no column: said once each for the sheet.
    expect(places(s)).toEqual(['sheets.column-missing -', 'sheets.column-missing -']);
  });

  it('says when a hand mapping cannot be used', () => {
    const r = validateWorkbook(workbook(), {
      profile: profile('toride'),
      today,
      sheets: ['協働事業一覧'],
      mappings: { 協働事業一覧: { fields: { nosuch: 'B', partner: '1A' } } },
    });
    expect(places(r.sheets[0]!).filter((p) => p.startsWith('sheets.mapping'))).toEqual([
      'sheets.mapping-invalid -',
      'sheets.mapping-invalid -',
    ]);
  });
});

describe('results grid and cell marks', () => {
  it('one row per issue with the cell to jump to, safe to write into a sheet', () => {
    const r = validateWorkbook(workbook(), { profile: profile('toride'), today });
    const g = toResultsGrid(r);
    expect(g[0]).toEqual(['重要度', 'シート', 'セル', '行', '列', 'コード', 'メッセージ', '規則', '出典']);
    expect(g).toHaveLength(1 + r.sheets.reduce((n, s) => n + s.issues.length, 0));
    const f7 = g.find((row) => row[2] === 'F7')!;
    expect(f7.slice(0, 6)).toEqual(['エラー', '協働事業一覧', 'F7', '7', 'F', 'forms.organiser-mismatch']);
    expect(f7[7]).toBe('R2');
    expect(f7[8]).toContain('取手市市民協働基本方針 最終報告（003）');
    expect(f7[8]).not.toContain('77c600037372601a');
    expect(toResultsGrid(r, 'en')[0]![0]).toBe('Severity');
    for (const row of g) for (const cell of row) expect(/^[=+\-@\t\r]/.test(cell)).toBe(false);
  });

  it('neutralises a formula-like sheet name or value', () => {
    const r = validateWorkbook(
      { name: 'x', sheets: [{ ...torideProjects(), name: '=cmd' }] },
      { profile: profile('toride'), today },
    );
    expect(toResultsGrid(r)[1]![1]).toBe("'=cmd");
  });

  it('one mark per flagged cell, several issues on one cell merged', () => {
    const r = validateWorkbook(workbook(), { profile: profile('toride'), today });
    const marks = toCellMarks(r);
    const cells = marks.map((m) => `${m.sheet}!${m.cell}`);
    expect(new Set(cells).size).toBe(cells.length);
    expect(marks.find((m) => m.cell === 'F7' && m.sheet === '協働事業一覧')).toMatchObject({
      row: 7,
      column: 6,
      severity: 'error',
    });
    // 評価シート F5: a gap (warning); A8: the partner's evaluation is missing (warning).
    expect(marks.filter((m) => m.sheet === '評価シート').map((m) => `${m.cell}:${m.severity}`)).toEqual([
      'D5:warning',
      'F5:warning',
      'E6:error',
      'A8:warning',
      'B9:error',
    ]);
  });

  it('merges issues of one cell into one mark with the most severe severity', () => {
    const g = grid('一覧', [
      ['事業名', '協働相手', '協働の形態', '主催', '予算額', '決算額'],
      ['講座', '団体A', '委託', '市民', 100, 200],
      ['講座', '団体A', '委託', '市民', 100, 200],
    ]);
    const r = validateWorkbook({ name: 'x', sheets: [g] }, { profile: profile('toride'), today });
    const marks = toCellMarks(r);
    expect(marks.map((m) => `${m.cell}:${m.severity}`)).toEqual([
      'D2:error',
      'F2:warning',
      'A3:warning',
      'D3:error',
      'F3:warning',
    ]);
    // The same fault in two rows is one grouped issue with both places.
    const mismatch = r.sheets[0]!.issues.find((i) => i.code === 'forms.organiser-mismatch')!;
    expect(mismatch).toMatchObject({ cell: 'D2', count: 2, more: ['D3'], places: ['D2', 'D3'] });
    expect(toResultsGrid(r)[1]![6]).toContain('（ほか1件: D3）');
  });
});
