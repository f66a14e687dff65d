import { describe, expect, it } from 'vitest';
import { parseCsv } from './parseCsv.js';

describe('parseCsv (RFC 4180)', () => {
  it('splits records on CRLF, LF and CR and fields on commas', () => {
    expect(parseCsv('a,b\r\nc,d\ne,f\rg,h')).toEqual({
      ok: true,
      rows: [
        ['a', 'b'],
        ['c', 'd'],
        ['e', 'f'],
        ['g', 'h'],
      ],
    });
  });
  it('keeps commas, line breaks and doubled quotes inside quoted fields', () => {
    expect(parseCsv('事業名,備考\r\n"清掃, 花壇","1行目\r\n2行目","彼は""協働""と"\r\n')).toEqual({
      ok: true,
      rows: [
        ['事業名', '備考'],
        ['清掃, 花壇', '1行目\r\n2行目', '彼は"協働"と'],
      ],
    });
  });
  it('keeps empty fields, including a trailing one, and adds no record for the final line break', () => {
    expect(parseCsv(',a,\n\n')).toEqual({ ok: true, rows: [['', 'a', ''], ['']] });
    expect(parseCsv('')).toEqual({ ok: true, rows: [] });
  });
  it('keeps a quote inside an unquoted field as typed', () => {
    expect(parseCsv('5"インチ,x')).toEqual({ ok: true, rows: [['5"インチ', 'x']] });
  });
  it('says on which line a quote was opened and never closed', () => {
    expect(parseCsv('a,b\nc,"d\ne\nf')).toEqual({ ok: false, unclosedQuoteLine: 2 });
  });
});
