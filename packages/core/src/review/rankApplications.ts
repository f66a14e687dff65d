import type { FiscalYear } from '../calendar/types.js';
import { parseYen } from '../money/parseYen.js';
import type { Yen } from '../money/types.js';
import { atPath } from '../problems/messages.js';
import type { Problem } from '../problems/Problem.js';
import { err, ok, type Result } from '../problems/Result.js';
import { computeSubsidy } from '../subsidies/computeSubsidy.js';
import type { SubsidyResult } from '../subsidies/types.js';
import { checkApplications, checkFramework, checkObject, checkPanel, checkReviews } from './_checkInput.js';
import { compileFramework } from './_compile.js';
import { compareFractions } from './_exact.js';
import {
  applicationKey,
  type IndexedReview,
  missingParameters,
  reviewerKey,
  type Scored,
  scoreOne,
} from './_scoreOne.js';
import { awardSentence, rankSentence, step, subsidySentence } from './_steps.js';
import { reviewMessages } from './messages.js';
import type {
  Application,
  Outcome,
  RankedApplication,
  Ranking,
  RankOptions,
  Review,
  ReviewStep,
} from './types.js';

interface Entry {
  readonly app: Application;
  readonly index: number;
  readonly id: string;
  readonly requested: Yen;
  readonly scored: Scored;
  readonly subsidy?: SubsidyResult;
}

/**
 * Rank the applications of a review round and fund them from the budget (審査, RULES X3; the
 * program it serves: 003_77c600037372601a.txt 第4章(1)⑦ 市民提案型の一般公募補助金). Each
 * application is scored as scoreReview scores it (the panel: `options.panel`, or everyone with a
 * review); applications are ranked by score, exactly, ties going as the framework's tie rule
 * says (the smaller request first; what the rule cannot tell apart shares a rank and is said);
 * then, in rank order, each application that passes is awarded its basis — the request, or what
 * the framework's program allows when less (computeSubsidy: exact yen) — while the budget lasts.
 * One that no longer fits is reduced (減額) to what is left or refused, as the reduction rule
 * says. Σ award never exceeds the budget; no award exceeds the request or the program's amount.
 *
 * Expected failures are values: a parameter the framework lacks (scale, combine, threshold; the
 * conflict, tie or reduction rule when the round needs it), the program the framework names not
 * given, a bad budget or request, an unknown application, a score missing or off the scale, and
 * the subsidy engine's own problems are an `err` whose problems say where (['reviews', 3,
 * 'scores', '公益性'], ['applications', 2, 'requested']). What is not the shape it takes — null for
 * a list, a reviewer without a name, a conflict that is not true or false, a panel naming a
 * reviewer twice — is 'review.invalid-input' at its path, never a TypeError. Application IDs are
 * compared as staff read them ('R6-01' and 'Ｒ６－０１' are one; listed twice is an error).
 *
 * @example
 * const r = unwrap(rankApplications(applications, reviews, 1_000_000, { framework }));
 * r.applications.map((a) => [a.application, a.rank, a.award]) //=> [['A-03', 1, 300000], …]
 */
