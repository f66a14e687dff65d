import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, kyodo } from './kyodo.js';

beforeAll(assertBuilt);

const shien = ['subsidy', '--profile', 'ichinoseki', '--program', 'ichinoseki/kyodotai-shien'];

describe('kyodo subsidy', () => {
  it('RULES S-ichinoseki-4: 360,000 × 2/3 = 240,000, capped at the 200,000 limit (JSON)', () => {
    const r = kyodo([...shien, '--fiscal-year', '平成26年度', '--expense', '360,000円', '--format', 'json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.eligible).toBe(true);
    expect(json.amount).toBe(200000);
    expect(json.limitedBy).not.toBeNull();
    expect(Array.isArray(json.reasons)).toBe(true);
    expect(json.steps.length).toBeGreaterThan(0);
    for (const step of json.steps) {
      expect(typeof step.sentence.ja).toBe('string');
      expect(typeof step.sentence.en).toBe('string');
      expect(step.source.document).toMatch(/\.txt$/);
    }
  });

  it('prints the amount and each step as a Japanese sentence with English under it (text)', () => {
    const r = kyodo([...shien, '--fiscal-year', '2014', '--expense', '360000', '--lang', 'both']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('200,000円');
    expect(r.stdout).toContain('240,000');
    expect(r.stdout).toContain('一関市地域協働推進計画（002）8-2-1 事業4');
    expect(r.stdout).not.toContain('002_5a3cd8c23b61ef14.txt');
    expect(r.stdout).toMatch(/Eligible/);
  });

  it('finds the program by its Japanese name and the profile from the ID prefix', () => {
    const byName = kyodo([
      'subsidy',
      '--profile',
      'ichinoseki',
      '--program',
      '地域協働体支援事業費補助金',
      '--fiscal-year',
      'H27',
      '--expense',
      '１５万円',
      '--format',
      'json',
    ]);
    expect(byName.code).toBe(0);
    expect(JSON.parse(byName.stdout).amount).toBe(100000);
    const byPrefix = kyodo([
      'subsidy',
      '--program',
      'ichinoseki/kyodotai-shien',
      '--fiscal-year',
      'H27',
      '--expense',
      '150000',
      '--format',
      'json',
    ]);
    expect(JSON.parse(byPrefix.stdout).amount).toBe(100000);
  });

  it('goi-keisei in its third year is not eligible — not eligible with 0 yen — citing 「2箇年までとし」', () => {
    // 002_5a3cd8c23b61ef14.txt 8-1-4 事業1「限度額：1地区5万円（2箇年までとし、総額5万円、単年度精算、前金払い可）」
    const args = [
      'subsidy',
      '--program',
      'ichinoseki/goi-keisei',
      '--fiscal-year',
      'H28',
      '--expense',
      '10,000',
      '--prior',
      '平成26年度:20,000円',
      '--prior',
      '2015:10000',
      '--founded',
      '平成26年6月1日',
    ];
    const json = JSON.parse(kyodo([...args, '--format', 'json']).stdout);
    expect(json).toMatchObject({ eligible: false, amount: 0, limitedBy: null });
    expect(json.reasons.map((p: { code: string }) => p.code)).toEqual(['subsidy.cap-years']);
    expect(json.reasons[0].source).toMatchObject({
      document: '002_5a3cd8c23b61ef14.txt',
      section: '8-1-4 事業1',
      note: '限度額：1地区5万円（2箇年までとし、総額5万円、単年度精算、前金払い可）',
    });
    const text = kyodo(args);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('判定: 対象外 — 交付額 0円');
    expect(text.stdout).toContain(
      '「地域の合意形成を図る事業に対する支援」は2箇年までのため、交付済みの2箇年（平成26年度・平成27年度）の後の平成28年度は対象外です',
    );
    expect(text.stdout).not.toMatch(/判定: 対象 —/);
  });

  it('goi-keisei in its second year: what is left of 50,000 after the first year', () => {
    const r = kyodo([
      'subsidy',
      '--program',
      'ichinoseki/goi-keisei',
      '--fiscal-year',
      '平成27年度',
      '--expense',
      '40,000',
      '--prior',
      '平成26年度:28,000円',
      '--founded',
      '平成26年6月1日',
      '--format',
      'json',
    ]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.eligible).toBe(true);
    expect(json.amount).toBe(22000);
  });

  it('not eligible outside the program years: amount 0 with the reason, still exit 0', () => {
    const r = kyodo([...shien, '--fiscal-year', '令和6年度', '--expense', '360000', '--format', 'json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.eligible).toBe(false);
    expect(json.amount).toBe(0);
    expect(json.reasons.length).toBeGreaterThan(0);
  });

  it('settles an advance against the actual expense (goi-keisei may be paid in advance)', () => {
    const goi = [
      'subsidy',
      '--program',
      'ichinoseki/goi-keisei',
      '--fiscal-year',
      '平成26年度',
      '--founded',
      '2014-06-01',
    ];
    const r = kyodo([
      ...goi,
      '--expense',
      '50,000',
      '--advance',
      '50,000',
      '--actual',
      '40,000',
      '--format',
      'json',
    ]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    // granted min(50,000, 50,000) = 50,000; actual 40,000 × 100% = 40,000 settled: 10,000 returned (S-common)
    expect(json.amount).toBe(50000);
    expect(json.settlement.settled).toBe(40000);
    expect(json.settlement.refund).toBe(10000);
    expect(json.settlement.furtherPayment).toBe(0);
    const text = kyodo([...goi, '--expense', '50000', '--advance', '50000', '--actual', '40000']);
    expect(text.stdout).toContain('返還額 10,000円');
    // 002_5a3cd8c23b61ef14.txt 8-1-4 事業1「…単年度精算、前金払い可）」: the advance is not flagged, the sentence cited.
    expect(text.stdout).toContain(
      '前払額 50,000円 は認められた前金払（「前金払い可」） → 精算する [S-ichinoseki-1; 一関市地域協働推進計画（002）8-1-4 事業1]',
    );
    expect(text.stdout).not.toContain('前金払・概算払の可否を定めていません');
  });

  it('事業4 says nothing of advance payment: the advance is settled and the plan’s silence said, not an error', () => {
    // 002_5a3cd8c23b61ef14.txt 8-2-1 事業4: 限度額 and 補助率 only; 事業1 alone says 前金払い可.
    const r = kyodo([
      ...shien,
      '--fiscal-year',
      '2014',
      '--expense',
      '360000',
      '--advance',
      '200000',
      '--actual',
      '240000',
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('前払額 200,000円 − 精算額 160,000円 = 返還額 40,000円');
    expect(r.stdout).toContain(
      '「地域協働体支援事業費補助金」の計画は前金払・概算払の可否を定めていません。前払額 200,000円 は精算しますが、認められるかは確かめていません',
    );
  });

  const bad: [string, string[], RegExp][] = [
    ['an amount that is not yen', ['--fiscal-year', '2014', '--expense', 'たくさん'], /--expense たくさん/],
    ['a fraction of a yen', ['--fiscal-year', '2014', '--expense', '1000.5'], /--expense 1000\.5/],
    [
      'an impossible fiscal year',
      ['--fiscal-year', '令和0年度', '--expense', '1000'],
      /--fiscal-year 令和0年度/,
    ],
    ['a missing --expense', ['--fiscal-year', '2014'], /--expense/],
    [
      '--advance without --actual',
      ['--fiscal-year', '2014', '--expense', '1000', '--advance', '500'],
      /--actual/,
    ],
    [
      'a --prior without a colon',
      ['--fiscal-year', '2014', '--expense', '1000', '--prior', '2013'],
      /--prior 2013/,
    ],
    // Core reads each value and names the flag (SubsidyOptions.inputPaths): the first flag
    // that cannot be read is said, in the order of the flags, as the command said it before.
    [
      'an unreadable --income',
      ['--fiscal-year', '2014', '--expense', '1000', '--income', 'なし'],
      /^kyodo: --income なし: --income: /,
    ],
    [
      'an unreadable --prior amount',
      ['--fiscal-year', '2014', '--expense', '1000', '--prior', '2013:少し'],
      /^kyodo: --prior 少し: --prior: /,
    ],
    [
      'an unreadable --plan-adopted',
      ['--fiscal-year', '2014', '--expense', '1000', '--plan-adopted', 'いつか'],
      /^kyodo: --plan-adopted いつか: --plan-adopted: /,
    ],
    [
      'an unreadable --expense before a --prior without a colon',
      ['--fiscal-year', '2014', '--expense', 'たくさん', '--prior', '2013'],
      /^kyodo: --expense たくさん: --expense: /,
    ],
    [
      'a --prior without a colon before an unreadable --founded',
      ['--fiscal-year', '2014', '--expense', '1000', '--prior', '2013', '--founded', 'いつか'],
      /^kyodo: --prior 2013: /,
    ],
  ];
  for (const [what, args, message] of bad) {
    it(`exit 2 on ${what}, saying which and why`, () => {
      const r = kyodo([...shien, ...args]);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(message);
      expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    });
  }

  it('exit 2 on an unknown program, naming it', () => {
    const r = kyodo([
      'subsidy',
      '--profile',
      'ichinoseki',
      '--program',
      'ichinoseki/nai',
      '--fiscal-year',
      '2014',
      '--expense',
      '1',
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('ichinoseki/nai');
  });

  it('computes with a custom profile that extends a built-in (examples/custom-profile.json)', () => {
    const r = kyodo([
      'subsidy',
      '--profile',
      'examples/custom-profile.json',
      '--program',
      'mirai/shimin-teian',
      '--fiscal-year',
      'R6',
      '--expense',
      '555,555',
      '--format',
      'json',
    ]);
    expect(r.code).toBe(0);
    // 555,555 × 1/2 = 277,777.5, truncated below 1,000 yen (千円未満切り捨て) = 277,000, under the 300,000 limit
    expect(JSON.parse(r.stdout).amount).toBe(277000);
  });

  it('exit 2 when the profile lacks a number the document does not give, naming it', () => {
    const r = kyodo([
      'subsidy',
      '--program',
      'toride/shimin-teian',
      '--fiscal-year',
      'R6',
      '--expense',
      '600000',
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('program.rate');
  });
});
