import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { dayOf } from './dayOf.js';
import { isDate } from './isDate.js';
import { toCellValue } from './toCellValue.js';

describe('toCellValue (getValues → grid cell)', () => {
  it('reads empty, text, numbers, booleans and error values', () => {
    expect(toCellValue('', 'Asia/Tokyo')).toBeNull();
    expect(toCellValue('事業名', 'Asia/Tokyo')).toBe('事業名');
    expect(toCellValue(1200, 'Asia/Tokyo')).toBe(1200);
    expect(toCellValue(false, 'Asia/Tokyo')).toBe(false);
    expect(toCellValue('#REF!', 'Asia/Tokyo')).toEqual({ kind: 'error', code: '#REF!' });
    expect(toCellValue('#N/A', 'Asia/Tokyo')).toEqual({ kind: 'error', code: '#N/A' });
    expect(toCellValue('#REF', 'Asia/Tokyo')).toBe('#REF'); // not an error value, just text
  });

  it('reads a Date as the day Japan sees (Sheets gives midnight in the sheet’s zone)', () => {
    // 2024-04-01 00:00 in Tokyo is 2024-03-31T15:00Z: the day is 1 April, whatever the machine's zone.
    expect(toCellValue(new Date('2024-03-31T15:00:00Z'), 'Asia/Tokyo')).toEqual({
      kind: 'date',
      iso: '2024-04-01',
    });
    expect(toCellValue(new Date('2024-04-01T00:30:00Z'), 'Asia/Tokyo')).toEqual({
      kind: 'date',
      iso: '2024-04-01T09:30:00',
    });
    expect(toCellValue(new Date(Number.NaN), 'Asia/Tokyo')).toEqual({ kind: 'error', code: '#VALUE!' });
  });

  it('knows a Date from another realm (a V8 context) as a Date', () => {
    const other = vm.runInNewContext('new Date(Date.UTC(2025, 2, 30, 15))') as unknown;
    expect(other instanceof Date).toBe(false);
    expect(isDate(other)).toBe(true);
    expect(dayOf(other as Date, 'Asia/Tokyo')).toBe('2025-03-31');
  });
});
