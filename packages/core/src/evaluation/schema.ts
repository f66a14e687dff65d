import * as z from 'zod/mini';
import { sourceSchema } from '../sources/schema.js';
import { matchKey } from '../text/normalise.js';
import { SCHEMA_WORDS } from './schemaWords.js';
import { DEFAULT_GAP_THRESHOLD, DEFAULT_VARIANCE_THRESHOLD_PERCENT } from './thresholds.js';

// Each schema is built on first use (z.lazy), not when core is imported: building zod schemas
// is most of what loading core would cost, and the add-on pays that on every Apps Script call
// (docs/contributing.md "Conventions").

/**
 * Who evaluates (RULES E1; 001_9b5b631400e119ce.txt 協働の評価・検証、見直し, 000_0726a29b17f6f262.txt
 * §8 評価と検証): the city (市), the partner (団体, 協働相手), the 協働推進会議 (council), and a
 * third-party view (参加者アンケート, 意見募集).
 */
export const EVALUATOR_KINDS = ['city', 'partner', 'council', 'third-party'] as const;

/** One of {@link EVALUATOR_KINDS}. */
export type EvaluatorKind = (typeof EVALUATOR_KINDS)[number];

const bilingualSchema = z.lazy(() =>
  z.object({
    ja: z.string().check(z.minLength(1)),
    en: z.string().check(z.minLength(1)),
  }),
);

const idSchema = z.lazy(() =>
  z.string().check(z.regex(/^[a-z0-9][a-z0-9-]*$/u, 'id: a-z, 0-9 and - / 英小文字・数字・-')),
);

/**
 * One level of an evaluation scale (RULES E7): its value (used in means), its label, and the
 * spellings accepted in sheets. Spellings are compared after width folding (NFKC) and case
 * folding, so 'A' also accepts 'Ａ' and 'a', and '4' accepts '４'.
 */
export const levelSchema = z.lazy(() =>
  z.object({
    value: z.number().check(z.refine((n) => Number.isFinite(n), 'value: a finite number / 有限の数値')),
    label: bilingualSchema,
    spellings: z.array(z.string().check(z.minLength(1))).check(z.minLength(1)),
  }),
);

/** A level of a scale. */
export type Level = z.infer<typeof levelSchema>;

/**
 * An evaluation scale (RULES E7): its levels, best first or in any order (means and gaps use
 * the values), and where it comes from. No source document gives a scale; the default is
 * {@link defaultScale}.
 */
export const scaleSchema = z.lazy(() =>
  z
    .object({
      levels: z.array(levelSchema).check(z.minLength(2)),
      source: sourceSchema,
    })
    .check(
      z.check((ctx) => {
        const values = new Map<number, number>();
        const spellings = new Map<string, number>();
        ctx.value.levels.forEach((level, i) => {
          const seen = values.get(level.value);
          if (seen !== undefined) {
            ctx.issues.push({
              code: 'custom',
              message: SCHEMA_WORDS.levelValueRepeats(seen, level.value),
              input: level.value,
              path: ['levels', i, 'value'],
            });
          } else values.set(level.value, i);
          level.spellings.forEach((spelling, j) => {
            const key = matchKey(spelling);
            const other = spellings.get(key);
            if (other !== undefined && other !== i) {
              ctx.issues.push({
                code: 'custom',
                message: SCHEMA_WORDS.spellingOnTwoLevels(spelling),
                input: spelling,
                path: ['levels', i, 'spellings', j],
              });
            } else spellings.set(key, i);
          });
        });
      }),
    ),
);

/** An evaluation scale. */
export type Scale = z.infer<typeof scaleSchema>;

/**
 * One evaluation item (評価項目): a stable ID, a short label fit for a sheet header, the
 * question as the document words it, header aliases seen in sheets, an optional group and
 * weight (default 1: equal weights, RULES E7), and its source.
 */
