import type { Path, Problem } from '../problems/Problem.js';
import { normaliseText } from '../text/normalise.js';
import { type CompiledCriterion, type CompiledFramework, criterionOf } from './_compile.js';
import { compareFractions, type Fraction, hasHundredths, hundredths, pointsOf, UNIT } from './_exact.js';
import { readPoints } from './_readPoints.js';
import {
  combineSentence,
  conflictSentence,
  type Part,
  reviewerSentence,
  step,
  thresholdSentence,
} from './_steps.js';
import { reviewMessages } from './messages.js';
import type { ReviewFramework } from './schema.js';
import { PARAMETER_WORDS } from './stepWords.js';
import type { Review, ReviewerScore, ReviewScore, ReviewStep } from './types.js';

/** Internal: a review and where it is in the caller's list (for problem paths). */
export interface IndexedReview {
  readonly review: Review;
  readonly index: number;
}

/** Internal: a score with its exact fractions, for ranking. */
export interface Scored {
  readonly score: ReviewScore;
  readonly exact: Fraction;
  readonly exactThreshold: Fraction;
}

type Need = 'scale' | 'combine' | 'threshold' | 'conflict' | 'tie' | 'reduction';

const LABELS = PARAMETER_WORDS;

/** 'review.missing-parameter' for each parameter the framework lacks, each naming them all. */
export function missingParameters(framework: ReviewFramework, needs: readonly Need[]): Problem[] {
  const missing = needs.filter((n) => framework[n] === undefined);
  const list = missing.map((n) => `review.${n}`).join(', ');
  return missing.map((n) =>
    reviewMessages.problem(
      'review.missing-parameter',
      {
        framework: framework.id,
        labelJa: LABELS[n].ja,
        labelEn: LABELS[n].en,
        need: `review.${n}`,
        needs: list,
      },
      { path: [n] },
    ),
  );
}

// Reviewers' names repeat on every review: their keys are remembered (a pure memo, capped).
const reviewerKeys = new Map<string, string>();

/** The key a reviewer's name is compared by (width and spaces folded). */
export function reviewerKey(name: string): string {
  let key = reviewerKeys.get(name);
  if (key === undefined) {
    key = normaliseText(name);
    if (reviewerKeys.size < 4096) reviewerKeys.set(name, key);
  }
  return key;
}

/**
 * The key an application's ID is compared by: width and spaces folded, as reviewerKey, so that
 * 'R6-01' on the list and 'Ｒ６－０１' on a review are one application (each call a new string;
 * a round's IDs are all different, so there is nothing to remember).
 */
export function applicationKey(id: string): string {
  return normaliseText(id);
}

function hasAnyScore(scores: Readonly<Record<string, unknown>> | undefined): boolean {
  if (scores === undefined) return false;
  for (const v of Object.values(scores)) if (readPoints(v).kind !== 'blank') return true;
  return false;
}

/**
 * Score one application (RULES X3) with a framework whose scale, combine and threshold are
 * present (the caller checks), from its reviews: each panel member's weighted total, the
 * conflicted left out, the mean or panel total, the threshold. Problems are paths under `base`.
 */
