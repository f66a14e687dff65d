import { describe, expect, it } from 'vitest';
import { unwrap } from '../problems/KyodoError.js';
import { getProfile } from '../profiles/getProfile.js';
import { framework, pointsFor } from './_fixtures.js';
import { findReviewFramework } from './findReviewFramework.js';
import { scoreReview } from './scoreReview.js';
import type { Review } from './types.js';

const score = (reviews: Review[], over = {}) =>
  scoreReview(framework(over), { application: 'A-01', reviews });
const r = (reviewer: string, total: number, extra: Partial<Review> = {}): Review => ({
  reviewer,
  application: 'A-01',
  scores: pointsFor(total),
  ...extra,
});

describe('scoreReview (RULES X3)', () => {
  it('averages the reviewers: an average of 30 of 50 passes (以上), 29.5 does not', () => {
    const pass = unwrap(score([r('委員A', 31), r('委員B', 29)]));
    expect(pass).toMatchObject({ counted: 2, mean: 30, score: 30, maximum: 50, threshold: 30, passed: true });
    const fail = unwrap(score([r('委員A', 31), r('委員B', 28)]));
    expect(fail).toMatchObject({ mean: 29.5, passed: false });
    expect(fail.steps.map((s) => s.kind)).toEqual(['reviewer', 'reviewer', 'combine', 'threshold']);
    expect(fail.steps[2]?.sentence.ja).toBe('平均点 = (31 + 28) ÷ 2 = 29.5 点（50 点満点）');
    expect(fail.steps[3]?.sentence.ja).toBe('29.5 点 < 採択基準 30 点 → 基準に満たない');
  });

  it('reads points as sheets write them: full-width digits, 点, labels and aliases as keys', () => {
    const s = unwrap(
      score([
        {
          reviewer: '委員A',
          application: 'A-01',
          scores: { 公益性: '８', 実現性: '7点', hatten: 6, 自立性: ' 5 ', 経費の妥当性: 4 },
        },
      ]),
    );
    expect(s.score).toBe(30);
    expect(s.steps[0]?.sentence.ja).toBe(
      '委員A: 公益性 8 + 実現性 7 + 発展性 6 + 自立性 5 + 費用の妥当性 4 = 30 点',
    );
  });

  it('weights the criteria and honours a criterion’s own maximum (配点)', () => {
    const f = framework({
      criteria: [
        {
          id: 'koeki',
          label: { ja: '公益性', en: 'Public benefit' },
          weight: 2,
          source: { document: 'm', section: '1' },
        },
        {
          id: 'hiyo',
          label: { ja: '費用の妥当性', en: 'Budget' },
          max: 20,
          source: { document: 'm', section: '2' },
        },
      ],
      threshold: {
        kind: 'share',
        value: { numerator: 60, denominator: 100 },
        source: { document: 'm', section: '3' },
      },
    });
    const s = unwrap(
      scoreReview(f, {
        application: 'A',
        reviews: [{ reviewer: 'A', application: 'A', scores: { 公益性: 9, 費用の妥当性: 15 } }],
      }),
    );
    // 9×2 + 15 = 33 of (10×2 + 20) = 40; 60% of 40 = 24.
    expect(s).toMatchObject({ score: 33, maximum: 40, threshold: 24, passed: true });
    expect(s.steps[0]?.sentence.en).toBe('A: Public benefit 9×2 + Budget 15 = 33 points');
  });

  it('leaves a conflicted reviewer out: the others’ mean stands, and for a panel total it stands in', () => {
    const reviews = [
      r('委員A', 40),
      r('委員B', 30),
      { reviewer: '委員C', application: 'A-01', conflict: true },
    ];
    const mean = unwrap(score(reviews));
    expect(mean).toMatchObject({ counted: 2, mean: 35, score: 35 });
    expect(mean.reviewers.find((x) => x.reviewer === '委員C')).toEqual({
      reviewer: '委員C',
      total: null,
      counted: false,
      conflict: true,
    });
    const total = unwrap(
      score(reviews, { combine: { method: 'total', source: { document: 'm', section: 'x' } } }),
    );
    // 40 + 30 + the others' mean 35 for 委員C = 105 of 150; the threshold stays 30 points.
    expect(total).toMatchObject({ mean: 35, score: 105, maximum: 150 });
    expect(total.steps.find((s) => s.kind === 'combine')?.sentence.ja).toBe(
      '合計点 = (40 + 30) + 除いた 1 人分は他の審査員の平均 35 点 × 1 = 105 点（150 点満点）',
    );
  });

  it('warns when a conflicted reviewer scored anyway, and leaves the points out', () => {
    const s = score([r('委員A', 40), r('委員B', 10, { conflict: true })]);
    expect(s.ok).toBe(true);
    if (!s.ok) return;
    expect(s.value.score).toBe(40);
    expect(s.warnings.map((w) => [w.code, w.path])).toEqual([
      ['review.conflicted-scored', ['reviews', 1, 'conflict']],
    ]);
  });

  it('keeps that warning when another reviewer’s error stops the score', () => {
    const s = score([r('委員A', 40, { total: 41 }), r('委員B', 10, { conflict: true })]);
    expect(s.ok ? [] : s.problems.map((p) => [p.code, p.severity, p.path.join('.')])).toEqual([
      ['review.total-mismatch', 'error', 'reviews.0.total'],
      ['review.conflicted-scored', 'warning', 'reviews.1.conflict'],
    ]);
  });

  it('reads a reviewer’s total alone (one column per reviewer), within what the scale allows', () => {
    expect(unwrap(score([{ reviewer: 'A', application: 'A-01', total: '３２点' }])).score).toBe(32);
    const off = score([{ reviewer: 'A', application: 'A-01', total: 51 }]);
    expect(off.ok ? [] : off.problems.map((p) => p.code)).toEqual(['review.total-off-scale']);
  });

  it('reports a total that disagrees with its points, at the total', () => {
    const s = score([r('委員A', 30, { total: 31 })]);
    expect(s.ok ? [] : s.problems.map((p) => [p.code, p.path, p.message.ja])).toEqual([
      [
        'review.total-mismatch',
        ['reviews', 0, 'total'],
        '審査員「委員A」の申請「A-01」の合計 31 点が、項目の点数から計算した 30 点と合いません',
      ],
    ]);
  });

  it('reports a missing, unreadable, off-scale or unknown score where it is', () => {
    const s = score([
      {
        reviewer: '委員A',
        application: 'A-01',
        scores: { 公益性: 11, 実現性: 'よい', 発展性: 2.5, 自立性: '', 先駆性: 3, hiyo: 5 },
      },
    ]);
    expect(s.ok ? [] : s.problems.map((p) => [p.code, p.path.join('.')])).toEqual([
      ['review.unknown-criterion', 'reviews.0.scores.先駆性'],
      ['review.score-off-scale', 'reviews.0.scores.公益性'],
      ['review.score-unreadable', 'reviews.0.scores.実現性'],
      ['review.score-off-scale', 'reviews.0.scores.発展性'],
      ['review.score-missing', 'reviews.0.scores.自立性'],
    ]);
  });

  it('reads half points on a scale in steps of 0.5', () => {
    const f = framework({ scale: { min: 0, max: 5, step: 0.5, source: { document: 'm', section: 's' } } });
    const ok = scoreReview(f, {
      application: 'A',
      reviews: [
        {
          reviewer: 'A',
          application: 'A',
          scores: { koeki: 3.5, jitsugen: 4, hatten: 0, jiritsu: 5, hiyo: '2.5' },
        },
      ],
    });
    expect(unwrap(ok).score).toBe(15);
    const off = scoreReview(f, {
      application: 'A',
      reviews: [
        {
          reviewer: 'A',
          application: 'A',
          scores: { koeki: 3.25, jitsugen: 4, hatten: 0, jiritsu: 5, hiyo: 1 },
        },
      ],
    });
    expect(off.ok ? [] : off.problems.map((p) => p.code)).toEqual(['review.score-off-scale']);
  });

  it('needs every panel member’s scores, and someone left to score', () => {
    const missing = scoreReview(framework(), {
      application: 'A-01',
      reviews: [r('委員A', 30)],
      panel: ['委員A', '委員B'],
    });
    expect(missing.ok ? [] : missing.problems.map((p) => p.code)).toEqual(['review.reviewer-missing']);
    const none = score([{ reviewer: 'A', application: 'A-01', conflict: true }]);
    expect(none.ok ? [] : none.problems.map((p) => p.code)).toEqual(['review.no-reviewer']);
    const twice = score([r('委員A', 30), r('委員Ａ', 31)]);
    expect(twice.ok ? [] : twice.problems.map((p) => p.code)).toEqual(['review.duplicate-review']);
  });

  it('names every parameter the built-in template lacks (toride: the plan gives no numbers)', () => {
    const fw = unwrap(findReviewFramework(unwrap(getProfile('toride'))));
    const s = scoreReview(fw, { application: 'A', reviews: [] });
    expect(s.ok ? [] : s.problems.map((p) => [p.code, p.params.need, p.params.needs])).toEqual([
      ['review.missing-parameter', 'review.scale', 'review.scale, review.combine, review.threshold'],
      ['review.missing-parameter', 'review.combine', 'review.scale, review.combine, review.threshold'],
      ['review.missing-parameter', 'review.threshold', 'review.scale, review.combine, review.threshold'],
    ]);
  });

  it('asks for the conflict rule only when a reviewer has a conflict', () => {
    const { conflict: _none, ...rest } = framework();
    const s = scoreReview(rest, {
      application: 'A-01',
      reviews: [r('委員A', 30), { reviewer: '委員B', application: 'A-01', conflict: true }],
    });
    expect(s.ok ? [] : s.problems.map((p) => p.params.need)).toEqual(['review.conflict']);
    expect(scoreReview(rest, { application: 'A-01', reviews: [r('委員A', 30)] }).ok).toBe(true);
  });
});
