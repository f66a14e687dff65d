import { describe, expect, it } from 'vitest';
import { cellValueOf } from './cellValueOf.js';

describe('cellValueOf', () => {
  it('keeps numbers, text and booleans; empty text is an empty cell', () => {
    expect(cellValueOf(360000)).toBe(360000);
    expect(cellValueOf('令和6年度')).toBe('令和6年度');
    expect(cellValueOf(true)).toBe(true);
    expect(cellValueOf('')).toBeNull();
    expect(cellValueOf(undefined)).toBeNull();
  });
  it('gives the cached result of a formula, never its text', () => {
    expect(cellValueOf({ formula: 'SUM(B2:B4)', result: 120000 })).toBe(120000);
    expect(cellValueOf({ sharedFormula: 'D2', result: '対象' })).toBe('対象');
    expect(cellValueOf({ formula: 'B2/0', result: { error: '#DIV/0!' } })).toEqual({
      kind: 'error',
      code: '#DIV/0!',
    });
    expect(cellValueOf({ formula: 'NOW()' })).toBeNull();
  });
  it('reads a date-formatted serial as the day the sheet shows, whatever the machine zone', () => {
    // exceljs turns serial 45383 into 2024-04-01T00:00:00Z
    expect(cellValueOf(new Date(Date.UTC(2024, 3, 1)))).toEqual({ kind: 'date', iso: '2024-04-01' });
    expect(cellValueOf(new Date(Date.UTC(2025, 2, 31)))).toEqual({ kind: 'date', iso: '2025-03-31' });
    // a time of day survives, rounded to the second (serials are binary fractions of a day)
    expect(cellValueOf(new Date(Date.UTC(2024, 3, 1, 9, 29, 59, 999)))).toEqual({
      kind: 'date',
      iso: '2024-04-01T09:30:00',
    });
  });
  it('flattens rich text and hyperlinks to their text; keeps error values as errors', () => {
    expect(cellValueOf({ richText: [{ text: '地域' }, { font: { bold: true }, text: '協働体' }] })).toBe(
      '地域協働体',
    );
    expect(cellValueOf({ text: '取手市', hyperlink: 'https://www.city.toride.ibaraki.jp/' })).toBe('取手市');
    expect(cellValueOf({ text: { richText: [{ text: 'リンク' }] }, hyperlink: '#A1' })).toBe('リンク');
    expect(cellValueOf({ error: '#REF!' })).toEqual({ kind: 'error', code: '#REF!' });
  });
});
