import {
  type Application,
  type Bilingual,
  computeSubsidy,
  type EvaluationInput,
  explainSubsidy,
  type Framework,
  findProgram,
  findReviewFramework,
  formatSource,
  type Problem,
  type Profile,
  parseDate,
  parseYen,
  type Review,
  type ReviewStep,
  rankApplications,
  type Source,
  type SubsidyStep,
  scoreEvaluation,
  settleSubsidy,
} from '@kyodo/core';
import { columnIndex } from '../grid/a1.js';
import type { CellValue, Grid } from '../grid/Grid.js';
import type { SheetKind } from '../report/Report.js';
import { validateSheet } from '../report/validateSheet.js';
import { pathText } from './_pathText.js';
import { profileTestMessages } from './messages.js';
import {
  evaluationWords,
  issueWords,
  noFrameworkWords,
  rankedWords,
  stepWords,
  UNKNOWN,
} from './profileTestWords.js';
import type { IssueExpected, inputSchemas, ProfileTest, ProfileTestFile } from './schema.js';

type InputOf<K extends keyof typeof inputSchemas> = ReturnType<(typeof inputSchemas)[K]['parse']>;

/** One expectation that did not hold: where in the test, what was expected, what kyodo gave. */
export interface TestFailure {
  /** 'expect.amount', 'expect.applications.A-01.award', 'expect.issues'. */
  readonly path: string;
  readonly expected: unknown;
  readonly actual: unknown;
}

/**
 * What became of one test: 'pass', 'fail' (an expectation did not hold: each failure, and the
 * steps that led to the result, as sentences with their citations), or 'invalid' (it names a
 * program, framework or kind the profile lacks: a bad file, with its problems).
 */
export interface TestOutcome {
  readonly file: string;
  readonly index: number;
  readonly name: string;
  readonly kind: ProfileTest['kind'];
  readonly source?: string;
  readonly status: 'pass' | 'fail' | 'invalid';
  readonly failures: readonly TestFailure[];
  readonly problems: readonly Problem[];
  /** How kyodo reached its result: the computation's steps, or the issues it found. */
  readonly explanation: readonly Bilingual[];
}

/** The outcomes of one file's tests on one profile. */
export interface ProfileTestRun {
  readonly file: string;
  readonly profile: string;
  readonly outcomes: readonly TestOutcome[];
  readonly passed: number;
  readonly failed: number;
  readonly invalid: number;
}

const DEFAULT_MARGIN = 1e-9;

/**
 * Run a profile's test file (docs/profiles.md "テストを書く") on a profile: each test's input is
 * computed as kyodo computes it everywhere — a subsidy with computeSubsidy (RULES S-*), a
 * settlement with settleSubsidy (S-common), an evaluation with scoreEvaluation (E7), a review
 * round with rankApplications (X3), sheet rows with validateSheet (docs/sheets.md) — and each
 * expectation is compared: amounts exactly in yen, means and scores within the test's margin,
 * issues as the exact list of codes of every problem the computation gave (errors, warnings and
 * notes; for sheet rows, those on the rows, not those about the sheet as a whole).
 * A failing test carries the steps that led to the amount, each with its citation.
 *
 * @example
 * const file = unwrap(readProfileTests(yamlData, 'ichinoseki.yaml'));
 * runProfileTests(unwrap(getProfile('ichinoseki')), file).failed //=> 0
 */
export function runProfileTests(profile: Profile, file: ProfileTestFile): ProfileTestRun {
  const outcomes = file.tests.map((test) => runOne(profile, file, test));
  return {
    file: file.file,
    profile: profile.id,
    outcomes,
    passed: outcomes.filter((o) => o.status === 'pass').length,
    failed: outcomes.filter((o) => o.status === 'fail').length,
    invalid: outcomes.filter((o) => o.status === 'invalid').length,
  };
}

interface Check {
  readonly failures: TestFailure[];
  readonly margin: number;
}

