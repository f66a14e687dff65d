import {
  type Application,
  type FiscalYear,
  findProgram,
  fiscalYearOf,
  formatFiscalYear,
  matchKey,
  normaliseText,
  type Outcome,
  type Problem,
  type Program,
  type Review,
  type ReviewFramework,
  type ReviewStep,
  rankApplications,
  scoreReview,
  unitFromHeader,
  type Yen,
} from '@kyodo/core';
import { precheck } from '../cells/Cell.js';
import { normaliseFiscalYearCell } from '../cells/normaliseFiscalYearCell.js';
import { normaliseTextCell } from '../cells/normaliseTextCell.js';
import { fastYen, normaliseYenCell } from '../cells/normaliseYenCell.js';
import { columnIndex } from '../grid/a1.js';
import type { CellValue } from '../grid/Grid.js';
import { criterionField } from '../headers/compileProfile.js';
import { finding } from '../report/Finding.js';
import { sheetsMessages } from '../report/sheetsMessages.js';
import { addProblems, columnMissing, fastText, type KindContext, rawAt, readColumn } from './context.js';
import { CHECK_WORDS, checksText, programAmountWords } from './kindWords.js';

/** One application as the review sheet scores it (RULES X3). */
export interface ReviewApplicationScore {
  /** 1-based row where the application first appears. */
  readonly row: number;
  readonly application: string;
  readonly name?: string;
  readonly applicant?: string;
  readonly requested: Yen | null;
  readonly score: number;
  readonly maximum: number;
  readonly threshold: number;
  readonly passed: boolean;
  /** Reviewers counted, and those left out for a conflict of interest. */
  readonly counted: number;
  readonly conflicts: readonly string[];
}

/** One application in the ranking of a review sheet (core rankApplications). */
export interface ReviewRankEntry {
  readonly row: number;
  readonly application: string;
  readonly name?: string;
  readonly applicant?: string;
  readonly rank: number;
  readonly score: number;
  readonly maximum: number;
  readonly passed: boolean;
  readonly requested: Yen;
  /** What the framework's program allows, or null without one. */
  readonly computed: Yen | null;
  /** The amount awarded and what happened, or null when no budget was given. */
  readonly award: Yen | null;
  readonly outcome: Outcome | null;
  /** How the score, the rank and the award came about, each step citing its rule. */
  readonly steps: readonly ReviewStep[];
}

/** The scores of a review sheet (審査集計表, RULES X3). */
export interface ReviewScores {
  readonly framework: string;
  /** 'rows': one row per reviewer and application; 'columns': one column per reviewer. */
  readonly layout: 'rows' | 'columns';
  readonly reviewers: readonly string[];
  readonly applications: readonly ReviewApplicationScore[];
  /** Applications that could not be scored (see their issues). */
  readonly unscored: readonly { readonly row: number; readonly application: string }[];
  /** The budget the ranking was funded from, or null when none was given. */
  readonly budget: Yen | null;
  readonly awarded: Yen | null;
  readonly remaining: Yen | null;
  /** In rank order; null until every application can be scored. */
  readonly ranking: readonly ReviewRankEntry[] | null;
}

/** A reviewer's column header on a sheet with one column per reviewer: 委員A, 審査員1, 山田委員. */
const REVIEWER_HEADER = /委員|審査員/u;
/** A 利害関係 cell that marks a conflict, or its absence. */
const YES = new Set([
  '○',
  '〇',
  '◯',
  '●',
  '有',
  '有り',
  'あり',
  'はい',
  'レ',
  '✓',
  '✔',
  '1',
  'true',
  '該当',
  '利害関係あり',
  '除斥',
]);
const NO = new Set(['無', '無し', 'なし', 'いいえ', '×', '✕', '0', 'false', '非該当', '利害関係なし']);
/** A reviewer's cell that says the reviewer was left out: 利害関係, 除斥, 回避. */
const LEFT_OUT = /利害|除斥|回避/u;

