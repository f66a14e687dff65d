import * as z from 'zod/mini';
import { programSourceSchema as sourceSchema } from '../subsidies/schema.js';
import { matchKey } from '../text/normalise.js';
import { SCHEMA_WORDS } from './schemaWords.js';

/*
 * The selection of proposed projects (審査, RULES X3) as profile data: a panel scores each
 * application on criteria (公益性, 実現性 …), the reviewers' scores are combined, a threshold
 * decides who passes, and the budget funds them in rank order. The plans name the program this
 * serves (003_77c600037372601a.txt 第4章(1)⑦ 市民提案型の一般公募補助金) but give none of its
 * numbers: every value is cited (RULES X3, the municipality's own 要綱) or marked as the
 * municipality's own choice (`source.document: 'municipality'`). A parameter left out is
 * absent, never a default: a computation that needs it fails with 'review.missing-parameter'.
 *
 * Each schema is built on first use (z.lazy), not when core is imported (docs/contributing.md
 * "Conventions").
 */

const bilingualSchema = z.lazy(() =>
  z.object({
    ja: z.string().check(z.minLength(1)),
    en: z.string().check(z.minLength(1)),
  }),
);

const idSchema = z.lazy(() =>
  z.string().check(z.regex(/^[a-z0-9][a-z0-9-]*$/u, 'id: a-z, 0-9 and - / 英小文字・数字・-')),
);

/** Points and weights: finite, at most two decimals (points are compared exactly, in hundredths). */
const hundredths = (what: string) =>
  z
    .number()
    .check(
      z.refine(
        (n) => Number.isFinite(n) && Math.abs(n) <= 1e9 && Math.abs(n * 100 - Math.round(n * 100)) < 1e-6,
        `${what}: a number with at most two decimals / 小数第2位までの数`,
      ),
    );

/** A rate as a fraction (60% = 60/100, 2/3), not above 1. */
const shareSchema = z.lazy(() =>
  z
    .object({
      numerator: z.number().check(z.int(), z.minimum(0)),
      denominator: z.number().check(z.int(), z.minimum(1)),
    })
    .check(
      z.refine((r) => r.numerator <= r.denominator, 'a share is at most 1 (100%) / 割合は1（100%）以下'),
    ),
);

/**
 * One criterion (評価項目・審査項目) as the city's 審査基準 writes it: a stable ID, its label
 * (公益性), header aliases seen on review sheets, an optional weight (absent: the criterion's
 * points count once, unweighted) and an optional maximum of its own (配点: 公益性 20点) that
 * replaces the scale's maximum for it.
 */
export const criterionSchema = z.lazy(() =>
  z.object({
    id: idSchema,
    label: bilingualSchema,
    /** The question as the 審査基準 words it (地域の課題の解決につながるか). */
    question: z.exactOptional(bilingualSchema),
    /** Other header texts that name this criterion's column. */
    aliases: z._default(z.array(z.string().check(z.minLength(1))), []),
    /** Weight of the criterion's points in a reviewer's total; absent = unweighted (counts once). */
    weight: z.exactOptional(hundredths('weight').check(z.positive())),
    /** This criterion's maximum (配点), when it differs from the scale's. */
    max: z.exactOptional(hundredths('max').check(z.positive())),
    source: sourceSchema,
  }),
);

/** A criterion of a review framework (see criterionSchema). */
export type Criterion = z.infer<typeof criterionSchema>;

/** Points each reviewer gives one criterion: from min to max in steps (1–5 in steps of 1). */
export const pointScaleSchema = z.lazy(() =>
  z
    .object({
      min: hundredths('min').check(z.nonnegative()),
      max: hundredths('max').check(z.positive()),
      step: hundredths('step').check(z.positive()),
      source: sourceSchema,
    })
    .check(z.refine((s) => s.min < s.max, SCHEMA_WORDS.minBelowMax)),
);

/** The scale of points of a review framework. */
export type PointScale = z.infer<typeof pointScaleSchema>;

/**
 * How the reviewers' totals make an application's score: 'mean' (the average of the reviewers
 * counted: 平均点) or 'total' (the panel's sum: 合計点; a reviewer left out for a conflict counts
 * as the others' average, so every application is scored by a full panel).
 */
export const combineSchema = z.lazy(() =>
  z.object({ method: z.enum(['mean', 'total']), source: sourceSchema }),
);

/**
 * The pass threshold (採択基準): 'points', the score needed (an average of 30 of 50 with
 * 'mean'), or 'share', a share of the maximum score (60/100, 70/100). 以上: a score equal to
 * the threshold passes.
 */
export const thresholdSchema = z.lazy(() =>
  z.discriminatedUnion('kind', [
    z.object({
      kind: z.literal('points'),
      value: hundredths('value').check(z.nonnegative()),
      source: sourceSchema,
    }),
    z.object({ kind: z.literal('share'), value: shareSchema, source: sourceSchema }),
  ]),
);

/** The pass threshold of a review framework. */
export type Threshold = z.infer<typeof thresholdSchema>;

