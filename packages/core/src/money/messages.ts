import { defineMessages } from '../problems/messages.js';
import type { Path } from '../problems/Problem.js';
import { cite } from '../sources/Source.js';

const C3 = cite('kyodo', 'docs/cli.md「kyodo subsidy」', 'C3', 'money is whole yen; forms seen in sheets');
const C4 = cite('kyodo', 'docs/cli.md「kyodo subsidy」', 'C4', 'rates are exact fractions');

/** Where a problem is, as text for a message: '' for a single value, 'rows[3].budget: ' otherwise. */
export function placeText(path: Path | undefined): string {
  if (path === undefined || path.length === 0) return '';
  let s = '';
  for (const part of path) s += typeof part === 'number' ? `[${part}]` : s === '' ? part : `.${part}`;
  return `${s}: `;
}

type Text = { at: string; text: string };
const EXPECTED_JA = '50,000・50000円・¥50,000・5万円・△1,234 などの形で、円単位の金額を入力してください';
const EXPECTED_EN = 'write a whole-yen amount such as 50,000, 50000円, ¥50,000, 5万円 or △1,234';
const RATE_JA = '2/3・3分の2・50%・10/10 などの形で入力してください';
const RATE_EN = 'write it as 2/3, 3分の2, 50% or 10/10';

/**
 * The catalogue of money problems (RULES C3 yen amounts, C4 rates): each code with its
 * severity, a Japanese and an English message saying what was seen and what was expected.
 *
 * @example
 * moneyMessages.problem('money.fraction-of-yen', { at: '', text: '1,234.5' }).message.ja
 * //=> '「1,234.5」は1円未満の端数を含みます。金額は円単位の整数で入力してください'
 */
