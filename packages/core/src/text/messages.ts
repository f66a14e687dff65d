import { defineMessages } from '../problems/messages.js';

/** The problems of the text helpers (codes `text.*`): a function that compares text given something else. */
export const textMessages = defineMessages({
  'text.not-text': {
    severity: 'error',
    summary: 'A function that reads text given something that is not a string (null, a number, an object)',
    ja: (p: { what: string; received: string }) =>
      `${p.what} は文字列でなければなりません（${p.received}でした）`,
    en: (p: { what: string; received: string }) => `${p.what} must be a string, not ${p.received}`,
  },
  'text.not-an-object': {
    severity: 'error',
    summary:
      'A function that reads a record (a profile, a framework, an evaluation, options) given something else, or a record without a list it needs',
    ja: (p: { what: string; received: string; expected: string }) =>
      `${p.what} は${p.expected}でなければなりません（${p.received}でした）`,
    en: (p: { what: string; received: string; expected: string }) =>
      `${p.what} must be ${p.expected === 'リスト' ? 'a list' : 'an object'}, not ${p.received}`,
  },
});
