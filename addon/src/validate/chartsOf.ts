import type { SheetKind } from '@kyodo/sheets';
import type { Lang } from '../i18n/lang.js';
import { CHART_WORDS, COUNT, EVALUATORS, POINTS, YEN } from './chartWords.js';

/** A small bar chart the sidebar draws as inline SVG. */
export interface ChartView {
  readonly title: string;
  readonly unit: string;
  readonly bars: readonly { readonly label: string; readonly value: number }[];
}

const MAX_BARS = 12;

type Row = Readonly<Record<string, unknown>>;

function rowsOf(value: unknown): Row[] {
  return Array.isArray(value) ? value.filter((r): r is Row => typeof r === 'object' && r !== null) : [];
}

function num(v: unknown): number | null {
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

function chart(
  title: { ja: string; en: string },
  unit: { ja: string; en: string },
  rows: readonly Row[],
  label: (r: Row) => string,
  value: (r: Row) => number | null,
  lang: Lang,
): ChartView[] {
  const bars = rows
    .map((r) => ({ label: label(r), value: value(r) }))
    .filter((b): b is { label: string; value: number } => b.value !== null && b.label !== '')
    .slice(0, MAX_BARS);
  return bars.length === 0 ? [] : [{ title: title[lang], unit: unit[lang], bars }];
}

const text = (k: string) => (r: Row) =>
  typeof r[k] === 'string' || typeof r[k] === 'number' ? String(r[k]) : '';

/**
 * The sidebar's charts for a sheet's scores (SheetReport.scores, by kind, packages/sheets
 * kinds/*): projects per form and per domain (R1), the actual cost's variance from the budget in percent (E4),
 * grants per program and year (S-*), the mean score of each evaluation (E7), plan rows per
 * form and per 実施主体 (F2), each application's review score in rank order (X3). At most 12
 * bars each; the results sheet has everything.
 */
export function chartsOf(kind: SheetKind | null, given: object | null, lang: Lang): ChartView[] {
  if (given === null || kind === null) return [];
  // Read as plain data, field by field: a report may come back from the server as JSON.
  const scores: Row = Object.fromEntries(Object.entries(given));
  switch (kind) {
    case 'projects':
      return [
        ...chart(
          CHART_WORDS.formCount,
          COUNT,
          rowsOf(scores.byForm),
          text('label'),
          (r) => num(r.count),
          lang,
        ),
        ...chart(
          CHART_WORDS.domainCount,
          COUNT,
          rowsOf(scores.byDomain),
          text('label'),
          (r) => num(r.count),
          lang,
        ),
        ...chart(
          CHART_WORDS.varianceTitle,
          CHART_WORDS.percent,
          rowsOf(scores.planVersusActual),
          text('project'),
          (r) => {
            const ratio = num(r.ratio);
            return ratio === null ? null : Math.round(ratio * 1000) / 10;
          },
          lang,
        ),
      ];
    case 'subsidies':
      return chart(
        CHART_WORDS.granted,
        YEN,
        rowsOf(scores.totals),
        (r) => `${text('programName')(r)} ${text('fiscalYear')(r)}`.trim(),
        (r) => num(r.granted),
        lang,
      );
    case 'evaluations':
      return chart(
        CHART_WORDS.evaluationMeans,
        POINTS,
        rowsOf(scores.evaluations),
        (r) => {
          const who = text('evaluator')(r);
          return `${text('project')(r)}（${EVALUATORS[who]?.[lang] ?? who}）`;
        },
        (r) => num(r.mean),
        lang,
      );
    case 'regional-plan':
      return [
        ...chart(
          CHART_WORDS.planByForm,
          COUNT,
          rowsOf(scores.byForm),
          text('label'),
          (r) => num(r.count),
          lang,
        ),
        ...chart(
          CHART_WORDS.planByImplementer,
          COUNT,
          rowsOf(scores.byImplementer),
          text('label'),
          (r) => num(r.count),
          lang,
        ),
      ];
    case 'reviews':
      return chart(
        CHART_WORDS.reviewScores,
        POINTS,
        rowsOf(scores.ranking ?? scores.applications),
        (r) => text('name')(r) || text('application')(r),
        (r) => num(r.score),
        lang,
      );
    default:
      return [];
  }
}
