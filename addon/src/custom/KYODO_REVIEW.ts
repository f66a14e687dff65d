import {
  type Application,
  findProgram,
  findReviewFramework,
  matchKey,
  normaliseText,
  type Problem,
  type Program,
  type RankedApplication,
  type Review,
  rankApplications,
  scoreReview,
} from '@kyodo/core';
import { AddonError } from '../errors/AddonError.js';
import { both } from '../i18n/strings.js';
import {
  asColumn,
  cellInput,
  columnsToRows,
  errorText,
  isBlank,
  isRange,
  type Out,
  scalar,
  thrownText,
} from './cells.js';
import { profileFor } from './profileFor.js';

/** A reviewer's cell that says the reviewer is left out of the application (RULES X3). */
const LEFT_OUT = /利害|除斥|回避/u;

type Show = 'award' | 'rank' | 'score' | 'pass';
const SHOWS: Readonly<Record<string, Show>> = {
  交付額: 'award',
  award: 'award',
  順位: 'rank',
  rank: 'rank',
  得点: 'score',
  score: 'score',
  採否: 'pass',
  pass: 'pass',
};

/**
 * =KYODO_REVIEW(scores, requested, budget, [profile], [framework], [show], [expense], [fiscalYear]):
 * the review of a round of applications (審査, RULES X3), one row per application and one column
 * per reviewer holding the reviewer's total. A cell that says 利害関係 (or 除斥, 回避) leaves that
 * reviewer out of that application and the others' average stands in. The applications are
 * scored with the profile's review framework, ranked (ties as the framework says) and funded from
 * the budget in rank order (core rankApplications); the column returned is each row's award
 * (交付額, the default), rank (順位), score (得点) or pass (採否). A framework that computes
 * awards with a program needs each row's eligible expense and the fiscal year. The requests (and
 * expenses) are one value for every row or one a row: a range of another height is an error. A row that
 * cannot be scored says why; until every row can be, the others say the ranking waits — never a
 * silent 0.
 */
export function KYODO_REVIEW(
  scores: unknown,
  requested: unknown,
  budget: unknown,
  profile?: unknown,
  framework?: unknown,
  show?: unknown,
  expense?: unknown,
  fiscalYear?: unknown,
): Out | Out[][] {
  try {
    const marks = isRange(scores) ? scores : [[scores]];
    const asked = columnsToRows([
      { name: 'requested', value: requested },
      { name: 'expense', value: expense },
    ]);
    const rows = marks.length;
    // One request for every row, or one a row: a column one row short would shift every request.
    if (asked.length !== 1 && asked.length !== rows)
      throw new AddonError('rowsDiffer', { a: rows, b: asked.length });
    const column = (k: number): unknown[] => (asked.length === 1 ? asked[0] : asked[k]) ?? [];
    const blank = (k: number) => (marks[k] ?? []).every(isBlank) && isBlank(column(k)[0]);
    const fill = (text: Out) =>
      asColumn(
        Array.from({ length: rows }, (_, k) => (blank(k) ? '' : text)),
        isRange(scores),
      );

    const wanted = isBlank(scalar(show)) ? 'award' : SHOWS[matchKey(String(scalar(show)))];
    if (wanted === undefined) return fill(`⚠ ${both('badShow', { show: String(scalar(show)) })}`);
    const found = profileFor(scalar(profile), 'toride');
    if (!found.ok) return fill(errorText(found.problems));
    const fwArg = scalar(framework);
    const fw = findReviewFramework(found.value, isBlank(fwArg) ? undefined : String(fwArg));
    if (!fw.ok) return fill(errorText(fw.problems));
    let program: Program | undefined;
    if (fw.value.program !== undefined) {
      const p = findProgram(found.value, fw.value.program);
      if (!p.ok) return fill(errorText(p.problems));
      program = p.value;
      if (isBlank(expense) || isBlank(scalar(fiscalYear)))
        return fill(`⚠ ${both('reviewNeedsExpense', { program: program.names.ja })}`);
    }

    // Reviewers are the columns (委員1, 委員2 …); a blank row is left out.
    const width = Math.max(0, ...marks.map((r) => r.length));
    const panel = Array.from({ length: width }, (_, c) => `委員${c + 1}`);
    const applications: Application[] = [];
    const reviews: Review[] = [];
    const rowOf = new Map<string, number>();
    for (let k = 0; k < rows; k++) {
      if (blank(k)) continue;
      const id = String(k + 1);
      rowOf.set(id, k);
      const [req, exp] = column(k);
      applications.push({
        id,
        requested: req as string | number,
        ...(program === undefined ? {} : { eligibleExpense: exp as string | number }),
      });
      panel.forEach((reviewer, c) => {
        const cell = marks[k]?.[c];
        const out = typeof cell === 'string' && LEFT_OUT.test(normaliseText(cell));
        reviews.push(
          out
            ? { reviewer, application: id, conflict: true }
            : { reviewer, application: id, ...(isBlank(cell) ? {} : { total: cellInput(cell) }) },
        );
      });
    }
    const results: Out[] = Array.from({ length: rows }, () => '');
    // Each row scored first: a row that cannot be scored says why.
    let unscored = false;
    for (const app of applications) {
      const r = scoreReview(fw.value, { application: app.id, reviews, panel });
      if (!r.ok) {
        unscored = true;
        results[rowOf.get(app.id) as number] = errorText(r.problems);
      }
    }
    if (unscored) {
      for (const app of applications) {
        const k = rowOf.get(app.id) as number;
        if (results[k] === '') results[k] = `⚠ ${both('rankingWaits')}`;
      }
      return asColumn(results, isRange(scores));
    }
    const ranking = rankApplications(applications, reviews, budget as string | number, {
      framework: fw.value,
      ...(program === undefined
        ? {}
        : { program, fiscalYear: cellInput(scalar(fiscalYear)) as string | number }),
      panel,
    });
    if (!ranking.ok) {
      for (const p of ranking.problems) {
        const k = rowFor(p, applications, rowOf);
        if (k !== undefined && results[k] === '') results[k] = errorText([p]);
      }
      const first = errorText(ranking.problems);
      for (const app of applications) {
        const k = rowOf.get(app.id) as number;
        if (results[k] === '') results[k] = first;
      }
      return asColumn(results, isRange(scores));
    }
    for (const a of ranking.value.applications)
      results[rowOf.get(a.application) as number] = shownOf(a, wanted);
    return asColumn(results, isRange(scores));
  } catch (error) {
    return thrownText(error);
  }
}

function shownOf(a: RankedApplication, show: Show): Out {
  switch (show) {
    case 'rank':
      return a.rank;
    case 'score':
      return a.score;
    case 'pass':
      return both(a.passed ? 'reviewPassed' : 'reviewBelowThreshold');
    default:
      return a.award;
  }
}

/** The row a ranking problem is about (an application's request or expense), if any. */
function rowFor(
  p: Problem,
  applications: readonly Application[],
  rowOf: ReadonlyMap<string, number>,
): number | undefined {
  const [head, index] = p.path;
  if (head !== 'applications' || typeof index !== 'number') return undefined;
  const id = applications[index]?.id;
  return id === undefined ? undefined : rowOf.get(id);
}
