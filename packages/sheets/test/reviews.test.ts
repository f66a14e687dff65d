import { describe, expect, it } from 'vitest';
import type { ReviewScores } from '../src/kinds/reviews.js';
import { validateSheet } from '../src/report/validateSheet.js';
import { reviewColumns, reviewProfile, reviewRows, reviewRowsWithMistakes } from './fixtures/index.js';
import { places, profile } from './helpers.js';

const today = '2024-10-01';
const city = reviewProfile();

describe('review sheets (審査集計表, RULES X3)', () => {
  it('reads one row per reviewer and application: scores, conflicts, ties, and the ranking funded from the budget', () => {
    const r = validateSheet(reviewRows(), { profile: city, today, review: { budget: 400000 } });
    expect(r.kind).toBe('reviews');
    expect(r.framework).toBe('shimin-teian');
    expect(r.headerRow).toBe(3);
    // No 年度 column: the program's amounts are for the fiscal year of the day of the check (said).
    expect(places(r)).toEqual(['review.conflicted-scored N6', 'reviews.fiscal-year-assumed -']);
    const s = r.scores as unknown as ReviewScores;
    expect(s.layout).toBe('rows');
    expect(s.reviewers).toEqual(['委員A', '委員B', '委員C']);
    expect(s.applications.map((a) => [a.application, a.score, a.passed, a.conflicts])).toEqual([
      ['1', 25, true, ['委員C']],
      ['2', 22, true, []],
      ['3', 22, true, []],
      ['4', 46 / 3, false, []],
    ]);
    expect(s.ranking?.map((a) => [a.application, a.rank, a.computed, a.award, a.outcome])).toEqual([
      ['1', 1, 250000, 200000, 'funded'],
      ['3', 2, 90000, 90000, 'funded'],
      ['2', 3, 150000, 110000, 'reduced'],
      ['4', 4, 80000, 0, 'below-threshold'],
    ]);
    expect(s).toMatchObject({ budget: 400000, awarded: 400000, remaining: 0 });
    const no2 = s.ranking?.find((a) => a.application === '2');
    expect(no2?.steps.map((x) => x.sentence.ja).slice(-3)).toEqual([
      '得点 22 点で 3 位（同点の 3 とは申請額の少ない順）',
      '市民提案型一般公募補助金の算定額 150,000円、申請額 150,000円 → 申請額 150,000円',
      '予算の残り 110,000円 < 150,000円 → 減額して 110,000円を交付（千円未満切り捨て） → 残り 0円',
    ]);
  });

  it('ranks without awards when no budget is given, and says so', () => {
    const r = validateSheet(reviewRows(), { profile: city, today });
    const s = r.scores as unknown as ReviewScores;
    expect(s.budget).toBeNull();
    expect(s.ranking?.map((a) => [a.application, a.rank, a.award])).toEqual([
      ['1', 1, null],
      ['3', 2, null],
      ['2', 3, null],
      ['4', 4, null],
    ]);
    expect(places(r)).toEqual([
      'review.conflicted-scored N6',
      'reviews.fiscal-year-assumed -',
      'reviews.no-budget -',
    ]);
  });

  it('finds the mistakes where they are, and the ranking waits for them', () => {
    const r = validateSheet(reviewRowsWithMistakes(), { profile: city, today, review: { budget: 400000 } });
    expect(r.kind).toBe('reviews');
    expect(places(r)).toEqual(
      [
        'review.total-mismatch L2',
        'review.score-off-scale F3',
        'review.score-missing H4',
        'reviews.conflict-unreadable M5',
        'reviews.request-differs D7',
        'reviews.ranking-waits -',
      ].sort(),
    );
    const s = r.scores as unknown as ReviewScores;
    expect(s.ranking).toBeNull();
    expect(s.unscored).toEqual([{ row: 2, application: '1' }]);
    expect(s.applications.map((a) => a.application)).toEqual(['2']);
  });

  it('reads one column per reviewer: a 利害関係 cell leaves the reviewer out, 合計 and 平均 are checked', () => {
    const r = validateSheet(reviewColumns(), { profile: city, today, review: { budget: 400000 } });
    expect(r.kind).toBe('reviews');
    expect(r.headerRow).toBe(2);
    expect(r.skipped).toEqual([{ row: 7, reason: 'total', text: '合計' }]);
    expect(places(r)).toEqual(['reviews.fiscal-year-assumed -', 'reviews.sum-mismatch I5']);
    const s = r.scores as unknown as ReviewScores;
    expect(s.layout).toBe('columns');
    expect(s.reviewers).toEqual(['委員A', '委員B', '委員C']);
    expect(s.ranking?.map((a) => [a.application, a.rank, a.award])).toEqual([
      ['1', 1, 200000],
      ['3', 2, 90000],
      ['2', 3, 110000],
      ['4', 4, 0],
    ]);
  });

  it('says a profile without a review framework cannot read the sheet, and toride’s template lacks its numbers', () => {
    const none = validateSheet(reviewRows(), { profile: profile('ichinoseki'), today });
    expect(none.kind).toBe('reviews');
    expect(places(none)).toContain('reviews.framework-missing -');
    const template = validateSheet(reviewRows(), {
      profile: profile('toride'),
      today,
      review: { budget: 1 },
    });
    expect(places(template)).toEqual([
      'review.missing-parameter -',
      'review.missing-parameter -',
      'review.missing-parameter -',
      'reviews.ranking-waits -',
    ]);
  });
});
