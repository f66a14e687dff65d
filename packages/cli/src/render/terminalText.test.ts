import { describe, expect, it } from 'vitest';
import { terminalText } from './terminalText.js';

describe('terminalText', () => {
  it('shows ESC, BEL and other C0 and C1 controls escaped, never raw', () => {
    expect(terminalText('\u001b[2J\u0007')).toBe('\\x1B[2J\\x07');
    expect(terminalText('a\u0000b\u007fc\u009bd\r\ne')).toBe('a\\x00b\\x7Fc\\x9Bd\\x0D\\x0Ae');
  });
  it('shows bidirectional overrides and line separators escaped', () => {
    expect(terminalText('事業\u202e名\u2066\u2028')).toBe('事業\\u202E名\\u2066\\u2028');
  });
  it('leaves text, tabs, full-width and emoji alone', () => {
    const text = '令和6年度\t協働事業一覧 ①髙 ＡＢＣ 🌸 △1,234';
    expect(terminalText(text)).toBe(text);
  });
});
