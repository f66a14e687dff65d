import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { frameworkRoundArb, type Round, shuffled } from './_arbitraries.js';
import { halfProgram } from './_fixtures.js';
import { rankApplications } from './rankApplications.js';
import { scoreReview } from './scoreReview.js';
import type { Ranking, Review } from './types.js';

function rank(round: Round): Ranking {
  const r = rankApplications(round.applications, round.reviews, round.budget, {
    framework: round.framework,
    ...(round.framework.program === undefined ? {} : { program: halfProgram }),
  });
  if (!r.ok) throw new Error(JSON.stringify(r.problems.map((p) => p.message.en)));
  return r.value;
}

const summary = (r: Ranking) =>
  Object.fromEntries(r.applications.map((a) => [a.application, [a.rank, a.score, a.award, a.outcome]]));

describe('rankApplications laws (RULES X3)', () => {
  it('a reviewer left out for a conflict never changes the others’ scores', () => {
    fc.assert(
      fc.property(
        frameworkRoundArb,
        fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 5, maxLength: 5 }),
        (round, points) => {
          const application = round.applications[0]!.id;
          const own = round.reviews.filter((r) => r.application === application);
          const before = scoreReview(round.framework, { application, reviews: own });
          // The same application with one more reviewer, conflicted, who wrote points anyway.
          const scores = Object.fromEntries(round.framework.criteria.map((c, i) => [c.id, points[i]]));
          const after = scoreReview(round.framework, {
            application,
            reviews: [...own, { reviewer: '委員X', application, conflict: true, scores }],
          });
          expect(before.ok && after.ok).toBe(true);
          if (!before.ok || !after.ok) return;
          const others = after.value.reviewers.filter((r) => r.reviewer !== '委員X');
          expect(others).toEqual(before.value.reviewers);
          expect(after.value.mean).toBe(before.value.mean);
          expect(after.value.counted).toBe(before.value.counted);
          if (round.framework.combine?.method === 'mean') expect(after.value.score).toBe(before.value.score);
          else
            expect(after.value.score).toBeCloseTo(
              (before.value.score / (before.value.reviewers.length || 1)) *
                (before.value.reviewers.length + 1),
              9,
            );
        },
      ),
    );
  });

  it('funding never exceeds the budget, and no award exceeds the request or what the program allows', () => {
    fc.assert(
      fc.property(frameworkRoundArb, (round) => {
        const r = rank(round);
        const sum = r.applications.reduce((n, a) => n + a.award, 0);
        expect(sum).toBe(r.awarded);
        expect(sum).toBeLessThanOrEqual(round.budget);
        expect(r.remaining).toBe(round.budget - sum);
        for (const a of r.applications) {
          expect(Number.isSafeInteger(a.award)).toBe(true);
          expect(a.award).toBeGreaterThanOrEqual(0);
          expect(a.award).toBeLessThanOrEqual(a.basis);
          expect(a.basis).toBeLessThanOrEqual(a.requested);
          if (a.computed !== null) expect(a.award).toBeLessThanOrEqual(a.computed);
          if (a.outcome === 'reduced') expect(a.award).toBeLessThan(a.basis);
          if (!a.passed) expect(a.award).toBe(0);
        }
      }),
    );
  });

  it('the ranking is the same whatever the order of the applications and the reviews', () => {
    fc.assert(
      fc.property(
        frameworkRoundArb.chain((round) =>
          fc.tuple(fc.constant(round), shuffled(round.applications), shuffled(round.reviews)),
        ),
        ([round, applications, reviews]) => {
          const a = rank(round);
          const b = rank({ ...round, applications, reviews });
          expect(summary(b)).toEqual(summary(a));
          expect(b.applications.map((x) => x.application)).toEqual(a.applications.map((x) => x.application));
        },
      ),
    );
  });

  it('ties resolve as the rule says: the smaller request first, or the same rank', () => {
    fc.assert(
      fc.property(frameworkRoundArb, (round) => {
        const r = rank(round);
        const smaller = round.framework.tie?.rule === 'smaller-request';
        for (const a of r.applications)
          for (const b of r.applications) {
            if (a === b) continue;
            if (a.score > b.score) expect(a.rank).toBeLessThan(b.rank);
            if (a.score !== b.score) continue;
            if (smaller && a.requested < b.requested) expect(a.rank).toBeLessThan(b.rank);
            if (!smaller || a.requested === b.requested) expect(a.rank).toBe(b.rank);
          }
      }),
    );
  });

  it('a careless value in any review is an error at its path, never a TypeError or a ranking', () => {
    const careless = fc.constantFrom<[string, unknown]>(
      ['reviewer', null],
      ['reviewer', ''],
      ['reviewer', 3],
      ['application', null],
      ['application', 7],
      ['conflict', 'yes'],
      ['conflict', 1],
      ['scores', 5],
      ['scores', null],
    );
    fc.assert(
      fc.property(
        frameworkRoundArb.chain((round) =>
          fc.tuple(fc.constant(round), fc.nat({ max: round.reviews.length - 1 }), careless),
        ),
        ([round, at, [field, value]]) => {
          const reviews = round.reviews.map((r, i) => (i === at ? { ...r, [field]: value } : r));
          const r = rankApplications(round.applications, reviews as Review[], round.budget, {
            framework: round.framework,
            program: halfProgram,
          });
          expect(r.ok).toBe(false);
          if (r.ok) return;
          expect(r.problems.map((p) => [p.code, p.path.join('.')])).toEqual([
            ['review.invalid-input', `reviews.${at}.${field}`],
          ]);
          expect(r.problems[0]?.message.ja).toMatch(/^reviews\.\d+\.\w+ は/u);
        },
      ),
    );
  });

  it('funds in rank order: a passing application is refused only when the budget left is short', () => {
    fc.assert(
      fc.property(frameworkRoundArb, (round) => {
        const r = rank(round);
        const stops = round.framework.reduction?.rule === 'refuse-and-stop';
        let left = round.budget;
        let stopped = false;
        for (const a of r.applications) {
          if (a.outcome === 'funded') {
            expect(stopped).toBe(false);
            expect(a.award).toBe(a.basis);
          }
          if (a.outcome === 'no-budget') {
            if (!stopped) expect(a.basis).toBeGreaterThan(left);
            if (stops) stopped = true;
          }
          left -= a.award;
        }
      }),
    );
  });
});
