import { describe, expect, it } from 'vitest';
import { formatDate } from './formatDate.js';
import { parseDate } from './parseDate.js';

describe('formatDate (RULES C2)', () => {
  it('writes a day in its era', () => {
    expect(formatDate('2024-04-01')).toBe('令和6年4月1日');
    expect(formatDate('2019-04-30')).toBe('平成31年4月30日');
    expect(formatDate('2019-05-01')).toBe('令和元年5月1日');
    expect(formatDate('1989-01-07')).toBe('昭和64年1月7日');
    expect(formatDate('1989-01-08')).toBe('平成元年1月8日');
    expect(formatDate('1900-03-01')).toBe('1900年3月1日');
  });
  it('writes other styles and the weekday', () => {
    expect(formatDate('2024-04-01', { style: 'iso' })).toBe('2024-04-01');
    expect(formatDate('2024-04-01', { style: 'western' })).toBe('2024年4月1日');
    expect(formatDate('2024-04-01', { style: 'slash' })).toBe('2024/4/1');
    expect(formatDate('2024-04-01', { style: 'letter' })).toBe('R6.4.1');
    expect(formatDate('2024-04-01', { weekday: true })).toBe('令和6年4月1日(月)');
    expect(formatDate('2019-05-01', { weekday: true })).toBe('令和元年5月1日(水)');
  });
  it('round-trips through parseDate without warnings', () => {
    for (const date of ['1926-12-25', '1989-01-08', '2019-04-30', '2019-05-01', '2024-02-29', '2099-12-31']) {
      for (const style of ['era', 'letter', 'western', 'slash', 'iso'] as const) {
        const r = parseDate(formatDate(date, { style, weekday: true }));
        expect(r.ok && { value: r.value, warnings: r.warnings.length }).toEqual({ value: date, warnings: 0 });
      }
    }
  });
});