/** Where a review's values are on the sheet (0-based). */
interface Place {
  readonly row: number;
  readonly reviewerCol: number | null;
  readonly totalCol: number | null;
  readonly conflictCol: number | null;
  readonly criterionCols: ReadonlyMap<string, number>;
}

interface AppRows {
  readonly key: string;
  id: string;
  readonly name?: string;
  readonly applicant?: string;
  readonly application?: string;
  readonly firstRow: number;
  requested?: Yen;
  requestedRow?: number;
  eligibleExpense?: Yen;
  fiscalYear?: FiscalYear;
  readonly reviews: { review: { -readonly [K in keyof Review]: Review[K] }; place: Place }[];
}

/**
 * Validate and score a review sheet (審査集計表, RULES X3; the program it serves:
 * 003_77c600037372601a.txt 第4章(1)⑦) against the profile's review framework, kept either way
 * staff keep it: one row per reviewer and application (審査員 | 事業名 | 公益性 | … | 合計 |
 * 利害関係), or one row per application with one column per reviewer (事業名 | 申請額 | 委員A |
 * 委員B | … | 合計). Each application is scored as core scoreReview scores it; a missing score,
 * a score off the scale, a total that disagrees with its points, a reviewer scoring an
 * application they are marked as conflicted on, and one application with two requests are
 * issues at their cells. When every application can be scored they are ranked and, with a
 * budget, funded (core rankApplications); otherwise the ranking waits and says why.
 */
