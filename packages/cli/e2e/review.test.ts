import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import XLSX from 'xlsx';
import { assertBuilt, examples, kyodo } from './kyodo.js';

let dir: string;
const profile = `${examples}custom-profile.json`;
const book = `${examples}mirai-review.xlsx`;
const round = ['review', book, '--profile', profile, '--fiscal-year', '令和6年度', '--today', '2024-10-01'];
const SHOTS = fileURLToPath(new URL('../../../out/screenshots/', import.meta.url));

beforeAll(() => {
  assertBuilt();
  dir = mkdtempSync(join(tmpdir(), 'kyodo-review-'));
  mkdirSync(SHOTS, { recursive: true });
});

/**
 * The example round (examples/mirai-review.xlsx, みらい市's review rules in custom-profile.json),
 * worked out by hand: the reviewers' averages, ties to the smaller request, half the eligible
 * expense at most 300,000 yen, and 1,600,000 yen in rank order.
 */
const EXPECTED = [
  ['R6-01', 1, 41.2, 260000, 'funded'],
  ['R6-02', 2, 38.4, 190000, 'funded'],
  ['R6-03', 3, 37, 220000, 'funded'],
  ['R6-04', 4, 36.2, 150000, 'funded'],
  ['R6-05', 5, 35, 300000, 'funded'], // asks 400,000; the program allows half of 800,000, at most 300,000
  ['R6-06', 6, 34.4, 130000, 'funded'],
  ['R6-07', 7, 33.5, 200000, 'funded'], // (34 + 33 + 34 + 33) ÷ 4: 委員C left out (利害関係)
  ['R6-09', 8, 33, 120000, 'funded'], // tied with R6-08 at 33: the smaller request first
  ['R6-08', 9, 33, 30000, 'reduced'], // 1,600,000 − 1,570,000 = 30,000 left (減額)
  ['R6-10', 10, 31.6, 0, 'no-budget'],
  ['R6-11', 11, 29.8, 0, 'below-threshold'],
  ['R6-12', 12, 26.4, 0, 'below-threshold'],
];

