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
});
