import { describe, expect, it } from 'vitest';
import { safeCellText } from './safeCellText.js';

describe('safeCellText', () => {
  it('neutralises text a spreadsheet would read as a formula', () => {
    for (const t of ['=1+1', '+81', '-5', '@SUM(A1)', '\tx', '\rx', '＝1+1'])
      expect(safeCellText(t)).toBe(`'${t}`);
  });
  it('leaves other text alone', () => {
    for (const t of ['', '事業名', "'quoted", 'A1', '△1,234']) expect(safeCellText(t)).toBe(t);
  });
});
