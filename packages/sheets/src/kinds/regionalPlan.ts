import { matchKey, resolveForm, resolveImplementer } from '@kyodo/core';
import { normaliseTextCell } from '../cells/normaliseTextCell.js';
import { addProblems, fastText, type KindContext, rawAt, readColumn, requiredColumns } from './context.js';

/** A count, per form or per 実施主体. */
export interface PlanTally {
  readonly id: string;
  readonly label: string;
  readonly count: number;
}

/** The scores of a regional plan (docs/sheets.md regional-plan). */
export interface RegionalPlanScores {
  readonly rows: number;
  /** Per form of cooperation with the city, plus 'own-work' (the region's own work), 'proposal' and 'unknown'. */
  readonly byForm: readonly PlanTally[];
  /** Per 実施主体 as written (width and spaces folded). */
  readonly byImplementer: readonly PlanTally[];
}

/**
 * Validate and score a regional body's plan (地域づくり計画書, docs/sheets.md regional-plan):
 * 実施項目, 実施事業 and 実施主体 required; each 実施主体 recognised through the profile's
 * implementers (RULES F2: 協議会(市補助事業) → 補助・助成, 各自治会 → the region's own work, 市に提案
 * → a proposal) or, failing that, as a form of cooperation (core resolveForm). Counts per form and
 * per 実施主体.
 */
export function validateRegionalPlan(ctx: KindContext): RegionalPlanScores {
  const { profile, missing } = ctx;
  const o = { missing };
  const text = fastText(missing);
  requiredColumns(ctx);
  readColumn(ctx, 'item', (r) => normaliseTextCell(r, o), { fast: text });
  readColumn(ctx, 'project', (r) => normaliseTextCell(r, o), { memo: false, fast: text });
  const implementer = readColumn(ctx, 'implementer', (r) => normaliseTextCell(r, o), { fast: text });
  const formLabel = new Map(profile.forms.map((f) => [f.id, f.label.ja]));
  const byForm = new Map<string, { id: string; label: string; count: number }>();
  const byImplementer = new Map<string, { id: string; label: string; count: number }>();
  const count = (map: typeof byForm, id: string, label: string) => {
    const t = map.get(id);
    if (t === undefined) map.set(id, { id, label, count: 1 });
    else t.count++;
  };
  for (let i = 0; i < ctx.rows.length; i++) {
    const text = implementer.values[i];
    if (text === undefined) continue;
    const row = ctx.rows[i]!;
    count(byImplementer, matchKey(text), text);
    const found = resolveImplementer(profile, text);
    if (found.ok) {
      for (const { implementer: imp } of found.value) {
        if (imp.kind === 'form' && imp.form !== undefined)
          count(byForm, imp.form, formLabel.get(imp.form) ?? imp.form);
        else if (imp.kind === 'own-work') count(byForm, 'own-work', '地域の取組(協働以外)');
        else count(byForm, 'proposal', '市への提案');
      }
      continue;
    }
    const form = resolveForm(profile, text);
    if (form.ok) {
      count(byForm, form.value.id, form.value.label.ja);
      continue;
    }
    count(byForm, 'unknown', '不明');
    addProblems(ctx, found.problems, row, implementer.col ?? null, rawAt(ctx.grid, row, implementer.col!));
  }
  ctx.progress(ctx.rows.length);
  return { rows: ctx.rows.length, byForm: [...byForm.values()], byImplementer: [...byImplementer.values()] };
}