export const itemSchema = z.lazy(() =>
  z.object({
    id: idSchema,
    /** Short, header-friendly label: 目標・成果の達成. */
    label: bilingualSchema,
    /** The question or principle as the document words it. */
    question: z.exactOptional(bilingualSchema),
    /** Other header texts that name this item's column. */
    aliases: z._default(z.array(z.string().check(z.minLength(1))), []),
    /** The id of one of the framework's groups. */
    group: z.exactOptional(z.string()),
    /** Weight in the item mean; default 1 (equal weights, E7). */
    weight: z._default(z.number().check(z.positive(), z.refine(Number.isFinite, 'finite / 有限')), 1),
    source: sourceSchema,
  }),
);

/** An evaluation item. */
export type Item = z.infer<typeof itemSchema>;

/** A group of items (客観的評価検証, 改善策の検討, 協働の原則), with its source. */
export const itemGroupSchema = z.lazy(() =>
  z.object({
    id: idSchema,
    label: bilingualSchema,
    source: sourceSchema,
  }),
);

/** A group of items. */
export type ItemGroup = z.infer<typeof itemGroupSchema>;

/**
 * An evaluation framework as profile data (RULES E1–E8): items and their groups, the scale,
 * the gap threshold between the city's and the partner's evaluations of one item (default 2,
 * in scale values: 2 levels on the default scale, E7), the plan-versus-actual variance
 * threshold in percent (default 20, E4: a variance above it is reported), and the evaluators
 * each project needs (default city and partner, E1).
 */
export const frameworkSchema = z.lazy(() =>
  z
    .object({
      id: idSchema,
      label: bilingualSchema,
      source: sourceSchema,
      groups: z._default(z.array(itemGroupSchema), []),
      items: z.array(itemSchema).check(z.minLength(1)),
      scale: scaleSchema,
      /** |city − partner| on one item at or above this is a gap (E7). Scale values. */
      gapThreshold: z._default(z.number().check(z.positive()), DEFAULT_GAP_THRESHOLD),
      /** |actual − plan| / plan above this percentage is a variance to report (E4). */
      varianceThresholdPercent: z._default(
        z.number().check(z.nonnegative()),
        DEFAULT_VARIANCE_THRESHOLD_PERCENT,
      ),
      /** Evaluators every project needs (E1: both parties evaluate themselves). */
      requiredEvaluators: z._default(z.array(z.enum(EVALUATOR_KINDS)), ['city', 'partner']),
      /**
       * Where the thresholds and the required evaluators come from, when the profile's plan or
       * the municipality says (a value a plan is silent on and the profile sets is its own
       * choice: basis 'municipality'). Absent: kyodo's defaults (settingSource).
       */
      sources: z.exactOptional(
        z.object({
          variance: z.exactOptional(sourceSchema),
          gap: z.exactOptional(sourceSchema),
          evaluators: z.exactOptional(sourceSchema),
        }),
      ),
    })
    .check(
      z.check((ctx) => {
        const ids = new Set<string>();
        const groups = new Set(ctx.value.groups.map((g) => g.id));
        ctx.value.items.forEach((item, i) => {
          if (ids.has(item.id)) {
            ctx.issues.push({
              code: 'custom',
              message: SCHEMA_WORDS.itemIdRepeats(item.id),
              input: item.id,
              path: ['items', i, 'id'],
            });
          }
          ids.add(item.id);
          if (item.group !== undefined && !groups.has(item.group)) {
            ctx.issues.push({
              code: 'custom',
              message: SCHEMA_WORDS.groupNotInGroups(item.group),
              input: item.group,
              path: ['items', i, 'group'],
            });
          }
        });
      }),
    ),
);

/** An evaluation framework (output of {@link frameworkSchema}: defaults filled in). */
export type Framework = z.infer<typeof frameworkSchema>;

/** A framework as written in a profile (defaults may be left out). */
export type FrameworkInput = z.input<typeof frameworkSchema>;