export function rankApplications(
  applications: readonly Application[],
  reviews: readonly Review[],
  budget: Yen | string,
  options: RankOptions,
): Result<Ranking> {
  const invalid =
    checkObject(options, ['options']) ??
    checkFramework(options.framework, ['options', 'framework']) ??
    checkApplications(applications, ['applications']) ??
    checkReviews(reviews, ['reviews']) ??
    checkPanel(options.panel, ['options', 'panel'], reviewerKey) ??
    (options.program === undefined ? undefined : checkObject(options.program, ['options', 'program']));
  if (invalid !== undefined) return err(invalid);
  const fw = options.framework;
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  problems.push(...missingParameters(fw, ['scale', 'combine', 'threshold']));
  const money = parseYen(budget, { path: ['budget'] });
  if (!money.ok) problems.push(...money.problems);
  const program = options.program;
  if (fw.program !== undefined && (program === undefined || program.id !== fw.program))
    problems.push(
      reviewMessages.problem(
        'review.program-missing',
        { framework: fw.id, program: fw.program },
        { path: ['program'], input: program?.id ?? null },
      ),
    );
  if (problems.length > 0) return err(problems);
  const c = compileFramework(fw);

  // The applications and their reviews.
  const byId = new Map<string, { app: Application; index: number; reviews: IndexedReview[] }>();
  // IDs are compared as staff would read them: 'R6-01' and 'Ｒ６－０１ ' are one application.
  const ids = new Map<string, string>();
  applications.forEach((app, index) => {
    const id = typeof app.id === 'string' ? app.id.trim() : '';
    if (id === '') {
      problems.push(
        reviewMessages.problem('review.application-missing', {}, { path: ['applications', index, 'id'] }),
      );
      return;
    }
    const key = applicationKey(id);
    if (byId.has(key)) {
      problems.push(
        reviewMessages.problem(
          'review.duplicate-application',
          { application: id },
          { path: ['applications', index, 'id'], input: app.id },
        ),
      );
      return;
    }
    byId.set(key, { app, index, reviews: [] });
    ids.set(key, id);
  });
  const panel: string[] = [];
  const seen = new Set<string>();
  reviews.forEach((review, index) => {
    const target = byId.get(applicationKey(review.application));
    if (target === undefined) {
      problems.push(
        reviewMessages.problem(
          'review.unknown-application',
          { reviewer: review.reviewer, application: review.application.trim() },
          { path: ['reviews', index, 'application'], input: review.application },
        ),
      );
      return;
    }
    target.reviews.push({ review, index });
    const key = reviewerKey(review.reviewer);
    if (!seen.has(key)) {
      seen.add(key);
      panel.push(review.reviewer.trim());
    }
  });
  const members = options.panel ?? panel;

  // Scores, and the program's amount for each.
  const entries: Entry[] = [];
  const reported = new Set<string>();
  for (const [key, { app, index, reviews: own }] of byId) {
    const id = ids.get(key) as string;
    const requested = parseYen(app.requested, { path: ['applications', index, 'requested'] });
    if (!requested.ok) problems.push(...requested.problems);
    const result = scoreOne(c, id, own, members, ['reviews']);
    for (const p of result.problems) {
      const key = `${p.code}\u0000${p.message.en}`;
      if (!reported.has(key)) problems.push(p);
      reported.add(key);
    }
    warnings.push(...result.warnings);
    let subsidy: SubsidyResult | undefined;
    if (program !== undefined) {
      const fiscalYear: FiscalYear | string | undefined = app.fiscalYear ?? options.fiscalYear;
      const computed = computeSubsidy(program, {
        fiscalYear: fiscalYear as FiscalYear | string,
        eligibleExpense: app.eligibleExpense as Yen | string,
        ...(app.ineligibleExpense === undefined ? {} : { ineligibleExpense: app.ineligibleExpense }),
        ...(app.prior === undefined ? {} : { prior: app.prior }),
        ...(app.facts === undefined ? {} : { facts: app.facts }),
      });
      if (computed.ok) subsidy = computed.value;
      else
        for (const p of computed.problems) {
          const moved =
            p.code === 'subsidy.missing-parameter'
              ? atPath(p, ['program'])
              : atPath(p, ['applications', index]);
          const key = `${moved.code}\u0000${moved.message.en}\u0000${p.code === 'subsidy.missing-parameter' ? '' : index}`;
          if (!reported.has(key)) problems.push(moved);
          reported.add(key);
        }
    }
    if (requested.ok && result.scored !== undefined)
      entries.push({
        app,
        index,
        id,
        requested: requested.value,
        scored: result.scored,
        ...(subsidy === undefined ? {} : { subsidy }),
      });
  }
  if (problems.length > 0) return err([...problems, ...warnings]);

  // Rank: score (exact) descending; ties by the tie rule; what it cannot tell apart by ID.
  const bySmaller = fw.tie?.rule === 'smaller-request';
  const byScore = (a: Entry, b: Entry) => compareFractions(b.scored.exact, a.scored.exact);
  entries.sort((a, b) => {
    const s = byScore(a, b);
    if (s !== 0) return s;
    if (bySmaller && a.requested !== b.requested) return a.requested - b.requested;
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  });
  const tied = entries.some((e, i) => i > 0 && byScore(entries[i - 1] as Entry, e) === 0);
  if (tied && fw.tie === undefined) return err(missingParameters(fw, ['tie']));

  const ranks: number[] = [];
  entries.forEach((e, i) => {
    const prev = entries[i - 1];
    const same =
      prev !== undefined && byScore(prev, e) === 0 && (!bySmaller || prev.requested === e.requested);
    ranks.push(same ? (ranks[i - 1] as number) : i + 1);
  });

  // Groups of equal score, for the rank step and the notes.
  const notes: Problem[] = [];
  const groupOf = new Map<Entry, Entry[]>();
  for (let i = 0; i < entries.length; ) {
    let j = i + 1;
    while (j < entries.length && byScore(entries[i] as Entry, entries[j] as Entry) === 0) j++;
    const group = entries.slice(i, j);
    for (const e of group) groupOf.set(e, group);
    i = j;
  }
  const position = new Map<Entry, number>(entries.map((e, i) => [e, i]));
  for (let i = 0; i < entries.length; ) {
    let j = i + 1;
    while (j < entries.length && ranks[j] === ranks[i]) j++;
    if (j - i > 1) {
      const first = entries[i] as Entry;
      notes.push(
        reviewMessages.problem(
          'review.tie-unresolved',
          {
            applications: idList(entries.slice(i, j).map((u) => u.id)),
            rank: ranks[i] as number,
            why: bySmaller ? '申請額も同じです' : '同点は審査会が決める定めです',
            whyEn: bySmaller ? 'the same request' : 'the committee decides ties',
          },
          {
            path: ['applications', first.index],
            rule: 'X3',
            ...(fw.tie === undefined ? {} : { source: fw.tie.source }),
          },
        ),
      );
    }
    i = j;
  }

  // Fund in rank order.
  let remaining = money.ok ? money.value : 0;
  const total = remaining;
  let stopped = false;
  const ranked: RankedApplication[] = [];
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i] as Entry;
    const rank = ranks[i] as number;
    const { score } = e.scored;
    const steps: ReviewStep[] = [...score.steps];
    const group = groupOf.get(e) ?? [e];
    const tie =
      group.length < 2
        ? null
        : {
            others: idList(group.filter((o) => o !== e).map((o) => o.id)),
            count: group.length - 1,
            how: group.some((o) => o !== e && ranks[position.get(o) as number] === rank)
              ? ('unresolved' as const)
              : ('smaller-request' as const),
          };
    steps.push(
      step(
        'rank',
        'X3',
        tie === null || fw.tie === undefined ? fw.source : fw.tie.source,
        { score: score.score, tiedWith: tie?.count ?? 0 },
        rank,
        () => rankSentence(rank, score.score, tie),
      ),
    );
    const subsidy = e.subsidy;
    const eligible = subsidy === undefined ? true : subsidy.eligible;
    const computed = subsidy === undefined ? null : subsidy.eligible ? subsidy.amount : 0;
    const basis = computed === null ? e.requested : Math.min(e.requested, computed);
    if (subsidy !== undefined && program !== undefined)
      steps.push(
        step(
          'subsidy',
          program.rule ?? 'X3',
          program.source,
          { program: program.id, requested: e.requested, computed, eligible },
          basis,
          () => subsidySentence(program.names, eligible, computed ?? 0, e.requested, basis),
        ),
      );
    let outcome: Outcome;
    let award = 0;
    let how: 'refuse' | 'refuse-and-stop' | 'stopped' | 'empty' | 'reduce' | null = null;
    const before = remaining;
    let unit = 1;
    if (!score.passed) outcome = 'below-threshold';
    else if (!eligible) outcome = 'not-eligible';
    else if (stopped) {
      outcome = 'no-budget';
      how = 'stopped';
    } else if (basis <= remaining) {
      outcome = 'funded';
      award = basis;
    } else if (remaining === 0) {
      outcome = 'no-budget';
      how = 'empty';
    } else {
      const reduction = fw.reduction;
      if (reduction === undefined) return err(missingParameters(fw, ['reduction']));
      unit = reduction.unit ?? 1;
      if (reduction.rule === 'reduce') {
        award = Math.floor(remaining / unit) * unit;
        outcome = award > 0 ? 'reduced' : 'no-budget';
        how = 'reduce';
      } else {
        outcome = 'no-budget';
        how = reduction.rule;
        if (reduction.rule === 'refuse-and-stop') stopped = true;
      }
    }
    remaining -= award;
    const awardSource =
      how === 'reduce' || how === 'refuse' || how === 'refuse-and-stop'
        ? (fw.reduction?.source ?? fw.source)
        : fw.source;
    steps.push(
      step('award', 'X3', awardSource, { basis, before, outcome }, award, () =>
        awardSentence(outcome, basis, before, award, how, unit),
      ),
    );
    ranked.push({
      application: e.id,
      ...(e.app.name === undefined ? {} : { name: e.app.name }),
      ...(e.app.applicant === undefined ? {} : { applicant: e.app.applicant }),
      requested: e.requested,
      rank,
      score: score.score,
      maximum: score.maximum,
      passed: score.passed,
      computed,
      basis,
      award,
      outcome,
      review: score,
      ...(subsidy === undefined ? {} : { subsidy }),
      steps,
    });
  }
  return ok(
    { framework: fw.id, budget: total, awarded: total - remaining, remaining, applications: ranked, notes },
    [...warnings, ...notes],
  );
}

/** Shown in a sentence: the IDs of a tie, the first few and how many more (a round of thousands ties by hundreds). */
const SHOWN = 5;
function idList(ids: readonly string[]): string {
  return ids.length <= SHOWN
    ? ids.join('、')
    : `${ids.slice(0, SHOWN).join('、')} ほか ${ids.length - SHOWN} 件`;
}