function runOne(profile: Profile, file: ProfileTestFile, test: ProfileTest): TestOutcome {
  const head = {
    file: file.file,
    index: test.index,
    name: test.name,
    kind: test.kind,
    ...(test.source === undefined ? {} : { source: test.source }),
  };
  const check: Check = { failures: [], margin: test.margin ?? DEFAULT_MARGIN };
  const invalid = (path: (string | number)[], detail: Bilingual): TestOutcome => ({
    ...head,
    status: 'invalid',
    failures: [],
    problems: [
      profileTestMessages.problem(
        'tests.reference',
        {
          file: file.file,
          test: test.name,
          path: pathText(['tests', test.index, ...path]),
          detailJa: detail.ja,
          detailEn: detail.en,
        },
        { path: ['tests', test.index, ...path] },
      ),
    ],
    explanation: [],
  });
  let explanation: Bilingual[] = [];
  const e = test.expect;
  switch (test.kind) {
    case 'subsidy': {
      const input = test.input as InputOf<'subsidy'>;
      const program = findProgram(profile, input.program);
      if (!program.ok) return invalid(['subsidy', 'program'], firstMessage(program.problems));
      const r = computeSubsidy(program.value, {
        fiscalYear: input.fiscalYear,
        eligibleExpense: input.eligibleExpense,
        ...(input.ineligibleExpense === undefined ? {} : { ineligibleExpense: input.ineligibleExpense }),
        ...(input.prior === undefined ? {} : { prior: input.prior }),
        ...(input.facts === undefined ? {} : { facts: factsOf(input.facts) }),
      });
      if (r.ok) {
        explanation = subsidyStepsText(r.value);
        compareValue(check, 'expect.eligible', e.eligible, r.value.eligible);
        compareYen(check, 'expect.amount', e.amount, r.value.amount);
        compareValue(check, 'expect.limitedBy', e.limitedBy, r.value.limitedBy);
        compareIssues(check, e.issues, issuesOf([...r.value.reasons, ...r.warnings]));
      } else {
        explanation = r.problems.map((p) => p.message);
        notComputed(check, e, ['eligible', 'amount', 'limitedBy'], r.problems);
        compareIssues(check, e.issues, issuesOf(r.problems));
      }
      break;
    }
    case 'settlement': {
      const input = test.input as InputOf<'settlement'>;
      const program = findProgram(profile, input.program);
      if (!program.ok) return invalid(['settlement', 'program'], firstMessage(program.problems));
      const r = settleSubsidy(program.value, {
        fiscalYear: input.fiscalYear,
        advance: input.advance,
        actualEligibleExpense: input.actualEligibleExpense,
        ...(input.actualIneligibleExpense === undefined
          ? {}
          : { actualIneligibleExpense: input.actualIneligibleExpense }),
        ...(input.granted === undefined ? {} : { granted: input.granted }),
        ...(input.prior === undefined ? {} : { prior: input.prior }),
        ...(input.facts === undefined ? {} : { facts: factsOf(input.facts) }),
      });
      if (r.ok) {
        explanation = subsidyStepsText(r.value);
        compareValue(check, 'expect.eligible', e.eligible, r.value.eligible);
        compareYen(check, 'expect.computed', e.computed, r.value.computed);
        compareYen(check, 'expect.settled', e.settled, r.value.settled);
        compareYen(check, 'expect.refund', e.refund, r.value.refund);
        compareYen(check, 'expect.furtherPayment', e.furtherPayment, r.value.furtherPayment);
        compareIssues(check, e.issues, issuesOf([...r.value.reasons, ...r.warnings]));
      } else {
        explanation = r.problems.map((p) => p.message);
        notComputed(check, e, ['eligible', 'computed', 'settled', 'refund', 'furtherPayment'], r.problems);
        compareIssues(check, e.issues, issuesOf(r.problems));
      }
      break;
    }
    case 'evaluation': {
      const input = test.input as InputOf<'evaluation'>;
      const frameworks = profile.evaluation.frameworks;
      const framework: Framework | undefined =
        input.framework === undefined
          ? (frameworks.find((f) => f.id === profile.evaluation.default) ?? frameworks[0])
          : frameworks.find((f) => f.id === input.framework);
      if (framework === undefined)
        return invalid(
          ['evaluation', 'framework'],
          noFrameworkWords(
            profile.id,
            input.framework ?? '',
            frameworks.map((f) => f.id),
          ),
        );
      const evaluation: EvaluationInput = {
        project: input.project ?? test.name,
        evaluator: input.evaluator,
        answers: input.answers,
      };
      const r = scoreEvaluation(framework, evaluation);
      if (r.ok) {
        const labels = new Map(framework.items.map((i) => [i.id, i.label.ja]));
        explanation = [evaluationWords(framework.label, r.value.levels, labels, r.value.mean)];
        if (e.mean !== undefined) compareNumber(check, 'expect.mean', e.mean as number | null, r.value.mean);
        compareValue(check, 'expect.answered', e.answered, r.value.answered);
        compareValue(check, 'expect.unanswered', e.unanswered, r.value.unanswered);
        compareIssues(check, e.issues, issuesOf(r.warnings));
      } else {
        explanation = r.problems.map((p) => p.message);
        notComputed(check, e, ['mean', 'answered', 'unanswered'], r.problems);
        compareIssues(check, e.issues, issuesOf(r.problems));
      }
      break;
    }
    case 'review': {
      const input = test.input as InputOf<'review'>;
      const framework = findReviewFramework(profile, input.framework);
      if (!framework.ok) return invalid(['review', 'framework'], firstMessage(framework.problems));
      const named = framework.value.program;
      const program = named === undefined ? undefined : findProgram(profile, named);
      const applications: Application[] = input.applications.map((a) => ({
        ...a,
        id: String(a.id),
      }));
      const reviews: Review[] = input.reviews.map((r) => ({ ...r, application: String(r.application) }));
      const r = rankApplications(applications, reviews, input.budget, {
        framework: framework.value,
        ...(program?.ok === true ? { program: program.value } : {}),
        ...(input.fiscalYear === undefined ? {} : { fiscalYear: input.fiscalYear }),
        ...(input.panel === undefined ? {} : { panel: input.panel }),
      });
      if (r.ok) {
        const expected = (e.applications ?? {}) as Readonly<
          Record<string, Readonly<Record<string, unknown>>>
        >;
        const wrong = new Set<string>();
        for (const [id, want] of Object.entries(expected)) {
          const got = r.value.applications.find((a) => a.application === id);
          const at = `expect.applications.${id}`;
          if (got === undefined) {
            check.failures.push({ path: at, expected: want, actual: null });
            continue;
          }
          const before = check.failures.length;
          compareValue(check, `${at}.rank`, want.rank, got.rank);
          if (want.score !== undefined) compareNumber(check, `${at}.score`, want.score as number, got.score);
          compareValue(check, `${at}.passed`, want.passed, got.passed);
          compareYen(check, `${at}.award`, want.award, got.award);
          compareValue(check, `${at}.outcome`, want.outcome, got.outcome);
          if (check.failures.length !== before) wrong.add(id);
        }
        compareYen(check, 'expect.awarded', e.awarded, r.value.awarded);
        compareYen(check, 'expect.remaining', e.remaining, r.value.remaining);
        compareIssues(check, e.issues, issuesOf(r.warnings));
        const shown = r.value.applications.filter((a) => wrong.size === 0 || wrong.has(a.application));
        explanation = shown.flatMap((a) => [rankedWords(a), ...stepsText(a.steps)]);
      } else {
        explanation = r.problems.map((p) => p.message);
        notComputed(check, e, ['applications', 'awarded', 'remaining'], r.problems);
        compareIssues(check, e.issues, issuesOf(r.problems));
      }
      break;
    }
    case 'sheet': {
      const input = test.input as InputOf<'sheet'>;
      // readProfileTests makes sure a sheet test has its day, in the test or for the file.
      const todayText = input.today ?? file.today;
      const today = parseDate(todayText);
      if (!today.ok) return invalid(['sheet', 'today'], firstMessage(today.problems));
      const { grid, headers } = gridOf(test.name, input.rows);
      const report = validateSheet(grid, {
        profile,
        today: today.value,
        ...(input.kind === undefined ? {} : { mapping: { kind: input.kind as SheetKind } }),
      });
      const found: FoundIssue[] = [];
      for (const issue of report.issues) {
        if (issue.row === null) continue;
        for (const cell of issue.places ?? [issue.cell ?? `${issue.column ?? 'A'}${issue.row}`]) {
          const m = /^([A-Z]+)(\d+)$/u.exec(cell);
          const row = m === null ? issue.row : Number(m[2]);
          const col = m === null ? undefined : columnIndex(m[1] as string);
          found.push({
            code: issue.code,
            row: row - 1,
            ...(col === undefined || headers[col] === undefined ? {} : { column: headers[col] as string }),
          });
        }
      }
      explanation = report.issues
        .filter((i) => i.severity !== 'info')
        .map((i) => issueWords(i.cell, i.message));
      compareValue(check, 'expect.kind', e.kind, report.kind);
      compareIssues(check, e.issues, found);
      break;
    }
  }
  return {
    ...head,
    status: check.failures.length === 0 ? 'pass' : 'fail',
    failures: check.failures,
    problems: [],
    explanation,
  };
}