export function validateReviews(
  ctx: KindContext,
  framework: ReviewFramework | undefined,
): ReviewScores | null {
  if (framework === undefined) {
    ctx.findings.push(
      finding(sheetsMessages.problem('reviews.framework-missing', { profile: ctx.profile.id }), null, null),
    );
    return null;
  }
  const { missing } = ctx;
  const o = { missing };
  const text = fastText(missing);
  const cols = ctx.resolution.columns;
  const reviewerCols: { col: number; name: string }[] = [];
  if (!cols.has('reviewer'))
    for (const u of ctx.resolution.unmapped) {
      const col = columnIndex(u.column);
      if (col !== undefined && REVIEWER_HEADER.test(normaliseText(u.header)))
        reviewerCols.push({ col, name: normaliseText(u.header) });
    }
  const layout: 'rows' | 'columns' = cols.has('reviewer') ? 'rows' : 'columns';
  if (layout === 'columns' && reviewerCols.length === 0) {
    ctx.findings.push(finding(sheetsMessages.problem('reviews.reviewers-missing', {}), null, null));
    return null;
  }

  // Who and what: the application's number, applicant and project name.
  const named = cols.has('application') || cols.has('applicant');
  const application = readColumn(ctx, 'application', (r) => normaliseTextCell(r, o), { fast: text });
  const applicant = readColumn(ctx, 'applicant', (r) => normaliseTextCell(r, o), { fast: text });
  const name = readColumn(ctx, 'name', (r) => normaliseTextCell(r, o), { fast: text, required: !named });
  const yenOf = (field: 'requested' | 'eligibleExpense') => {
    const header = ctx.resolution.headers.get(field);
    const u = header === undefined ? undefined : unitFromHeader(header);
    const opts = u === undefined ? o : { missing, unit: u };
    return readColumn(ctx, field, (r) => normaliseYenCell(r, opts), { fast: fastYen(u) });
  };
  const requested = yenOf('requested');
  const expense = yenOf('eligibleExpense');
  const fy = readColumn(ctx, 'fiscalYear', (r) => normaliseFiscalYearCell(r, o));
  const reviewer =
    layout === 'rows'
      ? readColumn(ctx, 'reviewer', (r) => normaliseTextCell(r, o), { fast: text, required: true })
      : undefined;
  readColumn(ctx, 'comment', (r) => normaliseTextCell(r, o), { memo: false, fast: text });

  // The criteria's columns (one row per reviewer): all of them, or none and a 合計 column.
  const criterionCols = new Map<string, number>();
  for (const c of framework.criteria) {
    const col = cols.get(criterionField(c.id));
    if (col !== undefined) criterionCols.set(c.id, col);
  }
  const totalCol = cols.get('total') ?? null;
  const conflictCol = cols.get('conflict') ?? null;
  let scorable = true;
  if (layout === 'rows' && (criterionCols.size > 0 || totalCol === null)) {
    for (const c of framework.criteria)
      if (!criterionCols.has(c.id)) {
        scorable = false;
        ctx.findings.push(
          finding(
            sheetsMessages.problem('reviews.criterion-column-missing', {
              criterion: c.label.ja,
              framework: framework.label.ja,
            }),
            null,
            null,
          ),
        );
      }
  }

  // Applications, in the order they first appear.
  const apps = new Map<string, AppRows>();
  const order: AppRows[] = [];
  const panel: string[] = layout === 'columns' ? reviewerCols.map((r) => r.name) : [];
  const inPanel = new Set(panel.map((n) => matchKey(n)));
  const failedCells = new Set<string>();
  const cellRaw = (row: number, col: number): unknown => {
    const raw = rawAt(ctx.grid, row, col);
    const pre = precheck(raw, o);
    if (pre === undefined) return raw;
    if (pre.status === 'invalid') {
      addProblems(ctx, pre.problems, row, col, raw);
      failedCells.add(`${row}:${col}`);
    }
    return undefined;
  };
  for (let i = 0; i < ctx.rows.length; i++) {
    const row = ctx.rows[i] as number;
    const number = application.values[i];
    const who = applicant.values[i];
    const project = name.values[i];
    if (number === undefined && who === undefined && project === undefined) continue;
    const key = matchKey(number ?? `${who ?? ''}\u0000${project ?? ''}`);
    let app = apps.get(key);
    if (app === undefined) {
      app = {
        key,
        id: number ?? project ?? who ?? '',
        ...(project === undefined ? {} : { name: project }),
        ...(who === undefined ? {} : { applicant: who }),
        ...(number === undefined ? {} : { application: number }),
        firstRow: row,
        reviews: [],
      };
      apps.set(key, app);
      order.push(app);
    }
    const asked = requested.values[i];
    if (asked !== undefined) {
      if (app.requested === undefined) {
        app.requested = asked;
        app.requestedRow = row;
      } else if (app.requested !== asked) {
        ctx.findings.push(
          finding(
            sheetsMessages.problem('reviews.request-differs', {
              application: app.id,
              first: app.requested,
              firstRow: (app.requestedRow ?? row) + 1,
              seen: asked,
            }),
            row,
            requested.col ?? null,
            rawAt(ctx.grid, row, requested.col as number),
          ),
        );
      }
    }
    const spent = expense.values[i];
    if (app.eligibleExpense === undefined && spent !== undefined) app.eligibleExpense = spent;
    const year = fy.values[i];
    if (app.fiscalYear === undefined && year !== undefined) app.fiscalYear = year;

    if (layout === 'rows') {
      const person = reviewer?.values[i];
      if (person === undefined) continue;
      if (!inPanel.has(matchKey(person))) {
        inPanel.add(matchKey(person));
        panel.push(person);
      }
      const conflict = conflictCol === null ? false : readMark(ctx, row, conflictCol);
      const scores: Record<string, unknown> = {};
      for (const [id, col] of criterionCols) {
        const v = cellRaw(row, col);
        if (v !== undefined) scores[id] = v;
      }
      const total = totalCol === null ? undefined : cellRaw(row, totalCol);
      app.reviews.push({
        review: {
          reviewer: person,
          application: app.id,
          ...(criterionCols.size > 0 ? { scores } : {}),
          ...(total === undefined ? {} : { total }),
          ...(conflict === true ? { conflict: true } : {}),
        },
        place: { row, reviewerCol: reviewer?.col ?? null, totalCol, conflictCol, criterionCols },
      });
    } else {
      // One column per reviewer: a 利害関係 column names who is left out; so does 利害関係 in a reviewer's cell.
      const outNamed =
        conflictCol === null ? new Set<string>() : conflictNames(ctx, row, conflictCol, reviewerCols);
      let sum = 0;
      let numbers = 0;
      for (const rc of reviewerCols) {
        const raw = rawAt(ctx.grid, row, rc.col);
        const leftOut = typeof raw === 'string' && LEFT_OUT.test(raw);
        const v = leftOut ? undefined : cellRaw(row, rc.col);
        const conflict = leftOut || outNamed.has(matchKey(rc.name));
        const n =
          typeof v === 'number'
            ? v
            : typeof v === 'string'
              ? Number(normaliseText(v).replace(/点$/u, ''))
              : Number.NaN;
        if (!conflict && Number.isFinite(n)) {
          sum += n;
          numbers++;
        }
        app.reviews.push({
          review: {
            reviewer: rc.name,
            application: app.id,
            ...(v === undefined ? {} : { total: v }),
            ...(conflict ? { conflict: true } : {}),
          },
          place: {
            row,
            reviewerCol: rc.col,
            totalCol: rc.col,
            conflictCol: rc.col,
            criterionCols: new Map(),
          },
        });
      }
      checkSum(ctx, row, totalCol, '合計', sum);
      checkSum(ctx, row, cols.get('mean') ?? null, '平均', numbers === 0 ? Number.NaN : sum / numbers);
    }
    if ((i & 1023) === 1023) ctx.progress(i + 1);
  }
  // With one row per application and reviewer, the same application found under two spellings of its ID keeps the first.
  for (const app of order)
    if (app.application === undefined && app.applicant !== undefined && app.name !== undefined) {
      const sameName = order.filter((a) => a.name === app.name).length > 1;
      if (sameName) app.id = `${app.name}（${app.applicant}）`;
    }
  for (const app of order) for (const r of app.reviews) r.review.application = app.id;

  // Score each application; problems go to their cells, a missing parameter once for the sheet.
  const scored: ReviewApplicationScore[] = [];
  const unscored: { row: number; application: string }[] = [];
  const said = new Set<string>();
  const say = (p: Problem, place: Place | undefined) => {
    if (place === undefined || p.code === 'review.missing-parameter') {
      const key = `${p.code}\u0000${p.message.en}`;
      if (said.has(key)) return;
      said.add(key);
      ctx.findings.push(
        finding(p, p.code === 'review.missing-parameter' ? null : (place?.row ?? null), null),
      );
      return;
    }
    const col = colOf(p, place);
    if (col !== null && failedCells.has(`${place.row}:${col}`)) return;
    ctx.findings.push(finding(p, place.row, col, col === null ? undefined : rawAt(ctx.grid, place.row, col)));
  };
  for (const app of order) {
    if (!scorable) {
      unscored.push({ row: app.firstRow + 1, application: app.id });
      continue;
    }
    const reviews = app.reviews.map((r) => r.review);
    const r = scoreReview(framework, { application: app.id, reviews, panel });
    const placeOf = (p: Problem) => {
      const i = p.path[0] === 'reviews' && typeof p.path[1] === 'number' ? p.path[1] : undefined;
      return i === undefined
        ? {
            row: app.firstRow,
            reviewerCol: null,
            totalCol: null,
            conflictCol: null,
            criterionCols: new Map(),
          }
        : app.reviews[i]?.place;
    };
    if (!r.ok) {
      for (const p of r.problems) say(p, placeOf(p));
      unscored.push({ row: app.firstRow + 1, application: app.id });
      continue;
    }
    for (const w of r.warnings) say(w, placeOf(w));
    scored.push({
      row: app.firstRow + 1,
      application: app.id,
      ...(app.name === undefined ? {} : { name: app.name }),
      ...(app.applicant === undefined ? {} : { applicant: app.applicant }),
      requested: app.requested ?? null,
      score: r.value.score,
      maximum: r.value.maximum,
      threshold: r.value.threshold,
      passed: r.value.passed,
      counted: r.value.counted,
      conflicts: r.value.reviewers.filter((x) => x.conflict).map((x) => x.reviewer),
    });
  }

  const base = {
    framework: framework.id,
    layout,
    reviewers: panel,
    applications: scored,
    unscored,
  };
  const none = { ...base, budget: null, awarded: null, remaining: null, ranking: null };
  ctx.progress(ctx.rows.length);
  if (unscored.length > 0) {
    ctx.findings.push(
      finding(
        sheetsMessages.problem('reviews.ranking-waits', {
          applications: unscored.map((u) => u.application).join('、'),
        }),
        null,
        null,
      ),
    );
    return none;
  }
  if (order.length === 0) return none;

  // Rank, and fund from the budget when one is given.
  if (requested.col === undefined) {
    columnMissing(ctx, 'requested', checksText(CHECK_WORDS.rankingAndAwards));
    return none;
  }
  let program: Program | undefined;
  if (framework.program !== undefined) {
    const found = findProgram(ctx.profile, framework.program);
    if (found.ok) program = found.value;
    if (expense.col === undefined) {
      columnMissing(ctx, 'eligibleExpense', checksText(programAmountWords(framework.program)));
      return none;
    }
  }
  let fiscalYear = ctx.review?.fiscalYear;
  if (program !== undefined && fiscalYear === undefined && fy.col === undefined) {
    fiscalYear = fiscalYearOf(ctx.today);
    ctx.findings.push(
      finding(
        sheetsMessages.problem('reviews.fiscal-year-assumed', { fiscalYear: formatFiscalYear(fiscalYear) }),
        null,
        null,
      ),
    );
  }
  const budget = ctx.review?.budget;
  if (budget === undefined)
    ctx.findings.push(finding(sheetsMessages.problem('reviews.no-budget', {}), null, null));
  const applications: Application[] = [];
  for (const app of order) {
    if (app.requested === undefined) continue;
    applications.push({
      id: app.id,
      ...(app.name === undefined ? {} : { name: app.name }),
      ...(app.applicant === undefined ? {} : { applicant: app.applicant }),
      requested: app.requested,
      ...(app.eligibleExpense === undefined ? {} : { eligibleExpense: app.eligibleExpense }),
      ...(app.fiscalYear === undefined ? {} : { fiscalYear: app.fiscalYear }),
    });
  }
  if (applications.length !== order.length) return none; // an empty 申請額 already has its issue
  const all: Review[] = order.flatMap((a) => a.reviews.map((r) => r.review));
  const ranking = rankApplications(applications, all, budget ?? 0, {
    framework,
    ...(program === undefined ? {} : { program }),
    ...(fiscalYear === undefined ? {} : { fiscalYear }),
    panel,
  });
  const byId = new Map(order.map((a) => [a.id, a]));
  if (!ranking.ok) {
    for (const p of ranking.problems) {
      const [head, index, field] = p.path;
      const app = head === 'applications' && typeof index === 'number' ? order[index] : undefined;
      if (app === undefined) {
        say(p, undefined);
        continue;
      }
      const col =
        field === 'eligibleExpense'
          ? expense.col
          : field === 'requested'
            ? requested.col
            : field === 'fiscalYear'
              ? fy.col
              : undefined;
      ctx.findings.push(
        finding(
          p,
          app.firstRow,
          col ?? null,
          col === undefined ? undefined : rawAt(ctx.grid, app.firstRow, col),
        ),
      );
    }
    return none;
  }
  for (const note of ranking.value.notes) {
    const index = note.path[1];
    const app = typeof index === 'number' ? order[index] : undefined;
    ctx.findings.push(finding(note, app?.firstRow ?? null, null));
  }
  const funded = budget !== undefined;
  return {
    ...base,
    budget: funded ? ranking.value.budget : null,
    awarded: funded ? ranking.value.awarded : null,
    remaining: funded ? ranking.value.remaining : null,
    ranking: ranking.value.applications.map((a) => ({
      row: (byId.get(a.application)?.firstRow ?? 0) + 1,
      application: a.application,
      ...(a.name === undefined ? {} : { name: a.name }),
      ...(a.applicant === undefined ? {} : { applicant: a.applicant }),
      rank: a.rank,
      score: a.score,
      maximum: a.maximum,
      passed: a.passed,
      requested: a.requested,
      computed: a.computed,
      award: funded ? a.award : null,
      outcome: funded ? a.outcome : null,
      steps: funded ? a.steps : a.steps.filter((s) => s.kind !== 'award'),
    })),
  };
}

