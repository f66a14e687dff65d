import type { FiscalYear } from '../calendar/types.js';
import type { Path, Problem } from '../problems/Problem.js';
import { err, ok, type Result } from '../problems/Result.js';
import { cite, type Source } from '../sources/Source.js';
import { matchKey } from '../text/normalise.js';
import { requireList } from '../text/requireList.js';
import { requireObject } from '../text/requireObject.js';
import { evaluationMessages } from './messages.js';

/** One row of a rolling indicator sheet (実施年次指標): the item, the fiscal year, its target and actual. */
export interface IndicatorRow {
  /** 取組項目. */
  readonly item: string;
  /** 年度, already read as a fiscal year (2024 = 令和6年度). */
  readonly fiscalYear: FiscalYear;
  /** 目標; null or absent when the cell is blank. */
  readonly target?: number | null;
  /** 実績; null or absent until the year is done. */
  readonly actual?: number | null;
}

/** One fiscal year of one indicator item. */
export interface IndicatorYear {
  readonly fiscalYear: FiscalYear;
  readonly target: number | null;
  readonly actual: number | null;
  /** actual / target, or null without both (or with a zero target). */
  readonly achievement: number | null;
}

/** One indicator item: its years, and which of the required years lack a target (E8). */
export interface IndicatorItem {
  readonly item: string;
  readonly years: readonly IndicatorYear[];
  readonly missingYears: readonly FiscalYear[];
  readonly complete: boolean;
}

/** All indicator items against the current fiscal year (E8). */
export interface IndicatorAssessment {
  readonly currentFiscalYear: FiscalYear;
  /** The current fiscal year and the next two. */
  readonly requiredYears: readonly FiscalYear[];
  /** Items in code-point order of their names. */
  readonly items: readonly IndicatorItem[];
  readonly complete: boolean;
}

const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * How many fiscal years ahead a plan sets indicators (RULES E8), with its citation: the
 * profile's `indicators.rolling`.
 */
export interface RollingIndicators {
  readonly fiscalYears: number;
  readonly source: Source;
}

/** 001_9b5b631400e119ce.txt 協働の取り組みの推進方策 3: 毎年度、向こう3か年度分について. */
const ROLLING_001: RollingIndicators = {
  fiscalYears: 3,
  source: cite(
    '001_9b5b631400e119ce.txt',
    '協働の取り組みの推進方策 3 取り組み項目の実施年次指標',
    'E8',
    '年次指標を定め、協働のアクションに基づき、毎年度、向こう3か年度分についてローリング方式により進行管理します。',
  ),
};

/** Options of assessIndicators. */
export interface AssessIndicatorsOptions {
  readonly path?: Path;
  /**
   * The rolling rule (E8): targets for the current fiscal year and the next ones, as the
   * profile's plan sets it; null where the plan sets none (no year is then required, nothing is
   * asserted). Absent: 001's three fiscal years.
   */
  readonly rolling?: RollingIndicators | null;
}

/**
 * Check and score rolling indicators (RULES E8; 001_9b5b631400e119ce.txt 協働の取り組みの推進方策 3
 * 取り組み項目の実施年次指標: 年次指標を定め、毎年度、向こう3か年度分についてローリング方式により
 * 進行管理): every item needs a target for the current fiscal year and the next two (a missing
 * one is a warning naming the year and citing the rule) — or as many years as the profile's plan
 * sets (`options.rolling`), none where it sets none — and each year with a target and an actual gets its
 * achievement rate actual / target. Items are matched width- and space-insensitively. A blank
 * item, an impossible fiscal year, a negative or non-numeric figure and a repeated item-year
 * are errors with their path (the row index).
 *
 * @example
 * assessIndicators([{ item: '協働研修会の開催', fiscalYear: 2024, target: 4, actual: 3 }], 2024)
 * //=> ok({ items: [{ item: '協働研修会の開催', missingYears: [2025, 2026], years: [{ achievement: 0.75, … }], … }], … })
 */
