import { describe, expect, it } from 'vitest';
import { xmlText } from './xmlText.js';

describe('xmlText', () => {
  it('escapes markup, control characters and lone surrogates as ST_Xstring does', () => {
    expect(xmlText('<a href="x">&</a>')).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;');
    expect(xmlText('ベル\u0007エスケープ\u001b[2J')).toBe('ベル_x0007_エスケープ_x001B_[2J');
    expect(xmlText('_x0041_ は文字どおり')).toBe('_x005F_x0041_ は文字どおり');
    expect(xmlText('𠮷\uD800')).toBe('𠮷_xD800_');
    expect(xmlText('改行\nとタブ\t')).toBe('改行\nとタブ\t');
  });
});