export function scoreOne(
  c: CompiledFramework,
  application: string,
  reviews: readonly IndexedReview[],
  panel: readonly string[] | undefined,
  base: Path,
): { readonly scored?: Scored; readonly problems: Problem[]; readonly warnings: Problem[] } {
  const fw = c.framework;
  const scale = fw.scale!;
  const combine = fw.combine!;
  const threshold = fw.threshold!;
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  const at = (index: number, ...rest: (string | number)[]): Path => [...base, index, ...rest];

  const byReviewer = new Map<string, IndexedReview>();
  const order: { key: string; name: string }[] = [];
  for (const r of reviews) {
    const name = r.review.reviewer.trim();
    const key = reviewerKey(name);
    if (byReviewer.has(key)) {
      problems.push(
        reviewMessages.problem(
          'review.duplicate-review',
          { reviewer: name, application },
          { path: at(r.index, 'reviewer'), input: r.review.reviewer },
        ),
      );
      continue;
    }
    byReviewer.set(key, r);
    order.push({ key, name });
  }
  const members =
    panel === undefined ? order : panel.map((name) => ({ key: reviewerKey(name), name: name.trim() }));

  const reviewers: ReviewerScore[] = [];
  const steps: ReviewStep[] = [];
  const counted: number[] = [];
  let conflicted = 0;
  let conflictRuleMissing = false;
  for (const member of members) {
    const found = byReviewer.get(member.key);
    if (found === undefined) {
      problems.push(
        reviewMessages.problem(
          'review.reviewer-missing',
          { reviewer: member.name, application },
          { path: [...base] },
        ),
      );
      continue;
    }
    const { review, index } = found;
    const scored = hasAnyScore(review.scores) || readPoints(review.total).kind !== 'blank';
    if (review.conflict === true) {
      conflicted++;
      if (fw.conflict === undefined) {
        if (!conflictRuleMissing) problems.push(...missingParameters(fw, ['conflict']));
        conflictRuleMissing = true;
        continue;
      }
      if (scored)
        warnings.push(
          reviewMessages.problem(
            'review.conflicted-scored',
            { reviewer: member.name, application },
            { path: at(index, 'conflict'), input: true },
          ),
        );
      reviewers.push({ reviewer: member.name, total: null, counted: false, conflict: true });
      steps.push(
        step('conflict', 'X3', fw.conflict.source, { reviewer: member.name, scored }, false, () =>
          conflictSentence(member.name, scored),
        ),
      );
      continue;
    }
    if (!scored) {
      problems.push(
        reviewMessages.problem(
          'review.reviewer-missing',
          { reviewer: member.name, application },
          { path: at(index), input: review.scores ?? null },
        ),
      );
      continue;
    }
    const before = problems.length;
    let total: number | undefined; // in 1/UNIT points
    let parts: Part[] | null = null;
    if (hasAnyScore(review.scores)) {
      const given = new Map<CompiledCriterion, { key: string; value: unknown }>();
      for (const [key, value] of Object.entries(review.scores ?? {})) {
        const criterion = criterionOf(c, key);
        if (criterion === undefined) {
          problems.push(
            reviewMessages.problem(
              'review.unknown-criterion',
              {
                reviewer: member.name,
                application,
                criterion: key,
                known: c.criteria.map((k) => k.criterion.label.ja).join('、'),
              },
              { path: at(index, 'scores', key), input: value },
            ),
          );
          continue;
        }
        given.set(criterion, { key, value });
      }
      let sum = 0;
      parts = [];
      for (const k of c.criteria) {
        const entry = given.get(k);
        const read = readPoints(entry?.value);
        const path = at(index, 'scores', entry?.key ?? k.criterion.id);
        const label = k.criterion.label.ja;
        if (read.kind === 'blank') {
          problems.push(
            reviewMessages.problem(
              'review.score-missing',
              { reviewer: member.name, application, criterion: label },
              { path, input: entry?.value ?? null },
            ),
          );
          continue;
        }
        if (read.kind === 'unreadable') {
          problems.push(
            reviewMessages.problem(
              'review.score-unreadable',
              { reviewer: member.name, application, criterion: label, text: read.text },
              { path, input: entry?.value },
            ),
          );
          continue;
        }
        const p = hundredths(read.value);
        if (!hasHundredths(read.value) || p < k.min || p > k.max || (p - k.min) % k.step !== 0) {
          problems.push(
            reviewMessages.problem(
              'review.score-off-scale',
              {
                reviewer: member.name,
                application,
                criterion: label,
                points: read.value,
                min: k.min / 100,
                max: k.max / 100,
                step: k.step / 100,
              },
              { path, input: entry?.value },
            ),
          );
          continue;
        }
        sum += p * k.weight;
        parts.push({
          labelJa: label,
          labelEn: k.criterion.label.en,
          points: p / 100,
          weight: k.weight === 100 ? null : k.weight / 100,
        });
      }
      if (problems.length === before) total = sum;
    }
    const written = readPoints(review.total);
    if (written.kind === 'unreadable') {
      problems.push(
        reviewMessages.problem(
          'review.score-unreadable',
          { reviewer: member.name, application, criterion: '合計', text: written.text },
          { path: at(index, 'total'), input: review.total },
        ),
      );
    } else if (written.kind === 'number' && problems.length === before) {
      const w = hasHundredths(written.value) ? hundredths(written.value) * 100 : Number.NaN;
      if (total !== undefined) {
        if (w !== total)
          problems.push(
            reviewMessages.problem(
              'review.total-mismatch',
              { reviewer: member.name, application, written: written.value, computed: total / UNIT },
              { path: at(index, 'total'), input: review.total },
            ),
          );
      } else if (!(w >= (c.lowest ?? 0) && w <= (c.highest ?? 0))) {
        problems.push(
          reviewMessages.problem(
            'review.total-off-scale',
            {
              reviewer: member.name,
              application,
              total: written.value,
              min: (c.lowest ?? 0) / UNIT,
              max: (c.highest ?? 0) / UNIT,
            },
            { path: at(index, 'total'), input: review.total },
          ),
        );
      } else total = w;
    }
    if (problems.length !== before || total === undefined) continue;
    counted.push(total);
    reviewers.push({ reviewer: member.name, total: total / UNIT, counted: true, conflict: false });
    steps.push(
      step('reviewer', 'X3', scale.source, { reviewer: member.name, total: total / UNIT }, total / UNIT, () =>
        reviewerSentence(member.name, parts, total / UNIT),
      ),
    );
  }
  if (panel !== undefined) {
    const known = new Set(members.map((m) => m.key));
    for (const [key, r] of byReviewer)
      if (!known.has(key))
        problems.push(
          reviewMessages.problem(
            'review.unknown-reviewer',
            {
              reviewer: String(r.review.reviewer),
              application,
              panel: members.map((m) => m.name).join('、'),
            },
            { path: at(r.index, 'reviewer'), input: r.review.reviewer },
          ),
        );
  }
  if (problems.length > 0) return { problems, warnings };
  const k = counted.length;
  if (k === 0) {
    problems.push(reviewMessages.problem('review.no-reviewer', { application }, { path: [...base] }));
    return { problems, warnings };
  }
  const n = k + conflicted;
  const sum = counted.reduce((a, b) => a + b, 0);
  const highest = c.highest ?? 0;
  const exact: Fraction =
    combine.method === 'mean' ? { num: sum, den: k * UNIT } : { num: n * sum, den: k * UNIT };
  const max: Fraction =
    combine.method === 'mean' ? { num: highest, den: UNIT } : { num: n * highest, den: UNIT };
  const exactThreshold: Fraction =
    threshold.kind === 'points'
      ? { num: hundredths(threshold.value) * 100, den: UNIT }
      : { num: threshold.value.numerator * max.num, den: threshold.value.denominator * max.den };
  const passed = compareFractions(exact, exactThreshold) >= 0;
  const mean = sum / (k * UNIT);
  const score = pointsOf(exact);
  const maximum = pointsOf(max);
  const thresholdPoints = pointsOf(exactThreshold);
  steps.push(
    step('combine', 'X3', combine.source, { method: combine.method, counted: k, panel: n, mean }, score, () =>
      combineSentence(
        combine.method,
        counted.map((t) => t / UNIT),
        mean,
        n,
        score,
        maximum,
      ),
    ),
    step('threshold', 'X3', threshold.source, { score, threshold: thresholdPoints, maximum }, passed, () =>
      thresholdSentence(
        score,
        thresholdPoints,
        passed,
        threshold.kind === 'share'
          ? { percent: percentText(threshold.value.numerator, threshold.value.denominator), maximum }
          : null,
      ),
    ),
  );
  return {
    scored: {
      score: {
        application,
        reviewers,
        counted: k,
        mean,
        score,
        maximum,
        threshold: thresholdPoints,
        passed,
        steps,
      },
      exact,
      exactThreshold,
    },
    problems,
    warnings,
  };
}

function percentText(numerator: number, denominator: number): string {
  const p = (numerator * 100) / denominator;
  return Number.isInteger(p) ? `${p}%` : `${numerator}/${denominator}`;
}