/**
 * A reviewer with a conflict of interest (利害関係) on an application: 'others-average', left
 * out of that application, the others' average standing in (RULES X3).
 */
export const conflictSchema = z.lazy(() =>
  z.object({ rule: z.enum(['others-average']), source: sourceSchema }),
);

/**
 * Equal scores: 'smaller-request', the smaller request ranks first (RULES X3); 'committee',
 * the committee decides (kyodo ranks them equal and says so).
 */
export const tieSchema = z.lazy(() =>
  z.object({ rule: z.enum(['smaller-request', 'committee']), source: sourceSchema }),
);

/**
 * An application that passes but no longer fits the budget left: 'reduce' (減額, awarded what
 * is left, rounded down to `unit` yen: 1000 = 千円未満切り捨て; absent = to the yen), 'refuse'
 * (not funded; later applications that fit are still funded) or 'refuse-and-stop' (not funded,
 * and funding stops there).
 */
export const reductionSchema = z.lazy(() =>
  z.object({
    rule: z.enum(['reduce', 'refuse', 'refuse-and-stop']),
    unit: z.exactOptional(z.union([z.literal(1), z.literal(10), z.literal(100), z.literal(1000)])),
    source: sourceSchema,
  }),
);

/**
 * A review framework (審査の基準) as profile data (RULES X3): the criteria, the scale of
 * points, how reviewers are combined, the threshold, the conflict, tie and reduction rules,
 * and the program whose amount an award is computed by (its ID in the profile's programs).
 * Every parameter but the criteria may be absent: the plans do not give it, and a computation
 * that needs it fails naming it ('review.missing-parameter').
 *
 * @example
 * reviewFrameworkSchema.parse({
 *   id: 'teian', label: { ja: '市民提案型補助金 審査', en: 'Citizen-proposal review' },
 *   source: { document: 'municipality', section: '審査基準' },
 *   criteria: [{ id: 'koeki', label: { ja: '公益性', en: 'Public benefit' }, source: { document: 'municipality', section: '審査基準 1' } }],
 * });
 */
export const reviewFrameworkSchema = z.lazy(() =>
  z
    .object({
      id: idSchema,
      label: bilingualSchema,
      source: sourceSchema,
      /** The program (its ID in the profile) whose amount an award is computed by. */
      program: z.exactOptional(z.string().check(z.minLength(1))),
      criteria: z.array(criterionSchema).check(z.minLength(1)),
      scale: z.exactOptional(pointScaleSchema),
      combine: z.exactOptional(combineSchema),
      threshold: z.exactOptional(thresholdSchema),
      conflict: z.exactOptional(conflictSchema),
      tie: z.exactOptional(tieSchema),
      reduction: z.exactOptional(reductionSchema),
    })
    .check(
      z.check((ctx) => {
        const ids = new Set<string>();
        const keys = new Map<string, string>();
        ctx.value.criteria.forEach((criterion, i) => {
          if (ids.has(criterion.id)) {
            ctx.issues.push({
              code: 'custom',
              message: SCHEMA_WORDS.criterionIdRepeats(criterion.id),
              input: criterion.id,
              path: ['criteria', i, 'id'],
            });
          }
          ids.add(criterion.id);
          for (const text of [criterion.label.ja, ...criterion.aliases]) {
            const key = matchKey(text);
            const other = keys.get(key);
            if (other !== undefined && other !== criterion.id) {
              ctx.issues.push({
                code: 'custom',
                message: SCHEMA_WORDS.headerOnTwoCriteria(text),
                input: text,
                path: ['criteria', i],
              });
            } else keys.set(key, criterion.id);
          }
        });
        const scale = ctx.value.scale;
        if (scale !== undefined) {
          const step = Math.round(scale.step * 100);
          const min = Math.round(scale.min * 100);
          const offStep = (max: number) => (Math.round(max * 100) - min) % step !== 0;
          if (offStep(scale.max))
            ctx.issues.push({
              code: 'custom',
              message: SCHEMA_WORDS.notMultipleOfStep,
              input: scale.step,
              path: ['scale', 'step'],
            });
          ctx.value.criteria.forEach((criterion, i) => {
            if (criterion.max !== undefined && (criterion.max <= scale.min || offStep(criterion.max)))
              ctx.issues.push({
                code: 'custom',
                message: SCHEMA_WORDS.maxOffScale(criterion.max, scale.min, scale.step),
                input: criterion.max,
                path: ['criteria', i, 'max'],
              });
          });
        }
      }),
    ),
);

/** A review framework (output of reviewFrameworkSchema: defaults filled in). */
export type ReviewFramework = z.infer<typeof reviewFrameworkSchema>;

/** A review framework as written in a profile. */
export type ReviewFrameworkInput = z.input<typeof reviewFrameworkSchema>;

/** The review frameworks of a profile (RULES X3) and the one used when none is named. */
export const profileReviewSchema = z.lazy(() =>
  z.object({
    frameworks: z.array(reviewFrameworkSchema),
    default: z.exactOptional(z.string()),
  }),
);
