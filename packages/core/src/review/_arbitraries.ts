import fc from 'fast-check';
import { halfProgram } from './_fixtures.js';
import { type ReviewFramework, reviewFrameworkSchema } from './schema.js';
import type { Application, Review } from './types.js';

/** Internal test helpers: arbitrary review frameworks and rounds for the property tests. */

const S = { document: 'municipality', section: 'test' };

/** A framework of 1–5 criteria, weighted or not, on a 1–5, 1–10 or 0–5 (half points) scale, with every rule. */
export const frameworkArb: fc.Arbitrary<ReviewFramework> = fc
  .record({
    weights: fc.array(fc.constantFrom(1, 1, 2, 1.5, 0.25), { minLength: 1, maxLength: 5 }),
    scale: fc.constantFrom(
      { min: 1, max: 5, step: 1 },
      { min: 1, max: 10, step: 1 },
      { min: 0, max: 5, step: 0.5 },
    ),
    method: fc.constantFrom('mean' as const, 'total' as const),
    threshold: fc.oneof(
      fc.record({
        kind: fc.constant('share' as const),
        value: fc.constantFrom(50, 60, 70).map((n) => ({ numerator: n, denominator: 100 })),
      }),
      fc.record({ kind: fc.constant('points' as const), value: fc.integer({ min: 0, max: 20 }) }),
    ),
    tie: fc.constantFrom('smaller-request' as const, 'committee' as const),
    reduction: fc.constantFrom('reduce' as const, 'refuse' as const, 'refuse-and-stop' as const),
    unit: fc.constantFrom(1 as const, 1000 as const),
    program: fc.boolean(),
  })
  .map((f) =>
    reviewFrameworkSchema.parse({
      id: 'prop',
      label: { ja: '性質', en: 'Property' },
      source: S,
      ...(f.program ? { program: halfProgram.id } : {}),
      criteria: f.weights.map((weight, i) => ({
        id: `c${i}`,
        label: { ja: `項目${i}`, en: `Criterion ${i}` },
        weight,
        source: S,
      })),
      scale: { ...f.scale, source: S },
      combine: { method: f.method, source: S },
      threshold: { ...f.threshold, source: S },
      conflict: { rule: 'others-average', source: S },
      tie: { rule: f.tie, source: S },
      reduction: { rule: f.reduction, unit: f.unit, source: S },
    }),
  );

/** Points on a framework's scale for one criterion. */
function pointsArb(framework: ReviewFramework): fc.Arbitrary<number> {
  const { min, max, step } = framework.scale!;
  const steps = Math.round((max - min) / step);
  return fc.integer({ min: 0, max: steps }).map((k) => min + k * step);
}

/** A round: applications (1–10, requests in thousands of yen) and a full panel's reviews, some conflicted. */
export interface Round {
  readonly framework: ReviewFramework;
  readonly applications: readonly Application[];
  readonly reviews: readonly Review[];
  readonly budget: number;
}

/** A round on a framework: every reviewer scores every application, or has a conflict (never all). */
export function roundArb(framework: ReviewFramework): fc.Arbitrary<Round> {
  return fc
    .record({
      reviewers: fc.integer({ min: 1, max: 5 }),
      apps: fc.array(
        fc.record({
          // Few distinct requests and scores, so ties happen.
          requested: fc.constantFrom(50000, 100000, 150000, 300000, 450000),
          expense: fc.constantFrom(80000, 200000, 400000, 900000),
        }),
        { minLength: 1, maxLength: 10 },
      ),
      budget: fc.integer({ min: 0, max: 3_000_000 }),
    })
    .chain(({ reviewers, apps, budget }) =>
      fc
        .array(
          fc.array(
            fc.record({
              conflict: fc.integer({ min: 0, max: 9 }).map((n) => n === 0),
              points: fc.array(pointsArb(framework), {
                minLength: framework.criteria.length,
                maxLength: framework.criteria.length,
              }),
            }),
            { minLength: reviewers, maxLength: reviewers },
          ),
          { minLength: apps.length, maxLength: apps.length },
        )
        .map((marks) => {
          const applications: Application[] = apps.map((a, i) => ({
            id: `A-${String(i + 1).padStart(2, '0')}`,
            requested: a.requested,
            eligibleExpense: a.expense,
            fiscalYear: 2024,
          }));
          const reviews: Review[] = [];
          marks.forEach((row, i) => {
            // At least one reviewer of each application counts.
            const all = row.every((m) => m.conflict);
            row.forEach((m, r) => {
              const application = applications[i]!.id;
              const reviewer = `委員${r + 1}`;
              if (m.conflict && !(all && r === 0)) reviews.push({ reviewer, application, conflict: true });
              else
                reviews.push({
                  reviewer,
                  application,
                  scores: Object.fromEntries(framework.criteria.map((c, k) => [c.id, m.points[k]])),
                });
            });
          });
          return { framework, applications, reviews, budget };
        }),
    );
}

/** A framework and a round on it. */
export const frameworkRoundArb: fc.Arbitrary<Round> = frameworkArb.chain(roundArb);

/** The same list in an order fast-check chooses. */
export function shuffled<T>(list: readonly T[]): fc.Arbitrary<T[]> {
  return fc.shuffledSubarray([...list], { minLength: list.length, maxLength: list.length });
}