export const moneyMessages = defineMessages({
  'money.invalid-argument': {
    summaryJa: '金額の関数に、整数の円でない金額や分数でない率が渡されました（プログラムの誤り）',
    action: {
      ja: '呼び出す側で parseYen・parseRate を通してから渡してください',
      en: 'Pass the value through parseYen or parseRate before the call',
    },
    severity: 'error',
    summary:
      'A money function given what it does not take (an amount that is not whole yen, a rate that is not a fraction)',
    rule: 'C3',
    ja: (p: { what: string; whatJa: string; text: string }) => `${p.whatJa}として使えない値です（${p.text}）`,
    en: (p: { what: string; whatJa: string; text: string }) => `not ${p.what}: ${p.text}`,
  },
  'money.empty': {
    summaryJa: '金額が空欄です（0 とは読みません）',
    action: {
      ja: '金額を入力してください。0 円なら 0 と入力してください',
      en: 'Enter the amount; for zero yen enter 0',
    },
    severity: 'error',
    summary: 'No amount was given (empty cell); never read as zero',
    rule: 'C3',
    source: C3,
    ja: (p: { at: string }) => `${p.at}金額が空欄です。${EXPECTED_JA}(0円なら0と入力してください)`,
    en: (p: { at: string }) => `${p.at}the amount is empty; ${EXPECTED_EN} (write 0 for zero)`,
  },
  'money.not-an-amount': {
    summaryJa: '金額になりえない種類の値です（TRUE/FALSE、日付など）',
    action: { ja: 'セルの値を金額に直してください', en: 'Replace the value with an amount' },
    severity: 'error',
    summary: 'The value is of a kind that cannot be an amount (true/false, a date, an object)',
    rule: 'C3',
    source: C3,
    ja: (p: { at: string; type: string }) => `${p.at}金額ではない値(${p.type})です。${EXPECTED_JA}`,
    en: (p: { at: string; type: string }) => `${p.at}a ${p.type} is not an amount; ${EXPECTED_EN}`,
  },
  'money.unparsable': {
    summaryJa: '円の金額として読めない書き方です',
    action: {
      ja: '金額は 360000・360,000円・36万円・△1,000 などの形で入力してください',
      en: 'Write an amount as 360000, 360,000円, 36万円 or △1,000',
    },
    severity: 'error',
    summary: 'The text is not an amount of yen in any form RULES C3 lists',
    rule: 'C3',
    source: C3,
    ja: (p: Text) => `${p.at}「${p.text}」を金額として読めません。${EXPECTED_JA}`,
    en: (p: Text) => `${p.at}"${p.text}" is not an amount; ${EXPECTED_EN}`,
  },
  'money.fraction-of-yen': {
    summaryJa: '円未満の端数があります（1,234.5円、千円の列の 1.2345）',
    action: {
      ja: '円単位になるように直してください（千円の列なら小数は3桁まで）',
      en: 'Correct it to whole yen (in a 千円 column, at most three decimals)',
    },
    severity: 'error',
    summary: 'The amount has a fraction of a yen (1,234.5円; 1.2345 in a 千円 column)',
    rule: 'C3',
    source: C3,
    ja: (p: Text) => `${p.at}「${p.text}」は1円未満の端数を含みます。金額は円単位の整数で入力してください`,
    en: (p: Text) => `${p.at}"${p.text}" has a fraction of a yen; amounts are whole yen`,
  },
  'money.negative-not-allowed': {
    summaryJa: '負の金額が許されないところにあります（△1,234、-1,234）',
    action: {
      ja: '金額を確かめ、正の数で入力してください',
      en: 'Check the amount and enter it as a positive number',
    },
    severity: 'error',
    summary: 'A negative amount (△1,234, -1,234) where none is allowed',
    rule: 'C3',
    source: C3,
    ja: (p: Text) => `${p.at}「${p.text}」はマイナスの金額です。この欄にはマイナス(△・▲・-)は入力できません`,
    en: (p: Text) => `${p.at}"${p.text}" is negative; this field takes no negative amounts (△, ▲, -)`,
  },
  'money.too-large': {
    summaryJa: '金額が大きすぎて正確に扱えません',
    action: {
      ja: '金額と単位（千円・円）を確かめてください',
      en: 'Check the amount and its unit (千円, 円)',
    },
    severity: 'error',
    summary: 'The amount is beyond 9,007,199,254,740,991 yen (Number.MAX_SAFE_INTEGER): it cannot be exact',
    rule: 'C3',
    source: C3,
    ja: (p: Text) => `${p.at}「${p.text}」は大きすぎて正確に扱えません(上限 9,007,199,254,740,991円)`,
    en: (p: Text) => `${p.at}"${p.text}" is too large to be exact (at most 9,007,199,254,740,991 yen)`,
  },
  'money.cell-unit-overrides-header': {
    summaryJa: 'セルに「円」と書かれ、見出しの単位（千円）と違います。セルの単位で読みました',
    action: {
      ja: '見出しの単位にそろえるか、見出しの単位を直してください',
      en: 'Make the cell follow the header’s unit, or correct the header’s unit',
    },
    severity: 'warning',
    summary:
      'The cell says 円 (or ¥) while its column header gives another unit (千円): the cell’s unit was used',
    rule: 'C3',
    source: C3,
    ja: (p: Text & { headerUnit: string; yen: string }) =>
      `${p.at}見出しの単位は${p.headerUnit}ですが、「${p.text}」は円で書かれているため${p.yen}円と読みました。単位を確認してください`,
    en: (p: Text & { headerUnit: string; yen: string }) =>
      `${p.at}the header's unit is ${p.headerUnit} but "${p.text}" is written in yen: read as ${p.yen} yen; check the unit`,
  },
  'money.rate-empty': {
    summaryJa: '率が空欄です（0 とは読みません）',
    action: { ja: '率を入力してください（2/3、50%、3分の2）', en: 'Enter the rate (2/3, 50%, 3分の2)' },
    severity: 'error',
    summary: 'No rate was given (empty cell); never read as zero',
    rule: 'C4',
    source: C4,
    ja: (p: { at: string }) => `${p.at}割合(補助率など)が空欄です。${RATE_JA}`,
    en: (p: { at: string }) => `${p.at}the rate is empty; ${RATE_EN}`,
  },
  'money.rate-unparsable': {
    summaryJa: '率として読めない書き方です',
    action: {
      ja: '率は 2/3・50%・3分の2・0.5 などの形で入力してください',
      en: 'Write the rate as 2/3, 50%, 3分の2 or 0.5',
    },
    severity: 'error',
    summary: 'The text is not a rate in any form RULES C4 lists',
    rule: 'C4',
    source: C4,
    ja: (p: Text) => `${p.at}「${p.text}」を割合(補助率など)として読めません。${RATE_JA}`,
    en: (p: Text) => `${p.at}"${p.text}" is not a rate; ${RATE_EN}`,
  },
  'money.rate-inexact': {
    summaryJa: '丸めた小数（0.3333、66.7%）が分数を表しています',
    action: { ja: '分数で入力してください（1/3、2/3）', en: 'Enter the fraction (1/3, 2/3)' },
    severity: 'error',
    summary: 'A rounded decimal (0.3333, 66.7%) stands for a fraction: write the fraction so it is exact',
    rule: 'C4',
    source: C4,
    ja: (p: Text & { suggestion: string }) =>
      p.suggestion === ''
        ? `${p.at}「${p.text}」は丸められた小数のため正確な割合になりません。分数(例: 2/3)で入力してください`
        : `${p.at}「${p.text}」は丸められた小数です。${p.suggestion}のことなら「${p.suggestion}」と分数で入力してください`,
    en: (p: Text & { suggestion: string }) =>
      p.suggestion === ''
        ? `${p.at}"${p.text}" is a rounded decimal, not an exact rate; write a fraction (e.g. 2/3)`
        : `${p.at}"${p.text}" is a rounded decimal; if ${p.suggestion} is meant, write "${p.suggestion}"`,
  },
  'money.rate-above-one': {
    summaryJa: '100% を超える率（3/2、120%）が、額の割合として書かれています',
    action: {
      ja: '率を確かめ、100% 以下に直してください',
      en: 'Check the rate and correct it to 100% or less',
    },
    severity: 'error',
    summary: 'A rate above 100% (3/2, 120%) where a share of an amount is expected',
    rule: 'C4',
    source: C4,
    ja: (p: Text) =>
      `${p.at}「${p.text}」は100%を超える割合です。補助率は10分の10(100%)以下で入力してください`,
    en: (p: Text) => `${p.at}"${p.text}" is above 100%; a rate is at most 10/10 (100%)`,
  },
  'money.rate-zero-denominator': {
    summaryJa: '分母が 0 の分数です（1/0、0分の1）',
    action: { ja: '分母を確かめて直してください', en: 'Check the denominator and correct it' },
    severity: 'error',
    summary: 'A fraction with denominator 0 (1/0, 0分の1)',
    rule: 'C4',
    source: C4,
    ja: (p: Text) => `${p.at}「${p.text}」は分母が0です。${RATE_JA}`,
    en: (p: Text) => `${p.at}"${p.text}" has denominator 0; ${RATE_EN}`,
  },
});
