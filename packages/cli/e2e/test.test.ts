import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, examples, kyodo } from './kyodo.js';

let dir: string;

beforeAll(() => {
  assertBuilt();
  dir = mkdtempSync(join(tmpdir(), 'kyodo-test-'));
});

/** A test file in the temporary folder. */
function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

const kyodotai = `
tests:
  - name: 事業4
    subsidy: { program: ichinoseki/kyodotai-shien, fiscalYear: 平成26年度, eligibleExpense: 360000 }
    expect: { amount: EXPECTED }
`;

describe('kyodo test', () => {
  it.each(['ichinoseki', 'toride', 'plan-004'])(
    'runs the tests the built-in profile %s carries, and they pass',
    (id) => {
      const r = kyodo(['test', id]);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(r.stdout).toContain(`profile-tests/${id}.yaml (${id})`);
      expect(r.stdout.trim().split('\n').at(-1)).toMatch(/^\d+ passed, 0 failed$/u);
      expect(r.stdout).not.toContain('✗');
    },
  );

  it('runs a municipality’s own tests on its own profile (examples/mirai-tests.yaml)', () => {
    const r = kyodo(['test', `${examples}custom-profile.json`, `${examples}mirai-tests.yaml`]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      '✓ 審査 利害関係の委員を除いた平均、同点は申請額の少ない方、予算の残りまで減額',
    );
    expect(r.stdout.trim().split('\n').at(-1)).toBe('7 passed, 0 failed');
  });

  it('prints a failure with what was expected, what kyodo computed and the steps (exit 1)', () => {
    const wrong = file('wrong.yaml', kyodotai.replace('EXPECTED', '240000'));
    const r = kyodo(['test', 'ichinoseki', wrong, '--lang', 'ja']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('✗ 事業4');
    expect(r.stdout).toContain('expect.amount: 期待 240000、実際 200000');
    expect(r.stdout).toContain(
      '7. 補助対象経費 360,000円 × 2/3 = 240,000円 → 限度額 200,000円 → 補助金額 200,000円 [一関市地域協働推進計画（002）8-2-1 事業4 (S-ichinoseki-4)]',
    );
    expect(r.stdout.trim().split('\n').at(-1)).toBe('0 passed, 1 failed');
  });

  it('reads JSON test files too', () => {
    const json = file(
      'tests.json',
      JSON.stringify({
        tests: [
          {
            name: '事業4',
            subsidy: { program: 'ichinoseki/kyodotai-shien', fiscalYear: 2014, eligibleExpense: '360,000円' },
            expect: { amount: 200000, limitedBy: 'annual-limit' },
          },
        ],
      }),
    );
    const r = kyodo(['test', 'ichinoseki', json, '--format', 'json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)[0]).toMatchObject({ passed: 1, failed: 0, invalid: 0 });
  });

  it('refuses a malformed YAML, naming the file, the line and the column (exit 2)', () => {
    const bad = file('bad.yaml', 'tests:\n  - name: 事業4\n    subsidy: { program: x\n  - name: b\n');
    const r = kyodo(['test', 'ichinoseki', bad, '--lang', 'both']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/bad\.yaml の \d+ 行目 \d+ 文字目が YAML として読めません/u);
    expect(r.stderr).toMatch(/bad\.yaml, line \d+, column \d+: not valid YAML/u);
    expect(r.stdout).toBe('');
  });

  it('refuses a test naming a program the profile does not have (exit 2)', () => {
    const unknown = file(
      'unknown.yaml',
      'tests:\n  - name: ない補助金\n    subsidy: { program: ichinoseki/nai, fiscalYear: 2014, eligibleExpense: 1 }\n    expect: { amount: 1 }\n',
    );
    const r = kyodo(['test', 'ichinoseki', unknown, '--lang', 'both']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown.yaml テスト「ない補助金」 tests[0].subsidy.program');
    expect(r.stderr).toContain('ichinoseki/nai');
  });

  it('refuses an expectation of the wrong type, and one another kind of test has (exit 2)', () => {
    const typed = file(
      'typed.yaml',
      `${kyodotai.replace('EXPECTED', 'true')}  - name: 評価に金額\n    evaluation: { evaluator: 市, answers: { mokuhyo-seika: A } }\n    expect: { amount: 200000 }\n`,
    );
    const r = kyodo(['test', 'ichinoseki', typed, '--lang', 'both']);
    expect(r.code).toBe(2);
    // Each at its line: the test file's line 5 holds expect: { amount: true }, line 8 the other.
    expect(r.stderr).toContain(
      'tests[0].expect.amount は数値か文字列で書いてください（trueでした）（5 行目）',
    );
    expect(r.stderr).toContain('tests[0].expect.amount must be a number or text, not true (line 5)');
    expect(r.stderr).toContain(
      'tests[1].expect に「amount」は書けません（書けるもの: mean, answered, unanswered, issues）（8 行目）',
    );
    expect(r.stdout).toBe('');
  });

  it('refuses a misspelt key, naming the test, the path, the keys it may have and the line (exit 2)', () => {
    const misspelt = file(
      'misspelt.yaml',
      [
        '# 一関市 地域協働体支援事業費補助金のテスト',
        'tests:',
        '  - name: 事業4の限度額',
        '    subsidi:',
        '      program: ichinoseki/kyodotai-shien',
        '      fiscalYear: 平成26年度',
        '      eligibleExpense: 360000',
        '    expect: { amount: 200000 }',
        '  - name: 事業4',
        '    subsidy: { program: ichinoseki/kyodotai-shien, fiscalYear: 平成26年度, eligibleExpense: 360000 }',
        '    expect: { amount: 200000, amout: 1 }',
      ].join('\n'),
    );
    const r = kyodo(['test', 'ichinoseki', misspelt, '--lang', 'both']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(
      'misspelt.yaml テスト「事業4の限度額」 tests[0] に「subsidi」は書けません（書けるもの: name, source, margin, subsidy, settlement, evaluation, review, sheet, expect）（4 行目）',
    );
    expect(r.stderr).toContain('misspelt.yaml, test "事業4の限度額", tests[0] cannot have "subsidi"');
    expect(r.stderr).toContain('tests[1].expect に「amout」は書けません');
    expect(r.stderr).toMatch(/「amout」は書けません（書けるもの: [^）]+）（11 行目）/u);
    expect(r.stderr).not.toMatch(/TypeError|\.js:\d+/u);
    // A stray key beside tests: at its line.
    const stray = kyodo([
      'test',
      'ichinoseki',
      file('stray.yaml', `${kyodotai.replace('EXPECTED', '200000')}test: []\n`),
      '--lang',
      'both',
    ]);
    expect(stray.code).toBe(2);
    expect(stray.stderr).toMatch(
      /stray\.yaml に「test」は書けません（書けるもの: description, today, tests）（6 行目）/u,
    );
    expect(stray.stderr).toContain('(line 6)');
  });

  it('says what is missing: the profile, the file, a test file for a profile of one’s own (exit 2)', () => {
    expect(kyodo(['test']).code).toBe(2);
    expect(kyodo(['test', 'nai']).code).toBe(2);
    const missing = kyodo(['test', 'ichinoseki', join(dir, 'nai.yaml')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('nai.yaml');
    expect(kyodo(['test', `${examples}custom-profile.json`]).code).toBe(2);
    expect(kyodo(['test', 'ichinoseki', `${examples}README.md`]).code).toBe(2);
  });
});