export function assessIndicators(
  rows: readonly IndicatorRow[],
  currentFiscalYear: FiscalYear,
  options: AssessIndicatorsOptions = {},
): Result<IndicatorAssessment> {
  requireList(rows, 'rows');
  requireObject(options, 'options');
  const base = options.path ?? [];
  const problems: Problem[] = [];
  const invalid = (index: number, field: string, value: unknown) =>
    problems.push(
      evaluationMessages.problem(
        'evaluation.indicator-invalid',
        { field, value: value === undefined ? '(空欄)' : String(value) },
        { path: [...base, index, field], input: value },
      ),
    );
  if (!Number.isInteger(currentFiscalYear) || currentFiscalYear < 1)
    invalid(-1, 'currentFiscalYear', currentFiscalYear);

  interface Group {
    names: string[];
    years: Map<FiscalYear, { row: IndicatorYear; index: number }>;
  }
  const groups = new Map<string, Group>();
  rows.forEach((row, index) => {
    const name = typeof row.item === 'string' ? row.item.trim() : '';
    let bad = false;
    if (name === '') {
      invalid(index, 'item', row.item);
      bad = true;
    }
    if (!Number.isInteger(row.fiscalYear) || row.fiscalYear < 1) {
      invalid(index, 'fiscalYear', row.fiscalYear);
      bad = true;
    }
    const figure = (field: 'target' | 'actual'): number | null => {
      const value = row[field];
      if (value === undefined || value === null) return null;
      if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
        invalid(index, field, value);
        bad = true;
        return null;
      }
      return value;
    };
    const target = figure('target');
    const actual = figure('actual');
    if (bad) return;
    const key = matchKey(name);
    const group: Group = groups.get(key) ?? { names: [], years: new Map() };
    groups.set(key, group);
    group.names.push(name);
    const first = group.years.get(row.fiscalYear);
    if (first) {
      problems.push(
        evaluationMessages.problem(
          'evaluation.indicator-duplicate',
          { item: name, fiscalYear: row.fiscalYear, first: first.index },
          { path: [...base, index, 'fiscalYear'], input: row.fiscalYear },
        ),
      );
      return;
    }
    const achievement = target !== null && target > 0 && actual !== null ? actual / target : null;
    group.years.set(row.fiscalYear, {
      row: { fiscalYear: row.fiscalYear, target, actual, achievement },
      index,
    });
  });
  if (problems.length > 0) return err(problems);

  const rolling = options.rolling === undefined ? ROLLING_001 : options.rolling;
  const requiredYears: FiscalYear[] = [];
  for (let k = 0; rolling !== null && k < rolling.fiscalYears; k++) requiredYears.push(currentFiscalYear + k);
  const warnings: Problem[] = [];
  const items: IndicatorItem[] = [...groups.values()]
    .map((group) => {
      const item = [...group.names].sort(byCodePoint)[0] as string;
      const years = [...group.years.values()].map((y) => y.row).sort((a, b) => a.fiscalYear - b.fiscalYear);
      const missingYears = requiredYears.filter((fy) => (group.years.get(fy)?.row.target ?? null) === null);
      return { item, years, missingYears, complete: missingYears.length === 0, indexes: group.years };
    })
    .sort((a, b) => byCodePoint(a.item, b.item))
    .map(({ indexes, ...item }) => {
      for (const fiscalYear of item.missingYears) {
        warnings.push(
          evaluationMessages.problem(
            'evaluation.indicator-target-missing',
            {
              item: item.item,
              fiscalYear,
              current: currentFiscalYear,
              years: requiredYears.length,
            },
            rolling === null ? {} : { source: rolling.source },
          ),
        );
      }
      for (const year of item.years) {
        if (year.target === 0 && year.actual !== null) {
          const index = indexes.get(year.fiscalYear)?.index ?? 0;
          warnings.push(
            evaluationMessages.problem(
              'evaluation.indicator-target-zero',
              { item: item.item, fiscalYear: year.fiscalYear },
              { path: [...base, index, 'target'], input: 0 },
            ),
          );
        }
      }
      return item;
    });
  return ok({ currentFiscalYear, requiredYears, items, complete: items.every((i) => i.complete) }, warnings);
}
