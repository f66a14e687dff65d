import {
  aggregateEvaluations,
  combineEvaluations,
  type EvaluationScore,
  type EvaluatorKind,
  type Framework,
  type GroupAggregate,
  type ItemAggregate,
  matchKey,
  type Problem,
  parseLevel,
  scoreEvaluation,
} from '@kyodo/core';
import { precheck } from '../cells/Cell.js';
import { normaliseEvaluatorCell } from '../cells/normaliseEnumCell.js';
import { normaliseTextCell } from '../cells/normaliseTextCell.js';
import { columnIndex } from '../grid/a1.js';
import { itemField } from '../headers/compileProfile.js';
import { matchHeader } from '../headers/KindMatcher.js';
import { likelyItem } from '../headers/likelyItem.js';
import { finding } from '../report/Finding.js';
import { sheetsMessages } from '../report/sheetsMessages.js';
import { addProblems, fastText, type KindContext, rawAt, readColumn, requiredColumns } from './context.js';

/** One evaluation row's score (RULES E7), as the CLI's JSON gives it. */
export interface EvaluationRowScore {
  readonly row: number;
  readonly project: string;
  readonly evaluator: EvaluatorKind;
  /** Weighted mean of the answered items' levels; null when nothing was answered. */
  readonly mean: number | null;
  readonly answered: number;
  readonly unanswered: readonly string[];
  /** Level value per answered item ID (core EvaluationScore). */
  readonly levels: Readonly<Record<string, number>>;
}

/** A gap of the gap threshold or more between the city and the partner on one item (E7). */
export interface EvaluationGap {
  readonly project: string;
  readonly item: string;
  readonly itemLabel: string;
  readonly city: number;
  readonly partner: number;
  readonly difference: number;
}

/** Per project: the mean of each evaluator kind, and the evaluators it lacks (E1). */
export interface EvaluationProjectScore {
  readonly project: string;
  readonly means: Readonly<Partial<Record<EvaluatorKind, number | null>>>;
  readonly missingEvaluators: readonly EvaluatorKind[];
}

/** Per item across projects (core aggregateEvaluations): the mean of every answer, pooled and per evaluator, with its label. */
export interface EvaluationItemScore extends ItemAggregate {
  readonly label: string;
}

/** The scores of an evaluation sheet (docs/sheets.md evaluations). */
export interface EvaluationScores {
  readonly framework: string;
  readonly evaluations: readonly EvaluationRowScore[];
  readonly projects: readonly EvaluationProjectScore[];
  readonly items: readonly EvaluationItemScore[];
  /** Per evaluator kind, per form and per domain (forms and domains from the workbook's project register). */
  readonly byEvaluator: readonly GroupAggregate[];
  readonly byForm: readonly GroupAggregate[];
  readonly byDomain: readonly GroupAggregate[];
  readonly gaps: readonly EvaluationGap[];
  /** Rows with a project and an evaluator that could not be scored (see their issues). */
  readonly unscored: readonly {
    readonly row: number;
    readonly project: string;
    readonly evaluator: EvaluatorKind;
  }[];
}

/**
 * Validate and score an evaluation sheet (協働事業評価シート, docs/sheets.md evaluations) against
 * the profile's framework its columns matched: every item answered with a level of the scale
 * (E7, core scoreEvaluation; unanswered items reported, never zero), an item with no column said
 * once for the sheet, each project evaluated by both the city and the partner (E1) and the gaps
 * between them (E7, core combineEvaluations). Scores per evaluation, per project, per item,
 * evaluator, form and domain (core aggregateEvaluations) and the gaps.
 */
