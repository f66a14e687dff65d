import { matchKey } from '../text/normalise.js';
import { hundredths, UNIT } from './_exact.js';
import type { Criterion, PointScale, ReviewFramework } from './schema.js';

/** Internal: a criterion with its numbers in hundredths. */
export interface CompiledCriterion {
  readonly criterion: Criterion;
  /** Weight in hundredths (100 when unweighted). */
  readonly weight: number;
  /** Lowest and highest points, and the step, in hundredths. */
  readonly min: number;
  readonly max: number;
  readonly step: number;
}

/** Internal: a framework ready to score with (cached per framework object). */
export interface CompiledFramework {
  readonly framework: ReviewFramework;
  readonly criteria: readonly CompiledCriterion[];
  /** Criterion by match key of its ID, labels and aliases. */
  readonly byKey: ReadonlyMap<string, CompiledCriterion>;
  /** Criterion by a key as given (memo of byKey through matchKey: keys repeat on every review). */
  readonly asGiven: Map<string, CompiledCriterion | null>;
  /** A reviewer's lowest and highest total, in 1/UNIT points (undefined without a scale). */
  readonly lowest?: number;
  readonly highest?: number;
}

const cache = new WeakMap<ReviewFramework, CompiledFramework>();

/** Compile a framework's criteria and scale (a scale that is absent leaves min, max and step at 0). */
export function compileFramework(framework: ReviewFramework): CompiledFramework {
  const hit = cache.get(framework);
  if (hit !== undefined) return hit;
  const scale: PointScale | undefined = framework.scale;
  const criteria = framework.criteria.map(
    (criterion): CompiledCriterion => ({
      criterion,
      weight: criterion.weight === undefined ? 100 : hundredths(criterion.weight),
      min: scale === undefined ? 0 : hundredths(scale.min),
      max:
        criterion.max !== undefined
          ? hundredths(criterion.max)
          : scale === undefined
            ? 0
            : hundredths(scale.max),
      step: scale === undefined ? 0 : hundredths(scale.step),
    }),
  );
  const byKey = new Map<string, CompiledCriterion>();
  for (const c of criteria) {
    for (const text of [c.criterion.id, c.criterion.label.ja, c.criterion.label.en, ...c.criterion.aliases]) {
      const key = matchKey(text);
      if (!byKey.has(key)) byKey.set(key, c);
    }
  }
  const asGiven = new Map<string, CompiledCriterion | null>();
  const compiled: CompiledFramework =
    scale === undefined
      ? { framework, criteria, byKey, asGiven }
      : {
          framework,
          criteria,
          byKey,
          asGiven,
          lowest: criteria.reduce((n, c) => n + c.weight * c.min, 0),
          highest: criteria.reduce((n, c) => n + c.weight * c.max, 0),
        };
  cache.set(framework, compiled);
  return compiled;
}

/** The criterion a score's key names (its ID, label or an alias, as matchKey compares them). */
export function criterionOf(c: CompiledFramework, key: string): CompiledCriterion | undefined {
  let found = c.asGiven.get(key);
  if (found === undefined) {
    found = c.byKey.get(matchKey(key)) ?? null;
    if (c.asGiven.size < 1024) c.asGiven.set(key, found);
  }
  return found ?? undefined;
}

/** A reviewer's highest total in points. */
export function highestPoints(c: CompiledFramework): number {
  return (c.highest ?? 0) / UNIT;
}
