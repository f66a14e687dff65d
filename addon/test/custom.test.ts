import { describe, expect, it } from 'vitest';
import { loadAddon } from './fakes/loadAddon.js';

// Expected values are worked out by hand from the documents (RULES.md), not read from the code.
const bilingualError = /^⚠ .+ \/ .+$/s;

describe('custom functions, called as Sheets calls them (one call for a whole column)', () => {
  it('KYODO_SUBSIDY: 地域協働体支援事業費補助金 is 2/3 of the expense up to 200,000 yen, FY2014–FY2015 (S2 8-2-1 事業4)', () => {
    const h = loadAddon();
    expect(h.call('KYODO_SUBSIDY', 'ichinoseki/kyodotai-shien', '平成26年度', 360000)).toBe(200000);
    const out = h.call(
      'KYODO_SUBSIDY',
      [
        ['ichinoseki/kyodotai-shien'],
        ['地域協働体支援事業費補助金'],
        [''],
        ['ichinoseki/kyodotai-shien'],
        ['ichinoseki/kyodotai-shien'],
      ],
      [['H26'], ['H27'], [''], ['H28'], ['H27']],
      [[360000], ['150,000'], [''], [90000], ['abc']],
    ) as unknown[][];
    expect(out).toHaveLength(5);
    expect(out[0]).toEqual([200000]); // 360,000 × 2/3 = 240,000 → limit 200,000
    expect(out[1]).toEqual([100000]); // 150,000 × 2/3, by the program's Japanese name
    expect(out[2]).toEqual(['']); // a blank row stays blank
    expect(String(out[3]?.[0])).toMatch(/^対象外: .*平成28年度.* \/ Not eligible: /); // outside the program's years, not 0
    expect(String(out[4]?.[0])).toMatch(bilingualError); // an amount that cannot be read
    expect(String(out[4]?.[0])).toContain('abc');
  });

  it('KYODO_SUBSIDY says which input is missing rather than computing a silent 0', () => {
    const h = loadAddon();
    const out = String(h.call('KYODO_SUBSIDY', 'ichinoseki/goi-keisei', 'H27', 40000, '', 30000));
    expect(out).toMatch(bilingualError);
    expect(out).toContain('facts.founded');
    expect(String(h.call('KYODO_SUBSIDY', 'nope', 'H26', 60000))).toMatch(bilingualError);
    expect(String(h.call('KYODO_SUBSIDY', [['a', 'b']], 'H26', 1))).toMatch(bilingualError); // two columns
  });

  it('KYODO_SUBSIDY takes the founding date where the program sets a deadline (S2 8-1-4 事業1)', () => {
    const h = loadAddon();
    // 地域の合意形成を図る事業に対する支援, 2nd fiscal year: min(40,000, 50,000 − 30,000) = 20,000.
    const goi = (founded: unknown) =>
      h.call('KYODO_SUBSIDY', 'ichinoseki/goi-keisei', 'H27', 40000, '', 30000, '', founded);
    expect(goi('平成27年6月1日')).toBe(20000);
    expect(goi(new Date(2015, 5, 1))).toBe(20000);
    // A 設立準備会 that started after 2016-03-31 is not eligible, and the cell says why.
    expect(String(goi('2016-05-01'))).toMatch(/^対象外: .* \/ Not eligible: /u);
    expect(String(goi('令和0年1月1日'))).toMatch(bilingualError);
    // One column of founding dates, one amount per row.
    const column = h.call('KYODO_SUBSIDY', 'ichinoseki/goi-keisei', 'H26', [[60000], [30000]], '', '', '', [
      ['2014-10-01'],
      ['2014-11-01'],
    ]);
    expect(column).toEqual([[50000], [30000]]);
  });

  it('KYODO_SCORE: the mean of the answered levels per row, blanks not counted (E7)', () => {
    const h = loadAddon();
    const out = h.call('KYODO_SCORE', [
      ['A', 'B', '', 'D'],
      ['Ｂ', '４', '', ''],
      ['', '', '', ''],
      ['E', 'A', '', ''],
    ]) as unknown[][];
    expect(out[0]?.[0]).toBeCloseTo((4 + 3 + 1) / 3, 12);
    expect(out[1]).toEqual([3.5]); // full-width Ｂ and ４
    expect(out[2]).toEqual(['']); // nothing answered: blank, never 0
    expect(String(out[3]?.[0])).toMatch(bilingualError); // E is not on the A–D scale
    expect(h.call('KYODO_SCORE', [['A', 'B', 'C']], 'toride')).toEqual([[3]]);
    expect(String(h.call('KYODO_SCORE', [['A']], 'toride', 'nope'))).toMatch(bilingualError);
  });

  it('KYODO_DOMAIN: form and organiser give the domain (R1); a contradiction says why (R2)', () => {
    const h = loadAddon();
    const out = h.call(
      'KYODO_DOMAIN',
      [['委託'], ['補助'], ['共催'], ['委託'], ['協同'], ['']],
      [['市'], ['市民'], ['共同'], ['市民'], ['市'], ['']],
      'toride',
    ) as unknown[][];
    expect(String(out[0]?.[0])).toMatch(/^市の領域/);
    expect(String(out[1]?.[0])).toMatch(/^市民が主体となり、?市が支援する領域/);
    expect(String(out[2]?.[0])).toMatch(/連携・協力する領域/);
    expect(String(out[3]?.[0])).toMatch(bilingualError);
    expect(String(out[4]?.[0])).toMatch(bilingualError);
    expect(out[5]).toEqual(['']);
  });

  it('KYODO_NENDO: the fiscal year of a date in 和暦, 1 April to 31 March, in Japan time (C1, C2)', () => {
    const h = loadAddon();
    const d = (iso: string) => h.ss.dateOf(iso);
    const out = h.call('KYODO_NENDO', [
      [d('2024-04-01'), d('2025-03-31')],
      [d('2024-03-31'), 'R6.4.1'],
      [45383, ''],
      [d('2019-04-30'), '令和6年2月30日'],
    ]) as unknown[][];
    expect(out[0]).toEqual(['令和6年度', '令和6年度']); // 31 March 2025 is 2025-03-30T15:00Z: still 令和6年度
    expect(out[1]).toEqual(['令和5年度', '令和6年度']);
    expect(out[2]).toEqual(['令和6年度', '']); // serial 45383 = 2024-04-01
    expect(out[3]?.[0]).toBe('平成31年度'); // FY2019 is named by the era of 1 April 2019
    expect(String(out[3]?.[1])).toMatch(bilingualError); // 2月30日 does not exist
    expect(h.call('KYODO_NENDO', d('2019-05-01'))).toBe('平成31年度');
  });

  it('reads nothing but the time zone, and that only for Date cells', () => {
    const h = loadAddon();
    h.ss.addSheet('s');
    h.call('KYODO_SCORE', [['A']]);
    h.call('KYODO_NENDO', 'R6.4.1');
    expect(h.log.total()).toBe(0);
    h.call('KYODO_NENDO', [[h.ss.dateOf('2024-04-01')], [h.ss.dateOf('2024-05-01')]]);
    expect(h.log.counts.get('Spreadsheet.getSpreadsheetTimeZone')).toBe(1);
  });
});