describe('kyodo review', () => {
  it('ranks the example round and funds it from the budget (JSON)', () => {
    const r = kyodo([...round, '--budget', '1,600,000円', '--format', 'json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.sheets).toHaveLength(1);
    const sheet = json.sheets[0];
    expect(sheet.framework.id).toBe('mirai-teian');
    expect(sheet.layout).toBe('rows');
    expect(sheet.reviewers).toEqual(['委員A', '委員B', '委員C', '委員D', '委員E']);
    expect(
      sheet.ranking.map(
        (a: { application: string; rank: number; score: number; award: number; outcome: string }) => [
          a.application,
          a.rank,
          Math.round(a.score * 100) / 100,
          a.award,
          a.outcome,
        ],
      ),
    ).toEqual(EXPECTED);
    expect(sheet).toMatchObject({ budget: 1600000, awarded: 1600000, remaining: 0 });
    const reduced = sheet.ranking.find((a: { application: string }) => a.application === 'R6-08');
    expect(reduced.steps.at(-1).sentence.ja).toBe(
      '予算の残り 30,000円 < 180,000円 → 減額して 30,000円を交付（千円未満切り捨て） → 残り 0円',
    );
    expect(reduced.steps.at(-1).source.document).toBe('mirai-shinsa-yoryo.pdf');
  });

  it('prints the ranking as a table, Japanese first, and each step with --explain', () => {
    const r = kyodo([...round, '--budget', '1600000', '--lang', 'ja', '--explain']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('予算 1,600,000円 → 交付 1,600,000円、残り 0円');
    expect(r.stdout).toMatch(
      /9 +R6-08 +みらい文化財保存会 +郷土芸能の記録映像づくり +33\/50 +180,000円 +30,000円 +減額交付/u,
    );
    expect(r.stdout).toContain('委員C は利害関係があるため、この申請の採点から除きます');
    expect(r.stdout).toContain('得点 33 点で 8 位（同点の R6-08 とは申請額の少ない順）');
  });

  it('ranks without awards when no budget is given, and says so', () => {
    const r = kyodo([...round, '--format', 'json']);
    expect(r.code).toBe(0);
    const sheet = JSON.parse(r.stdout).sheets[0];
    expect(sheet.budget).toBeNull();
    expect(sheet.ranking.map((a: { award: number | null }) => a.award)).toEqual(Array(12).fill(null));
    expect(sheet.issues.map((i: { code: string }) => i.code)).toEqual(['reviews.no-budget']);
  });

  it('writes Markdown and a self-contained HTML page that Chromium shows without a request', async () => {
    const md = join(dir, 'review.md');
    // Both languages: the tables' content is tested here (the language choice in lang.test.ts).
    expect(kyodo([...round, '--budget', '1600000', '--out', md, '--lang', 'both']).code).toBe(0);
    const text = readFileSync(md, 'utf8');
    expect(text).toContain(
      '| 9 | R6-08 | みらい文化財保存会 | 郷土芸能の記録映像づくり | 33/50 | 180,000円 | 30,000円 | 減額交付<br>reduced |',
    );
    expect(text).toContain('### 計算の根拠 / How each result came about');
    const html = join(dir, 'review.html');
    const r = kyodo([...round, '--budget', '1600000', '--out', html, '--lang', 'both']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(html);
    const page = readFileSync(html, 'utf8');
    expect(page).toMatch(/^<!DOCTYPE html>/i);
    expect(page).not.toMatch(/<script|<link|src=/iu);
    const browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    try {
      const tab = await browser.newPage({ viewport: { width: 1100, height: 900 }, locale: 'ja-JP' });
      const requests: string[] = [];
      tab.on('request', (q) => {
        if (!q.url().startsWith('file:')) requests.push(q.url());
      });
      await tab.goto(`file://${html}`);
      expect(await tab.locator('h1').textContent()).toContain('審査結果');
      expect(await tab.locator('tbody tr').first().textContent()).toContain('R6-01');
      expect(await tab.locator('tr.reduced').count()).toBe(1);
      await tab.locator('details').nth(8).locator('summary').click();
      expect(await tab.locator('details').nth(8).locator('li').last().textContent()).toContain(
        '減額して 30,000円を交付',
      );
      await tab.screenshot({ path: `${SHOTS}review-report.png`, fullPage: true });
      expect(requests).toEqual([]);
    } finally {
      await browser.close();
    }
  });

  it('reads a sheet kept with one column per reviewer (SheetJS), and finds a 合計 that disagrees (exit 1)', () => {
    const file = join(dir, 'columns.xlsx');
    const wb = XLSX.utils.book_new();
    const sheet = XLSX.utils.aoa_to_sheet([
      ['令和6年度 市民提案型まちづくり補助金 審査結果（委員別合計）'],
      ['受付番号', '申請団体', '事業名', '補助対象経費', '申請額', '委員A', '委員B', '委員C', '合計', '平均'],
      ['R6-01', 'みらい子ども食堂ネット', '子ども食堂の運営', 520000, 260000, 43, 40, 42, 125, 41.7],
      ['R6-07', 'NPO法人ひだまり', '子育て世帯の交流サロン', 400000, 200000, 34, 33, '利害関係', 67, 33.5],
      ['R6-11', 'みらい手話サークル', '手話講座の開催', 160000, 80000, 30, 29, 30, 90, 29.7],
    ]);
    XLSX.utils.book_append_sheet(wb, sheet, '審査結果');
    XLSX.writeFile(wb, file);
    const r = kyodo([
      'review',
      file,
      '--profile',
      profile,
      '--budget',
      '300000',
      '--fiscal-year',
      '2024',
      '--format',
      'json',
    ]);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout).sheets[0];
    expect(out.layout).toBe('columns');
    // 43 + 40 + 42 = 125, its mean 41.67 written 41.7; R6-11's 89 is written 90 (I5).
    expect(out.issues.map((i: { code: string; cell: string | null }) => `${i.code} ${i.cell}`)).toEqual([
      'reviews.sum-mismatch I5',
    ]);
    expect(out.ranking.map((a: { application: string; award: number }) => [a.application, a.award])).toEqual([
      ['R6-01', 260000],
      ['R6-07', 40000], // 300,000 − 260,000 left: reduced
      ['R6-11', 0],
    ]);
  });

  it('finds a score off the scale, a missing score, a conflicted reviewer who scored and a 合計 that disagrees, each at its cell (SheetJS, exit 1)', () => {
    const file = join(dir, 'rows.xlsx');
    const wb = XLSX.utils.book_new();
    const card = (who: string, points: (number | null)[], total: number, conflict: string | null = null) => [
      'R6-01',
      'みらい子ども食堂ネット',
      '子ども食堂の運営と食材寄付の仕組みづくり',
      520000,
      260000,
      who,
      ...points,
      total,
      conflict,
    ];
    const sheet = XLSX.utils.aoa_to_sheet([
      ['令和6年度 みらい市市民提案型まちづくり補助金 審査集計表'],
      [
        '受付番号',
        '申請団体',
        '事業名',
        '補助対象経費（円）',
        '申請額（円）',
        '審査員',
        '公益性',
        '実現性',
        '発展性',
        '自立性',
        '費用の妥当性',
        '合計',
        '利害関係',
      ],
      card('委員A', [12, 8, 8, 8, 8], 44), // 12 on a scale of 1–10
      card('委員B', [8, null, 8, 8, 8], 32), // 実現性 left blank
      card('委員C', [8, 8, 8, 8, 8], 40, '○'), // marked 利害関係, yet scored
      card('委員D', [8, 8, 8, 8, 8], 41), // the points make 40
      card('委員E', [8, 8, 8, 8, 8], 40),
    ]);
    XLSX.utils.book_append_sheet(wb, sheet, '審査集計');
    XLSX.writeFile(wb, file);
    const args = ['review', file, '--profile', profile, '--budget', '1600000', '--fiscal-year', '2024'];
    const json = kyodo([...args, '--format', 'json']);
    expect(json.code).toBe(1);
    const out = JSON.parse(json.stdout).sheets[0];
    expect(out.layout).toBe('rows');
    expect(
      out.issues.map((i: { code: string; severity: string; cell: string | null }) => `${i.code} ${i.cell}`),
    ).toEqual([
      'reviews.ranking-waits null',
      'review.score-off-scale G3',
      'review.score-missing H4',
      'review.conflicted-scored M5',
      'review.total-mismatch L6',
    ]);
    expect(out.ranking ?? []).toEqual([]);
    // As a user reads it: each cell with its sentence, Japanese first, and no ranking made up.
    const text = kyodo(args);
    expect(text.code).toBe(1);
    expect(text.stderr).toBe('');
    for (const line of [
      'G3         エラー 審査員「委員A」の「公益性」の点数 12 は尺度（1〜10 点、1 点刻み）にありません',
      'H4         エラー 審査員「委員B」の申請「R6-01」の「実現性」の点数がありません',
      'M5         注意   審査員「委員C」は申請「R6-01」に利害関係がありますが、採点しています',
      'L6         エラー 審査員「委員D」の申請「R6-01」の合計 41 点が、項目の点数から計算した 40 点と合いません',
      '順位はまだ出せません: 採点できない申請 R6-01 (3 行目)',
    ])
      expect(text.stdout).toContain(line);
    expect(text.stdout).not.toMatch(/TypeError|at .*\.js:\d+/u);
  });

  it('says what is wrong with a bad file or argument (exit 2)', () => {
    const missing = kyodo(['review', 'nai.xlsx', '--profile', profile]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/nai\.xlsx/u);
    const none = kyodo(['review', `${examples}toride.xlsx`, '--profile', profile]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('審査集計表が見つかりません');
    const budget = kyodo([...round, '--budget', 'たくさん']);
    expect(budget.code).toBe(2);
    expect(budget.stderr).toContain('--budget たくさん');
    const two = kyodo(['review', book, book]);
    expect(two.code).toBe(2);
    expect(kyodo([...round, '--format', 'pdf']).code).toBe(2);
  });
});
