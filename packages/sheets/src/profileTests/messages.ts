import { defineMessages } from '@kyodo/core';

/** Where in a test file: the file, the test (its name, or its number), the path inside it. */
type At = { file: string; test: string; path: string };

const whereJa = (p: At) =>
  `${p.file}${p.test === '' ? '' : ` テスト「${p.test}」`}${p.path === '' ? '' : ` ${p.path}`}`;
const whereEn = (p: At) =>
  `${p.file}${p.test === '' ? '' : `, test "${p.test}"`}${p.path === '' ? '' : `, ${p.path}`}`;

/**
 * The problems of a profile's test file (docs/profiles.md "テストを書く"): each names the file,
 * the test and the path inside it, and says what was expected, in Japanese and English. A file
 * with any of them is a bad file (kyodo test exits 2), not a failing test.
 */
export const profileTestMessages = defineMessages({
  'tests.not-a-list': {
    summaryJa: 'テストファイルの "tests" に一覧がありません',
    action: { ja: 'tests: の下にテストを並べてください', en: 'List the tests under tests:' },
    severity: 'error',
    summary: 'A test file must hold a list of tests under "tests"',
    ja: (p: At & { received: string; receivedJa: string }) =>
      `${whereJa(p)}: テストのファイルには「tests:」の下にテストの一覧が必要です（${p.receivedJa}でした）`,
    en: (p: At & { received: string; receivedJa: string }) =>
      `${whereEn(p)}: a test file needs a list of tests under "tests:" (found ${p.received})`,
  },
  'tests.missing': {
    summaryJa: 'テストの必須の部分がありません',
    action: { ja: '示された部分を加えてください', en: 'Add the part named' },
    severity: 'error',
    summary: 'A required part of a test is missing',
    ja: (p: At & { expectedJa: string; expected: string }) =>
      `${whereJa(p)} がありません（${p.expectedJa}が必要です）`,
    en: (p: At & { expectedJa: string; expected: string }) =>
      `${whereEn(p)} is missing (expected ${p.expected})`,
  },
  'tests.wrong-type': {
    summaryJa: 'テストの部分の型が違います',
    action: {
      ja: 'テストファイルを直してください（docs/profiles.md「テストを書く」）',
      en: 'Correct the test file (docs/profiles.md “テストを書く”)',
    },
    severity: 'error',
    summary: 'A part of a test has the wrong type',
    ja: (p: At & { expectedJa: string; expected: string; received: string; receivedJa: string }) =>
      `${whereJa(p)} は${p.expectedJa}で書いてください（${p.receivedJa}でした）`,
    en: (p: At & { expectedJa: string; expected: string; received: string; receivedJa: string }) =>
      `${whereEn(p)} must be ${p.expected}, not ${p.received}`,
  },
  'tests.invalid-value': {
    summaryJa: 'テストの部分が、認められた値のどれでもありません',
    action: { ja: '示された値のどれかにしてください', en: 'Use one of the values listed' },
    severity: 'error',
    summary: 'A part of a test is not one of the allowed values',
    ja: (p: At & { allowed: string; received: string; receivedJa: string }) =>
      `${whereJa(p)} の ${p.receivedJa} は使えません（${p.allowed} のいずれか）`,
    en: (p: At & { allowed: string; received: string; receivedJa: string }) =>
      `${whereEn(p)} is ${p.received}; expected one of ${p.allowed}`,
  },
  'tests.unknown-key': {
    summaryJa: 'テストにない項目名です（綴りの誤りか、別の種類のテストの期待値）',
    action: {
      ja: '綴りを確かめ、示された項目名に直してください',
      en: 'Check the spelling; use a key the test has',
    },
    severity: 'error',
    summary: 'A key a test does not have (a misspelling, or an expectation for another kind of test)',
    ja: (p: At & { keys: string; known: string }) =>
      `${whereJa(p)} に「${p.keys}」は書けません（書けるもの: ${p.known}）`,
    en: (p: At & { keys: string; known: string }) =>
      `${whereEn(p)} cannot have "${p.keys}" (it may have: ${p.known})`,
  },
  'tests.empty': {
    summaryJa: 'テストの文字か一覧が空です',
    action: {
      ja: 'テストファイルを直してください（docs/profiles.md「テストを書く」）',
      en: 'Correct the test file (docs/profiles.md “テストを書く”)',
    },
    severity: 'error',
    summary: 'A text or list of a test is empty',
    ja: (p: At) => `${whereJa(p)} が空です`,
    en: (p: At) => `${whereEn(p)} is empty`,
  },
  'tests.no-input': {
    summaryJa: 'テストに入力（subsidy・settlement・evaluation・review・sheet）がありません',
    action: { ja: '入力を1つ加えてください', en: 'Add one input' },
    severity: 'error',
    summary: 'A test without its input (subsidy, settlement, evaluation, review or sheet)',
    ja: (p: At) =>
      `${whereJa(p)}: 入力（subsidy、settlement、evaluation、review、sheet のどれか一つ）がありません`,
    en: (p: At) => `${whereEn(p)}: no input (one of subsidy, settlement, evaluation, review, sheet)`,
  },
  'tests.two-inputs': {
    summaryJa: '1つのテストに入力が2つ以上あります',
    action: { ja: 'テストを入力ごとに分けてください', en: 'Split it into one test per input' },
    severity: 'error',
    summary: 'A test with more than one input',
    ja: (p: At & { inputs: string }) => `${whereJa(p)}: 入力は一つにしてください（${p.inputs} があります）`,
    en: (p: At & { inputs: string }) => `${whereEn(p)}: one input per test (found ${p.inputs})`,
  },
  'tests.nothing-expected': {
    summaryJa: '何も期待していないテストです（失敗しえない）',
    action: { ja: 'expect: に期待する結果を書いてください', en: 'Write the expected result under expect:' },
    severity: 'error',
    summary: 'A test that expects nothing (it could not fail)',
    ja: (p: At & { known: string }) =>
      `${whereJa(p)}: expect に期待する結果が一つもありません（書けるもの: ${p.known}）`,
    en: (p: At & { known: string }) => `${whereEn(p)}: expect has nothing to check (it may have: ${p.known})`,
  },
  'tests.not-yen': {
    summaryJa: '期待する金額が整数の円ではありません',
    action: { ja: '金額を円単位で書いてください', en: 'Write the amount in whole yen' },
    severity: 'error',
    summary: 'An expected amount that is not whole yen',
    ja: (p: At & { received: string; receivedJa: string }) =>
      `${whereJa(p)} の ${p.receivedJa} は円の金額として読めません（200000 や 200,000円 のように書いてください）`,
    en: (p: At & { received: string; receivedJa: string }) =>
      `${whereEn(p)}: ${p.received} is not an amount of whole yen (write 200000 or 200,000円)`,
  },
  'tests.today-missing': {
    summaryJa: 'シートのテストに基準日がありません',
    action: { ja: 'today: に基準日を書いてください', en: 'Write the day under today:' },
    severity: 'error',
    summary: 'A sheet test without the day it is checked for',
    ja: (p: At) =>
      `${whereJa(p)}: シートのテストには基準日（today: 2024-10-01 など）が必要です（ファイルの先頭かテストに書きます）`,
    en: (p: At) =>
      `${whereEn(p)}: a sheet test needs the day it is checked for (today: 2024-10-01), at the top of the file or in the test`,
  },
  'tests.reference': {
    summaryJa: 'テストが、プロファイルにない補助事業・枠組み・シートの種類を指しています',
    action: {
      ja: 'kyodo profile show で ID を確かめてください',
      en: 'Check the ids with kyodo profile show',
    },
    severity: 'error',
    summary: 'A test names a program, framework or kind of sheet the profile does not have',
    ja: (p: At & { detailJa: string; detailEn: string }) => `${whereJa(p)}: ${p.detailJa}`,
    en: (p: At & { detailJa: string; detailEn: string }) => `${whereEn(p)}: ${p.detailEn}`,
  },
});