interface FoundIssue {
  readonly code: string;
  readonly row?: number;
  readonly column?: string;
}

/** A grid from rows of header → value: the headers in the order they first appear, on row 1. */
function gridOf(
  name: string,
  rows: readonly Readonly<Record<string, CellValue>>[],
): { grid: Grid; headers: string[] } {
  const headers: string[] = [];
  for (const row of rows) for (const key of Object.keys(row)) if (!headers.includes(key)) headers.push(key);
  const values: CellValue[][] = [headers, ...rows.map((row) => headers.map((h) => row[h] ?? null))];
  return { grid: { name, values }, headers };
}

function factsOf(facts: InputOf<'subsidy'>['facts']): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(facts ?? {})) if (v !== undefined) out[k] = String(v);
  return out;
}

function firstMessage(problems: readonly Problem[]): Bilingual {
  const p = problems.find((q) => q.severity === 'error') ?? problems[0];
  return p === undefined ? UNKNOWN : p.message;
}

function citation(rule: string | undefined, source: Source): string {
  return rule === undefined || source.rule !== undefined
    ? formatSource(source)
    : `${formatSource(source)} (${rule})`;
}

/** A subsidy's or a settlement's steps, numbered: the sentences as core explains them (explainSubsidy). */
function subsidyStepsText(result: { readonly steps: readonly SubsidyStep[] }): Bilingual[] {
  const ja = explainSubsidy(result, 'ja');
  const en = explainSubsidy(result, 'en');
  return result.steps.map((s, i) =>
    stepWords(i + 1, { ja: ja[i] ?? '', en: en[i] ?? '' }, citation(s.rule, s.source)),
  );
}

