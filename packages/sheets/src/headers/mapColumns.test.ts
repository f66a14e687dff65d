import { getProfile, unwrap } from '@kyodo/core';
import { describe, expect, it } from 'vitest';
import { compileProfile } from './compileProfile.js';
import { mapColumns } from './mapColumns.js';

const toride = unwrap(getProfile('toride'));
const projects = compileProfile(toride).matchers.find((m) => m.kind === 'projects')!;

describe('mapColumns', () => {
  it('maps by alias, reports unmapped columns and two columns for one field', () => {
    const grid = {
      name: 'S',
      values: [['事業名', '協働先', '相手方', '事業費(計画)', '事業費(実績)', 'メモ']],
    };
    const r = mapColumns(grid, projects, 0);
    expect(r.mapping.map((m) => `${m.field}:${m.column}:${m.alias}`)).toEqual([
      'name:A:事業名',
      'partner:B:協働先',
      'budget:D:事業費',
      'actual:E:事業費',
    ]);
    expect(r.unmapped).toEqual([
      { column: 'C', header: '相手方' },
      { column: 'F', header: 'メモ' },
    ]);
    expect(r.findings.map((f) => [f.problem.code, f.row, f.col, f.problem.params.used])).toEqual([
      ['sheets.header-ambiguous', 0, 2, 'B'],
    ]);
    expect(r.dataStart).toBe(1);
  });
  it('a hand mapping wins over detection', () => {
    const grid = { name: 'S', values: [['事業名', '協働先', '相手方']] };
    const r = mapColumns(grid, projects, 0, { partner: 'C' });
    expect(r.mapping).toEqual([
      { field: 'name', column: 'A', header: '事業名', by: 'alias', alias: '事業名' },
      { field: 'partner', column: 'C', header: '相手方', by: 'hand' },
    ]);
    expect(r.unmapped).toEqual([{ column: 'B', header: '協働先' }]);
    expect(r.findings).toEqual([]);
  });
  it('reads a header over two rows without merge data (csv)', () => {
    const grid = {
      name: 'S',
      values: [
        ['事業名', '協働相手', '実施期間', null, '予算額'],
        [null, null, '開始', '終了', null],
        ['講座', '団体', 'R6.4.1', 'R6.5.1', 100],
      ],
    };
    const r = mapColumns(grid, projects, 0);
    expect(r.dataStart).toBe(2);
    expect(r.mapping.map((m) => `${m.field}:${m.column}:${m.header}`)).toEqual([
      'name:A:事業名',
      'partner:B:協働相手',
      'start:C:実施期間（開始）',
      'end:D:実施期間（終了）',
      'budget:E:予算額',
    ]);
  });
});