/** The column a core review problem is about, on a review's place. */
function colOf(p: Problem, place: Place): number | null {
  const [, , field, key] = p.path;
  if (field === 'scores' && typeof key === 'string') return place.criterionCols.get(key) ?? null;
  if (field === 'total') return place.totalCol;
  if (field === 'conflict') return place.conflictCol;
  if (field === 'reviewer') return place.reviewerCol;
  return place.reviewerCol;
}

/** A 利害関係 mark on a row (one row per reviewer): true, false, or an issue at the cell (read as false). */
function readMark(ctx: KindContext, row: number, col: number): boolean {
  const raw = rawAt(ctx.grid, row, col);
  if (raw === null || raw === false) return false;
  if (raw === true) return true;
  const pre = precheck(raw, { missing: ctx.missing });
  if (pre !== undefined) {
    if (pre.status === 'invalid') addProblems(ctx, pre.problems, row, col, raw);
    return false;
  }
  const key = matchKey(String(typeof raw === 'object' ? '' : raw));
  if (YES.has(key)) return true;
  if (NO.has(key)) return false;
  ctx.findings.push(
    finding(sheetsMessages.problem('reviews.conflict-unreadable', { text: String(raw) }), row, col, raw),
  );
  return false;
}

/** The reviewers a 利害関係 cell names (one column per reviewer): 委員C, or 委員A・委員C. */
function conflictNames(
  ctx: KindContext,
  row: number,
  col: number,
  reviewers: readonly { col: number; name: string }[],
): Set<string> {
  const out = new Set<string>();
  const raw = rawAt(ctx.grid, row, col);
  if (typeof raw !== 'string') return out;
  const pre = precheck(raw, { missing: ctx.missing });
  if (pre !== undefined) return out;
  const known = new Set(reviewers.map((r) => matchKey(r.name)));
  for (const part of normaliseText(raw).split(/[、,，・\s/／]+/u)) {
    const key = matchKey(part);
    if (key === '' || NO.has(key)) continue;
    if (known.has(key)) out.add(key);
    else {
      ctx.findings.push(
        finding(sheetsMessages.problem('reviews.conflict-unreadable', { text: raw }), row, col, raw),
      );
      break;
    }
  }
  return out;
}

/** A 合計 or 平均 cell on a row against the reviewers' points (one column per reviewer). */
function checkSum(
  ctx: KindContext,
  row: number,
  col: number | null,
  what: '合計' | '平均',
  computed: number,
): void {
  if (col === null || !Number.isFinite(computed)) return;
  const raw: CellValue = rawAt(ctx.grid, row, col);
  const written =
    typeof raw === 'number'
      ? raw
      : typeof raw === 'string'
        ? Number(normaliseText(raw).replace(/点$/u, ''))
        : Number.NaN;
  if (!Number.isFinite(written)) return;
  // A 平均 is written rounded: it agrees when it rounds the same to its own decimals.
  const decimals = (String(written).split('.')[1] ?? '').length;
  const round = (n: number) => Math.round(n * 10 ** decimals) / 10 ** decimals;
  if (what === '合計' ? Math.abs(written - computed) > 1e-9 : round(computed) !== written)
    ctx.findings.push(
      finding(
        sheetsMessages.problem('reviews.sum-mismatch', {
          what,
          written,
          computed: Math.round(computed * 100) / 100,
        }),
        row,
        col,
        raw,
      ),
    );
}