function stepsText(steps: readonly ReviewStep[]): Bilingual[] {
  return steps.map((s, i) => stepWords(i + 1, s.sentence, citation(s.rule, s.source)));
}

function issuesOf(problems: readonly Problem[]): FoundIssue[] {
  return problems.map((p) => ({ code: p.code }));
}

function compareValue(check: Check, path: string, expected: unknown, actual: unknown): void {
  if (expected === undefined) return;
  if (JSON.stringify(expected) !== JSON.stringify(actual)) check.failures.push({ path, expected, actual });
}

function compareYen(check: Check, path: string, expected: unknown, actual: number): void {
  if (expected === undefined) return;
  const want = parseYen(expected);
  if (!want.ok || want.value !== actual) check.failures.push({ path, expected, actual });
}

function compareNumber(check: Check, path: string, expected: number | null, actual: number | null): void {
  const same =
    expected === null || actual === null ? expected === actual : Math.abs(expected - actual) <= check.margin;
  if (!same) check.failures.push({ path, expected, actual });
}

/** Expectations of a result that could not be computed: each fails, saying why. */
function notComputed(
  check: Check,
  e: Readonly<Record<string, unknown>>,
  keys: readonly string[],
  problems: readonly Problem[],
): void {
  const codes = problems.filter((p) => p.severity === 'error').map((p) => p.code);
  for (const key of keys)
    if (e[key] !== undefined)
      check.failures.push({ path: `expect.${key}`, expected: e[key], actual: { notComputed: codes } });
}

/** The expected issues against those found: each expected one matches a distinct one found, and none is left over. */
function compareIssues(check: Check, expected: unknown, found: readonly FoundIssue[]): void {
  if (expected === undefined) return;
  const wants = expected as readonly IssueExpected[];
  const left = [...found];
  let ok = true;
  for (const want of wants) {
    const w = typeof want === 'string' ? { code: want } : want;
    const at = left.findIndex(
      (f) =>
        f.code === w.code &&
        (w.row === undefined || f.row === w.row) &&
        (w.column === undefined || f.column === w.column),
    );
    if (at === -1) ok = false;
    else left.splice(at, 1);
  }
  if (!ok || left.length > 0)
    check.failures.push({
      path: 'expect.issues',
      expected: wants,
      actual: found.map((f) =>
        f.row === undefined
          ? f.code
          : { code: f.code, row: f.row, ...(f.column === undefined ? {} : { column: f.column }) },
      ),
    });
}
