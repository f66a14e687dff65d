import { describe, expect, it } from 'vitest';
import { readProfileTests } from './readProfileTests.js';

const subsidy = {
  program: 'ichinoseki/kyodotai-shien',
  fiscalYear: '平成26年度',
  eligibleExpense: '360,000円',
};
const read = (tests: unknown[], extra: Record<string, unknown> = {}) =>
  readProfileTests({ tests, ...extra }, 'mine.yaml');
const messages = (r: ReturnType<typeof read>) => (r.ok ? [] : r.problems.map((p) => [p.code, p.message.ja]));

describe('readProfileTests (docs/profiles.md テストを書く)', () => {
  it('reads a test: its name, its one input and what it expects', () => {
    const r = read([{ name: '限度額', source: '002 8-2-1 事業4', subsidy, expect: { amount: '200,000円' } }]);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.tests).toEqual([
      {
        index: 0,
        name: '限度額',
        source: '002 8-2-1 事業4',
        kind: 'subsidy',
        input: subsidy,
        expect: { amount: '200,000円' },
      },
    ]);
  });

  it('says a file that is not a list of tests is one, naming the file', () => {
    expect(messages(readProfileTests([1, 2], 'mine.yaml'))).toEqual([
      [
        'tests.not-a-list',
        'mine.yaml: テストのファイルには「tests:」の下にテストの一覧が必要です（2 件の一覧でした）',
      ],
    ]);
  });

  it('names the file, the test and the path of a wrong expected type', () => {
    const r = read([
      { name: 'ok', subsidy, expect: { amount: 1 } },
      { name: '型違い', subsidy, expect: { amount: true, eligible: 'はい' } },
    ]);
    expect(messages(r)).toEqual([
      [
        'tests.wrong-type',
        'mine.yaml テスト「型違い」 tests[1].expect.eligible は真偽値（true か false）で書いてください（"はい"でした）',
      ],
      [
        'tests.wrong-type',
        'mine.yaml テスト「型違い」 tests[1].expect.amount は数値か文字列で書いてください（trueでした）',
      ],
    ]);
  });

  it('refuses an amount that is not whole yen, and an expectation of another kind of test', () => {
    const r = read([
      { name: '端数', subsidy, expect: { amount: '1.5円' } },
      {
        name: '評価に金額',
        evaluation: { evaluator: '市', answers: { a: 'A' } },
        expect: { amount: 200000 },
      },
    ]);
    expect(r.ok ? [] : r.problems.map((p) => [p.code, p.params.path])).toEqual([
      ['tests.not-yen', 'tests[0].expect.amount'],
      ['tests.unknown-key', 'tests[1].expect'],
    ]);
    expect(r.ok ? '' : r.problems[1]?.message.en).toBe(
      'mine.yaml, test "評価に金額", tests[1].expect cannot have "amount" (it may have: mean, answered, unanswered, issues)',
    );
  });

  it('needs exactly one input, something to expect, and a day for sheet tests', () => {
    const r = read([
      { name: '入力なし', expect: { amount: 1 } },
      { name: '二つ', subsidy, evaluation: { evaluator: '市', answers: {} }, expect: { amount: 1 } },
      { name: '期待なし', subsidy, expect: {} },
      { name: 'シート', sheet: { rows: [{ 事業名: 'a' }] }, expect: { issues: [] } },
      { nam: 'つづり' },
    ]);
    expect(r.ok ? [] : r.problems.map((p) => p.code)).toEqual([
      'tests.no-input',
      'tests.two-inputs',
      'tests.nothing-expected',
      'tests.today-missing',
      'tests.missing',
      'tests.missing',
      'tests.unknown-key',
    ]);
    expect(
      read([{ name: 'シート', sheet: { rows: [{ 事業名: 'a' }] }, expect: { issues: [] } }], {
        today: '2024-10-01',
      }).ok,
    ).toBe(true);
  });

  it('takes expected issues as codes, or as a code with the row and column', () => {
    const r = read(
      [
        {
          name: '行',
          sheet: { kind: 'projects', rows: [{ 事業名: 'a' }] },
          expect: {
            issues: ['sheets.required-empty', { code: 'forms.unknown', row: 1, column: '協働の形態' }],
          },
        },
      ],
      { today: '2024-10-01' },
    );
    expect(r.ok).toBe(true);
    const bad = read([
      { name: 'x', sheet: { kind: 'kanri', today: '2024-10-01', rows: [{}] }, expect: { issues: [] } },
    ]);
    expect(bad.ok ? [] : bad.problems.map((p) => [p.code, p.params.path])).toEqual([
      ['tests.invalid-value', 'tests[0].sheet.kind'],
    ]);
  });
});
