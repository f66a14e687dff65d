import { describe, expect, it } from 'vitest';
import { safeCellText } from './safeCellText.js';

describe('safeCellText', () => {
  it('neutralises text a spreadsheet would read as a formula', () => {
    for (const t of ['=1+1', '+81', '-5', '@SUM(A1)', '\tx', '\rx', '\nx', '\u0000x', '＝1+1', '＠SUM(A1)'])
      expect(safeCellText(t)).toBe(`'${t}`);
  });
  it('neutralises a formula behind spaces, a tab or a line break', () => {
    for (const t of [' =1+1', '\u3000=1+1', '\t=1+1', '\r=1+1', '\n+1', '  @SUM(A1)'])
      expect(safeCellText(t)).toBe(`'${t}`);
  });
  it('leaves other text alone, and is idempotent', () => {
    for (const t of ['', '事業名', "'quoted", 'A1', '△1,234', 'a=b', '1-2', ' 事業'])
      expect(safeCellText(t)).toBe(t);
    expect(safeCellText(safeCellText('=1'))).toBe("'=1");
  });
});
