import { describe, expect, it } from 'vitest';
import { formatFiscalYear } from './formatFiscalYear.js';
import { parseFiscalYear } from './parseFiscalYear.js';

describe('formatFiscalYear (RULES C2)', () => {
  it('names a fiscal year by the era of its 1 April', () => {
    expect(formatFiscalYear(2024)).toBe('令和6年度');
    expect(formatFiscalYear(2020)).toBe('令和2年度');
    expect(formatFiscalYear(2019)).toBe('平成31年度');
    expect(formatFiscalYear(2014)).toBe('平成26年度');
    expect(formatFiscalYear(1989)).toBe('平成元年度');
    expect(formatFiscalYear(1988)).toBe('昭和63年度');
  });
  it('can name the year an era changed by the new era, always 元年度', () => {
    expect(formatFiscalYear(2019, { era: 'newest' })).toBe('令和元年度');
    expect(formatFiscalYear(2024, { era: 'newest' })).toBe('令和6年度');
    expect(formatFiscalYear(1926, { era: 'newest' })).toBe('昭和元年度');
  });
  it('writes Western and letter styles', () => {
    expect(formatFiscalYear(2024, { style: 'western' })).toBe('2024年度');
    expect(formatFiscalYear(2024, { style: 'letter' })).toBe('R6年度');
    expect(formatFiscalYear(2024, { style: 'both' })).toBe('令和6年度(2024年度)');
    expect(formatFiscalYear(2024, { style: 'fy' })).toBe('FY2024');
    expect(formatFiscalYear(1900)).toBe('1900年度');
  });
  it('round-trips through parseFiscalYear', () => {
    for (let fy = 1913; fy <= 2100; fy++) {
      for (const style of ['era', 'letter', 'western', 'fy'] as const) {
        for (const era of ['april', 'newest'] as const) {
          const r = parseFiscalYear(formatFiscalYear(fy, { style, era }));
          expect(r.ok && r.value).toBe(fy);
        }
      }
    }
  });
});
