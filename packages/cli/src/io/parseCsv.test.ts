import { describe, expect, it } from 'vitest';
import { parseCsv } from './parseCsv.js';

describe('parseCsv (RFC 4180, with csv-parse)', () => {
  it('splits records on CRLF, LF and CR, mixed in one file, and fields on commas', () => {
    expect(parseCsv('a,b\r\nc,d\ne,f\rg,h')).toEqual({
      ok: true,
      delimiter: ',',
      rows: [
        ['a', 'b'],
        ['c', 'd'],
        ['e', 'f'],
        ['g', 'h'],
      ],
    });
  });
  it('keeps commas, line breaks and doubled quotes inside quoted fields', () => {
    expect(parseCsv('事業名,備考,発言\r\n"清掃, 花壇","1行目\r\n2行目","彼は""協働""と"\r\n')).toEqual({
      ok: true,
      delimiter: ',',
      rows: [
        ['事業名', '備考', '発言'],
        ['清掃, 花壇', '1行目\r\n2行目', '彼は"協働"と'],
      ],
    });
  });
  it('keeps a line break of another kind inside a quoted field as written', () => {
    const parsed = parseCsv('a,b\r\n"1行目\n2行目",x\r\ny,z\n');
    expect(parsed.ok && parsed.rows).toEqual([
      ['a', 'b'],
      ['1行目\n2行目', 'x'],
      ['y', 'z'],
    ]);
  });
  it('keeps empty fields, including a trailing one, and adds no record for the final line break', () => {
    expect(parseCsv(',a,\n\n')).toEqual({ ok: true, delimiter: ',', rows: [['', 'a', ''], ['']] });
    expect(parseCsv('')).toEqual({ ok: true, delimiter: ',', rows: [] });
  });
  it('keeps a quote inside an unquoted field as typed', () => {
    expect(parseCsv('5"インチ,x')).toEqual({ ok: true, delimiter: ',', rows: [['5"インチ', 'x']] });
  });
  it('says on which line a quote was opened and never closed', () => {
    expect(parseCsv('a,b\nc,"d\ne\nf')).toEqual({ ok: false, unclosedQuoteLine: 2 });
  });
  it('finds tab separation (Excel 「Unicode テキスト」), commas inside cells kept', () => {
    const text =
      '令和6年度 協働事業一覧\r\n事業名\t協働相手\t予算額\r\n清掃, 花壇\t一関花の会\t1,000\r\n講座\t子育ての会\t2,000\r\n';
    expect(parseCsv(text)).toEqual({
      ok: true,
      delimiter: '\t',
      rows: [
        ['令和6年度 協働事業一覧'],
        ['事業名', '協働相手', '予算額'],
        ['清掃, 花壇', '一関花の会', '1,000'],
        ['講座', '子育ての会', '2,000'],
      ],
    });
  });
  it('finds semicolons, and keeps comma for a one-column file', () => {
    expect(parseCsv('事業名;予算額\n清掃;1000\n')).toMatchObject({ ok: true, delimiter: ';' });
    expect(parseCsv('事業名\n清掃\n')).toEqual({ ok: true, delimiter: ',', rows: [['事業名'], ['清掃']] });
  });
});
