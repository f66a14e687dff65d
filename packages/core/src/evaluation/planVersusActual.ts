import type { Path, Problem } from '../problems/Problem.js';
import { err, ok, type Result } from '../problems/Result.js';
import { BASIS_LABELS, basisOf } from '../sources/basisOf.js';
import type { Source } from '../sources/Source.js';
import { requireObject } from '../text/requireObject.js';
import { evaluationMessages } from './messages.js';
import { PLAN_ACTUAL_PARAMETERS as PARAMETERS } from './planVersusActualWords.js';
import { THRESHOLD_SOURCES } from './thresholds.js';

/** Planned and actual figures of one project (RULES E4): its budget in yen, and optionally its scale. */
export interface PlanActualInput {
  /** Planned cost in yen (予算額, 計画額). */
  readonly budget?: number | null;
  /** Actual cost in yen (決算額, 実績額). */
  readonly actual?: number | null;
  /** Planned scale: participants, sessions, whatever the project counts (計画規模). */
  readonly scalePlanned?: number | null;
  readonly scaleActual?: number | null;
}

/** One comparison of plan and actual. */
export interface Variance {
  readonly planned: number;
  readonly actual: number;
  /** actual − planned. */
  readonly difference: number;
  /** (actual − planned) / planned; 0 when both are 0; null when only the plan is 0. */
  readonly ratio: number | null;
  /** Whether |actual − planned| / planned is above the threshold (a zero plan with a non-zero actual is). */
  readonly over: boolean;
}

/** The plan-versus-actual comparison of one project (E4). */
export interface PlanVersusActual {
  readonly budget: Variance;
  /** Present when both scale figures were given. */
  readonly scale?: Variance;
  /** Whether the budget or the scale is over the threshold. */
  readonly over: boolean;
  readonly thresholdPercent: number;
}

function compare(planned: number, actual: number, thresholdPercent: number): Variance {
  const difference = actual - planned;
  if (planned === 0)
    return { planned, actual, difference, ratio: difference === 0 ? 0 : null, over: difference !== 0 };
  // |a − p| / p > t / 100  ⇔  |a − p| × 100 > t × p  (p > 0): no division before the comparison.
  return {
    planned,
    actual,
    difference,
    ratio: difference / planned,
    over: Math.abs(difference) * 100 > thresholdPercent * planned,
  };
}

/** Options of planVersusActual. */
export interface PlanVersusActualOptions {
  readonly path?: Path;
  readonly label?: string;
  /**
   * Where the threshold comes from (settingSource of the framework): the warning cites it and
   * says whose it is. Absent: kyodo's default (THRESHOLD_SOURCES.variance).
   */
  readonly source?: Source;
}

/**
 * Compare what a project cost and did with its first plan (RULES E4; for 一関市
 * 000_0726a29b17f6f262.txt §6 協働の原則 (4) 評価、検証の原則: 行政が負担する予算、事業規模等が、
 * 当初計画したとおり完結したか). The variance ratio is (actual − plan) / plan; a variance above the
 * threshold in percent (the framework's varianceThresholdPercent: kyodo's default 20, no plan gives
 * one) is over and comes back as a warning citing where the threshold comes from. A missing or
 * negative figure is an error naming it, never a silent zero.
 *
 * @example
 * planVersusActual({ budget: 500_000, actual: 380_000 }, 20)
 * //=> ok({ budget: { planned: 500000, actual: 380000, difference: -120000, ratio: -0.24, over: true }, over: true, … })
 */
export function planVersusActual(
  input: PlanActualInput,
  thresholdPercent: number,
  options: PlanVersusActualOptions = {},
): Result<PlanVersusActual> {
  requireObject(input, 'input');
  requireObject(options, 'options');
  const budget = input.budget;
  const actual = input.actual;
  const hasScale = input.scalePlanned != null || input.scaleActual != null;
  // The common call (a sheet's row: two good amounts, no scale) allocates only its result.
  if (!hasScale && isAmount(budget) && isAmount(actual)) {
    const v = compare(budget, actual, thresholdPercent);
    if (v.ratio !== null && !v.over) return ok({ budget: v, over: false, thresholdPercent }, NO_WARNINGS);
    const warnings: Problem[] = [];
    varianceWarning(warnings, v, 'budget', '事業費', thresholdPercent, options);
    return ok({ budget: v, over: v.over, thresholdPercent }, warnings);
  }
  const problems: Problem[] = [];
  const b = readFigure(input, 'budget', true, problems, options.path);
  const a = readFigure(input, 'actual', true, problems, options.path);
  const scalePlanned = readFigure(input, 'scalePlanned', hasScale, problems, options.path);
  const scaleActual = readFigure(input, 'scaleActual', hasScale, problems, options.path);
  if (problems.length > 0 || b === undefined || a === undefined) return err(problems);

  const warnings: Problem[] = [];
  const budgetVariance = compare(b, a, thresholdPercent);
  varianceWarning(warnings, budgetVariance, 'budget', '事業費', thresholdPercent, options);
  const scale =
    scalePlanned !== undefined && scaleActual !== undefined
      ? compare(scalePlanned, scaleActual, thresholdPercent)
      : undefined;
  if (scale) varianceWarning(warnings, scale, 'scalePlanned', '事業規模', thresholdPercent, options);
  return ok(
    {
      budget: budgetVariance,
      ...(scale ? { scale } : {}),
      over: budgetVariance.over || (scale?.over ?? false),
      thresholdPercent,
    },
    warnings,
  );
}

const NO_WARNINGS: readonly Problem[] = Object.freeze([]);

function isAmount(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0;
}

/** One figure of the input, or undefined with its problem added (missing when required, or not an amount). */
function readFigure(
  input: PlanActualInput,
  field: keyof typeof PARAMETERS,
  required: boolean,
  problems: Problem[],
  base: Path | undefined,
): number | undefined {
  const value = input[field];
  if (value === undefined || value === null) {
    if (required) {
      problems.push(
        evaluationMessages.problem(
          'evaluation.missing-parameter',
          { parameter: PARAMETERS[field].ja },
          { path: [...(base ?? []), field] },
        ),
      );
    }
    return undefined;
  }
  if (!isAmount(value)) {
    problems.push(
      evaluationMessages.problem(
        'evaluation.invalid-amount',
        { parameter: PARAMETERS[field].ja, value: String(value) },
        { path: [...(base ?? []), field], input: value },
      ),
    );
    return undefined;
  }
  return value;
}

/** The warning a variance calls for (a zero plan, or over the threshold), if any. */
function varianceWarning(
  warnings: Problem[],
  v: Variance,
  field: 'budget' | 'scalePlanned',
  name: string,
  thresholdPercent: number,
  options: PlanVersusActualOptions,
): void {
  const label = options.label;
  const parameter = label ? `${label} ${name}` : name;
  if (v.ratio === null) {
    const path = [...(options.path ?? []), field];
    warnings.push(
      evaluationMessages.problem('evaluation.plan-zero', { parameter, actual: v.actual }, { path }),
    );
  } else if (v.over) {
    const path = [...(options.path ?? []), field];
    const source = options.source ?? THRESHOLD_SOURCES.variance;
    warnings.push(
      evaluationMessages.problem(
        'evaluation.variance-over',
        {
          parameter,
          planned: v.planned,
          actual: v.actual,
          ratio: v.ratio,
          threshold: thresholdPercent,
          whoseJa: BASIS_LABELS[basisOf(source)].ja,
          whoseEn: BASIS_LABELS[basisOf(source)].en,
        },
        { path, source },
      ),
    );
  }
}