export function validateEvaluations(
  ctx: KindContext,
  framework: Framework | undefined,
): EvaluationScores | null {
  if (framework === undefined) {
    ctx.findings.push(
      finding(
        sheetsMessages.problem('evaluations.framework-missing', { profile: ctx.profile.id }),
        null,
        null,
      ),
    );
    return null;
  }
  const { missing } = ctx;
  const o = { missing };
  const text = fastText(missing);
  requiredColumns(ctx);
  const itemCols = new Map<string, number>();
  const itemByLabel = new Map<string, string>();
  for (const item of framework.items) {
    itemByLabel.set(item.label.ja, item.id);
    const col = ctx.resolution.columns.get(itemField(item.id));
    if (col === undefined) {
      ctx.findings.push(
        finding(
          sheetsMessages.problem('evaluations.item-column-missing', {
            item: item.label.ja,
            framework: framework.label.ja,
          }),
          null,
          null,
        ),
      );
    } else itemCols.set(item.id, col);
  }
  unmappedLevelColumns(ctx, framework, itemCols);
  const project = readColumn(ctx, 'project', (r) => normaliseTextCell(r, o), { fast: text });
  const evaluator = readColumn(ctx, 'evaluator', (r) => normaliseEvaluatorCell(r, o));
  readColumn(ctx, 'comment', (r) => normaliseTextCell(r, o), { memo: false, fast: text });

  const scores: EvaluationScore[] = [];
  const rowsOf: number[] = [];
  const evaluations: EvaluationRowScore[] = [];
  const firstRow = new Map<string, number>();
  const partnerRow = new Map<string, number>();
  const seen = new Map<string, number>();
  // Evaluations present but unreadable: their evaluator is not reported missing as well.
  const unscored = new Set<string>(ctx.unscoredElsewhere ?? []);
  const unscoredRows: { row: number; project: string; evaluator: EvaluatorKind }[] = [];
  for (let i = 0; i < ctx.rows.length; i++) {
    const row = ctx.rows[i]!;
    const name = project.values[i];
    const who = evaluator.values[i];
    const answers: Record<string, unknown> = {};
    const failed = new Set<string>();
    for (const [id, col] of itemCols) {
      const raw = rawAt(ctx.grid, row, col);
      const pre = precheck(raw, o);
      if (pre === undefined) answers[id] = raw;
      else if (pre.status === 'invalid') {
        failed.add(id);
        addProblems(ctx, pre.problems, row, col, raw);
      }
    }
    if (name === undefined || who === undefined) continue;
    const key = matchKey(name);
    if (!firstRow.has(key)) firstRow.set(key, row);
    if (who === 'partner' && !partnerRow.has(key)) partnerRow.set(key, row);
    if (who === 'city' || who === 'partner') {
      const k = `${key}\u0000${who}`;
      const first = seen.get(k);
      if (first !== undefined) {
        ctx.findings.push(
          finding(
            sheetsMessages.problem('sheets.duplicate-row', {
              key: `${name} / ${who === 'city' ? '市' : '団体'}`,
              first: first + 1,
            }),
            row,
            project.col ?? null,
            rawAt(ctx.grid, row, project.col!),
          ),
        );
      } else seen.set(k, row);
    }
    const r = scoreEvaluation(framework, { project: name, evaluator: who, answers });
    const place = (p: Problem): number | null => {
      const [head, id] = p.path;
      if (head === 'answers' && typeof id === 'string') return itemCols.get(id) ?? null;
      if (head === 'project') return project.col ?? null;
      if (head === 'evaluator') return evaluator.col ?? null;
      return null;
    };
    if (!r.ok) {
      unscored.add(`${key}\u0000${who}`);
      unscoredRows.push({ row: row + 1, project: name, evaluator: who });
      for (const p of r.problems) {
        const col = place(p);
        ctx.findings.push(finding(p, row, col, col === null ? undefined : rawAt(ctx.grid, row, col)));
      }
      continue;
    }
    for (const w of r.warnings) {
      const id = w.path[1];
      // Unanswered items with no column are said once for the sheet; an unreadable cell already has its issue.
      if (
        w.code === 'evaluation.item-unanswered' &&
        typeof id === 'string' &&
        (!itemCols.has(id) || failed.has(id))
      )
        continue;
      const col = place(w);
      ctx.findings.push(finding(w, row, col, col === null ? undefined : rawAt(ctx.grid, row, col)));
    }
    scores.push(r.value);
    rowsOf.push(row);
    evaluations.push({
      row: row + 1,
      project: r.value.project,
      evaluator: r.value.evaluator,
      mean: r.value.mean,
      answered: r.value.answered,
      unanswered: r.value.unanswered,
      levels: r.value.levels,
    });
    if ((i & 1023) === 1023) ctx.progress(i + 1);
  }
  // The workbook's other evaluation sheets (the partner often fills its own): their evaluations
  // of this sheet's projects count for E1 and the gaps; each project is reported where it first appears.
  const here = (name: string) => firstRow.has(matchKey(name));
  const elsewhere = (ctx.evaluationsElsewhere ?? []).filter((e) => here(e.project));
  const combined = combineEvaluations(framework, elsewhere.length === 0 ? scores : [...scores, ...elsewhere]);
  if (!combined.ok) {
    addProblems(ctx, combined.problems, null, null);
    return {
      framework: framework.id,
      evaluations,
      projects: [],
      items: [],
      byEvaluator: [],
      byForm: [],
      byDomain: [],
      gaps: [],
      unscored: unscoredRows,
    };
  }
  for (const w of combined.warnings) {
    const key = matchKey(String(w.params.project ?? ''));
    if (
      w.code === 'evaluation.missing-evaluator' &&
      (unscored.has(`${key}\u0000${String(w.params.evaluator)}`) || ctx.evaluatedBefore?.has(key) === true)
    )
      continue;
    if (w.code === 'evaluation.gap') {
      const id = itemByLabel.get(String(w.params.item)) ?? '';
      // A gap is reported at the partner's row; when that row is on another sheet, that sheet says it.
      if (elsewhere.length > 0 && !partnerRow.has(key)) continue;
      const row = partnerRow.get(key) ?? firstRow.get(key) ?? null;
      const col = itemCols.get(id) ?? null;
      ctx.findings.push(
        finding(w, row, col, row === null || col === null ? undefined : rawAt(ctx.grid, row, col)),
      );
    } else {
      const row = firstRow.get(key) ?? null;
      const col = project.col ?? null;
      ctx.findings.push(
        finding(w, row, col, row === null || col === null ? undefined : rawAt(ctx.grid, row, col)),
      );
    }
  }
  const labels = new Map(framework.items.map((i) => [i.id, i.label.ja]));
  const projects: EvaluationProjectScore[] = combined.value.projects
    .filter((p) => here(p.project))
    .map((p) => {
      const means: Partial<Record<EvaluatorKind, number | null>> = {};
      for (const [kind, result] of Object.entries(p.byEvaluator))
        if (result) means[kind as EvaluatorKind] = result.mean;
      return { project: p.project, means, missingEvaluators: p.missingEvaluators };
    });
  const aggregates = aggregateEvaluations(framework, scores, ctx.projects ?? []);
  const items: EvaluationItemScore[] = [];
  if (aggregates.ok) {
    for (const a of aggregates.value.byItem) items.push({ ...a, label: labels.get(a.item) ?? a.item });
  } else addProblems(ctx, aggregates.problems, null, null);
  const gaps = combined.value.gaps
    .filter((g) => elsewhere.length === 0 || partnerRow.has(matchKey(g.project)))
    .map((g) => ({ ...g, itemLabel: labels.get(g.item) ?? g.item }));
  ctx.progress(ctx.rows.length);
  return {
    framework: framework.id,
    evaluations,
    projects,
    items,
    byEvaluator: aggregates.ok ? aggregates.value.byEvaluator : [],
    byForm: aggregates.ok ? aggregates.value.byForm : [],
    byDomain: aggregates.ok ? aggregates.value.byDomain : [],
    gaps,
    unscored: unscoredRows,
  };
}

