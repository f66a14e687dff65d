import { getProfile, unwrap } from '@kyodo/core';
import { describe, expect, it } from 'vitest';
import type { CellValue } from '../grid/Grid.js';
import { moreText } from '../results/toResultsGrid.js';
import { validateSheet } from './validateSheet.js';

const toride = unwrap(getProfile('toride'));

describe('grouping repeated issues (never a silent cut)', () => {
  it('the same fault in 1,241 rows is one issue with its count, its first places and every place', () => {
    const values: CellValue[][] = [['事業名', '協働相手', '協働の形態', '主催']];
    for (let i = 0; i < 1241; i++) values.push([`講座${i}`, '', '共催', '共同']);
    const r = validateSheet({ name: 'S', values }, { profile: toride, today: '2024-10-01' });
    expect(r.issues).toHaveLength(1);
    const issue = r.issues[0]!;
    expect(issue).toMatchObject({
      code: 'sheets.required-empty',
      cell: 'B2',
      row: 2,
      column: 'B',
      count: 1241,
    });
    expect(issue.more).toEqual(['B3', 'B4', 'B5', 'B6', 'B7']);
    expect(issue.places).toHaveLength(1241);
    expect(issue.places![1240]).toBe('B1242');
    expect(moreText(issue, 'en')).toBe(' (and 1,240 more: B3, B4, B5, B6, B7, …)');
    expect(moreText(issue, 'ja')).toBe('（ほか1,240件: B3、B4、B5、B6、B7 …）');
    expect(r.summary).toMatchObject({
      errors: 1241,
      byCode: { 'sheets.required-empty': 1241 },
      rowsWithErrors: 1241,
      quality: 0,
    });
  });
  it('different parameters are different issues', () => {
    const values: CellValue[][] = [
      ['事業名', '協働相手', '協働の形態', '主催'],
      ['a', 'x', '委託', '市民'],
      ['b', 'y', '補助', '市'],
    ];
    const r = validateSheet({ name: 'S', values }, { profile: toride, today: '2024-10-01' });
    expect(r.issues.map((i) => `${i.code} ${i.cell} ${i.count ?? 1}`)).toEqual([
      'forms.organiser-mismatch D2 1',
      'forms.organiser-mismatch D3 1',
    ]);
    expect(r.summary.explanation.ja).toBe(
      '読み込んだ2行のうち0行(0%)にエラーがありません。エラー2件(2行)、注意0件、情報0件',
    );
  });
});
