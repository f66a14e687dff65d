import { defineMessages } from '../problems/messages.js';

/** The problems of the text helpers (codes `text.*`): a function that compares text given something else. */
export const textMessages = defineMessages({
  'text.not-text': {
    summaryJa: '文字を読む関数に文字でない値が渡されました（プログラムの誤り）',
    action: {
      ja: '呼び出す側で渡す値を確かめてください（docs/contributing.md）',
      en: 'Check what the caller passes (docs/contributing.md)',
    },
    severity: 'error',
    summary: 'A function that reads text given something that is not a string (null, a number, an object)',
    ja: (p: { what: string; received: string }) =>
      `${p.what} は文字列でなければなりません（${p.received}でした）`,
    en: (p: { what: string; received: string }) => `${p.what} must be a string, not ${p.received}`,
  },
  'text.not-an-object': {
    summaryJa:
      '記録（プロファイル・枠組み・評価・オプション）を読む関数に、違う値か一覧のない記録が渡されました',
    action: {
      ja: '呼び出す側で渡す値の形を確かめてください（docs/contributing.md）',
      en: 'Check the shape of what the caller passes (docs/contributing.md)',
    },
    severity: 'error',
    summary:
      'A function that reads a record (a profile, a framework, an evaluation, options) given something else, or a record without a list it needs',
    ja: (p: { what: string; received: string; expected: string }) =>
      `${p.what} は${p.expected}でなければなりません（${p.received}でした）`,
    en: (p: { what: string; received: string; expected: string }) =>
      `${p.what} must be ${p.expected === 'リスト' ? 'a list' : 'an object'}, not ${p.received}`,
  },
});
