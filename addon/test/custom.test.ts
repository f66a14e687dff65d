import { describe, expect, it } from 'vitest';
import { loadAddon } from '../../testing/addon/fakes/loadAddon.js';

// Expected values are worked out by hand from the plans (docs/rules.md), not read from the code.
const bilingualError = /^⚠ .+ \/ .+$/s;

const OWN = { document: 'municipality', section: '審査要領（例）' };
/** A municipality's profile on toride's review template, and a framework of its own without a program. */
const REVIEW_PROFILE = JSON.stringify({
  id: 'review-city',
  extends: 'toride',
  name: { ja: '審査市（例）', en: 'Review City (example)' },
  programs: [
    {
      id: 'toride/shimin-teian',
      years: [{ from: 2024, source: OWN }],
      rate: [{ from: 2024, value: { numerator: 1, denominator: 2 }, source: OWN }],
      annualLimit: [{ from: 2024, value: 300000, source: OWN }],
      rounding: { mode: 'truncate', unit: 1000, source: OWN },
    },
  ],
  review: {
    frameworks: [
      {
        id: 'shimin-teian',
        scale: { min: 1, max: 5, step: 1, source: OWN },
        combine: { method: 'mean', source: OWN },
        threshold: { kind: 'share', value: { numerator: 60, denominator: 100 }, source: OWN },
        reduction: { rule: 'reduce', unit: 1000, source: OWN },
      },
      {
        id: 'simple',
        label: { ja: '簡易審査', en: 'Simple review' },
        source: OWN,
        criteria: ['公益性', '実現性', '発展性', '自立性', '先駆性', '費用の妥当性'].map((ja, i) => ({
          id: `c${i}`,
          label: { ja, en: `Criterion ${i}` },
          source: OWN,
        })),
        scale: { min: 1, max: 5, step: 1, source: OWN },
        combine: { method: 'mean', source: OWN },
        threshold: { kind: 'share', value: { numerator: 60, denominator: 100 }, source: OWN },
        conflict: { rule: 'others-average', source: OWN },
        tie: { rule: 'smaller-request', source: OWN },
        reduction: { rule: 'reduce', unit: 1000, source: OWN },
      },
    ],
  },
});

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

  it('KYODO_SUBSIDY: core reads the cells and names the argument it cannot read', () => {
    const h = loadAddon();
    const goi = (...args: unknown[]) =>
      String(h.call('KYODO_SUBSIDY', 'ichinoseki/goi-keisei', 'H27', ...args));
    expect(goi('たくさん')).toMatch(/^⚠ expense: .* \/ expense: /u);
    expect(goi(40000, 'abc')).toMatch(/^⚠ ineligible: .* \/ ineligible: /u);
    expect(goi(40000, '', '少し')).toMatch(/^⚠ prior: .* \/ prior: /u);
    expect(goi(40000, '', 30000, '', 'いつか')).toMatch(/^⚠ founded: .* \/ founded: /u);
    // The first argument that cannot be read is the one said.
    expect(goi('たくさん', '', '少し', '', 'いつか')).toMatch(/^⚠ expense: /u);
    // A founding date as a date serial is the day it is.
    expect(goi(40000, '', 30000, '', 42156)).toBe(goi(40000, '', 30000, '', '2015-06-01'));
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

  it('KYODO_REVIEW: scores, ranks and funds a round from each reviewer’s total (RULES X3)', () => {
    const h = loadAddon();
    h.ss.addSheet('審査');
    expect((h.call('saveProfileJson', REVIEW_PROFILE) as { ok: boolean }).ok).toBe(true);
    const scores = [
      [26, 24, '利害関係'],
      [24, 24, 18],
      [22, 21, '２３点'],
      [15, 15, 16],
    ];
    const requested = [[200000], ['150,000円'], [100000], [80000]];
    // Six criteria of 1–5 points (30 a reviewer), averaged, 60% (18) to pass; 委員3 left out of row 1.
    expect(h.call('KYODO_REVIEW', scores, requested, 400000, 'review-city', 'simple', '得点')).toEqual([
      [25],
      [22],
      [22],
      [46 / 3],
    ]);
    // Rows 2 and 3 tie at 22: the smaller request (row 3) ranks first.
    expect(h.call('KYODO_REVIEW', scores, requested, 400000, 'review-city', 'simple', '順位')).toEqual([
      [1],
      [3],
      [2],
      [4],
    ]);
    // 200,000 and 100,000 in full; row 2 reduced to the 100,000 left; row 4 below the threshold.
    expect(h.call('KYODO_REVIEW', scores, requested, '40万円', 'review-city', 'simple')).toEqual([
      [200000],
      [100000],
      [100000],
      [0],
    ]);
    // With the framework that computes awards by the program (half the expense, rounded down to 1,000 yen).
    const expense = [[500000], [300000], [180000], [160000]];
    expect(
      h.call('KYODO_REVIEW', scores, requested, 400000, 'review-city', '', '', expense, '令和6年度'),
    ).toEqual([[200000], [110000], [90000], [0]]);
  });

  it('KYODO_REVIEW says why a row cannot be scored, and the others wait — never a silent 0', () => {
    const h = loadAddon();
    h.ss.addSheet('審査');
    h.call('saveProfileJson', REVIEW_PROFILE);
    const out = h.call(
      'KYODO_REVIEW',
      [
        [26, 24, 20],
        [24, '', 18],
        [31, 21, 23],
      ],
      [[1], [2], [3]],
      10,
      'review-city',
      'simple',
    ) as unknown[][];
    expect(String(out[0]?.[0])).toMatch(/^⚠ 採点できない行があるため.* \/ A row cannot be scored/u);
    expect(String(out[1]?.[0])).toMatch(bilingualError);
    expect(String(out[1]?.[0])).toContain('委員2');
    expect(String(out[2]?.[0])).toContain('31');
    // The template of toride has no scale: the cell names what the profile must give.
    const template = String(h.call('KYODO_REVIEW', [[20]], [[1]], 1, 'toride', '', '', [[1]], 'R6'));
    expect(template).toMatch(bilingualError);
    expect(template).toContain('review.scale');
    // A framework that computes with a program needs the expense and the fiscal year.
    expect(String(h.call('KYODO_REVIEW', [[20]], [[1]], 1, 'review-city'))).toContain('fiscalYear');
    expect(String(h.call('KYODO_REVIEW', [[20]], [[1]], 1, 'review-city', 'simple', '何か'))).toMatch(
      bilingualError,
    );
    // Requests a row longer or shorter than the scores would pair a row with another's request.
    const long = h.call('KYODO_REVIEW', [[26], [24]], [[1], [2], [3]], 10, 'review-city', 'simple');
    expect(String(long)).toBe(
      '⚠ 範囲の行数がそろっていません（2 行と 3 行）。 / The ranges have different numbers of rows (2 and 3).',
    );
    const short = h.call('KYODO_REVIEW', [[26], [24], [22]], [[1], [2]], 10, 'review-city', 'simple');
    expect(String(short)).toContain('(3 and 2)');
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