/**
 * A column no item matched whose values all lie on the framework's scale is most likely an item
 * written in words the profile does not know: a warning at its header naming the item it most
 * likely is (among the items without a column first), said once per column, never a silent
 * mean over fewer items (RULES E7). A column counting 1, 2, 3 … down the rows is a row number.
 */
function unmappedLevelColumns(ctx: KindContext, framework: Framework, itemCols: ReadonlyMap<string, number>) {
  const without = framework.items.filter((i) => !itemCols.has(i.id));
  for (const u of ctx.resolution.unmapped) {
    const col = columnIndex(u.column);
    // A second column for a field already has its sheets.header-ambiguous warning.
    if (col === undefined || matchHeader(ctx.matcher, u.header) !== undefined) continue;
    if (!onScale(ctx, framework, col)) continue;
    const item = likelyItem(u.header, without) ?? likelyItem(u.header, framework.items);
    ctx.findings.push(
      finding(
        sheetsMessages.problem('evaluations.unmapped-level-column', {
          column: u.column,
          header: u.header,
          item: item?.label.ja ?? '',
          itemEn: item?.label.en ?? '',
        }),
        ctx.resolution.headerRow,
        col,
        rawAt(ctx.grid, ctx.resolution.headerRow, col),
      ),
    );
  }
}

/** Whether a column's filled cells are all levels of the scale (at least one), and not a count 1, 2, 3 …. */
function onScale(ctx: KindContext, framework: Framework, col: number): boolean {
  let levels = 0;
  let counting = true;
  let last: number | undefined;
  for (const row of ctx.rows) {
    const raw = rawAt(ctx.grid, row, col);
    const pre = precheck(raw, { missing: ctx.missing });
    if (pre !== undefined) {
      if (pre.status === 'invalid') return false;
      continue;
    }
    if (!parseLevel(framework.scale, raw).ok) return false;
    counting &&= typeof raw === 'number' && (last === undefined || raw === last + 1);
    last = typeof raw === 'number' ? raw : undefined;
    levels++;
  }
  return levels > 0 && !(counting && levels > 1);
}
