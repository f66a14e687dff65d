import type { Bilingual } from '@kyodo/core';
import { type CellValue, columnLetter, type Report, type SheetKind, type SheetReport } from '@kyodo/sheets';
import type { SheetRead } from '../grid/readSheet.js';
import type { Lang } from '../i18n/lang.js';
import { type ChartView, chartsOf } from './chartsOf.js';
import { OUTCOMES } from './outcomeWords.js';

/** One issue as the sidebar lists it: plain JSON, the message in the user's language. */
export interface IssueView {
  readonly sheet: string;
  readonly cell: string | null;
  readonly row: number | null;
  readonly severity: 'error' | 'warning' | 'info';
  readonly code: string;
  readonly message: string;
  /** The value seen, as text ('' when none). */
  readonly value: string;
  readonly count: number;
}

/** A column under the sheet's header, for the hand-mapping form. */
export interface ColumnView {
  readonly letter: string;
  readonly header: string;
}

/** One application in a review sheet's ranking, as the sidebar lists it (RULES X3). */
export interface RankingRowView {
  readonly rank: number;
  readonly application: string;
  readonly name: string;
  /** '25/30'. */
  readonly score: string;
  readonly passed: boolean;
  /** The award in yen, or null when no budget was given. */
  readonly award: number | null;
  /** What happened, in the user's language ('' without a budget). */
  readonly outcome: string;
  readonly reduced: boolean;
}

/** A review sheet's ranking for the sidebar (RULES X3): the budget, the rows, or why it waits. */
export interface ReviewView {
  readonly budget: number | null;
  readonly awarded: number | null;
  readonly remaining: number | null;
  readonly rows: readonly RankingRowView[];
  /** Why there is no ranking yet (applications that cannot be scored), or null. */
  readonly waits: string | null;
}

/** One sheet's summary for the sidebar. */
export interface SheetView {
  readonly name: string;
  readonly kind: SheetKind | null;
  readonly headerRow: number | null;
  readonly rowsRead: number;
  readonly skipped: number;
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
  /** Detection failed or a required column is missing: offer the hand-mapping form. */
  readonly needsMapping: boolean;
  readonly columns: readonly ColumnView[];
  readonly mapping: readonly {
    readonly field: string;
    readonly column: string;
    readonly by: 'alias' | 'hand';
  }[];
  readonly charts: readonly ChartView[];
  /** For a review sheet: its ranking. */
  readonly review?: ReviewView;
}

/** What validate() returns to the sidebar: plain JSON, no Date (google.script.run). */
export interface ValidationView {
  readonly ok: true;
  readonly lang: Lang;
  readonly profile: { readonly id: string; readonly name: string };
  readonly today: string;
  readonly totals: Report['totals'];
  readonly sheets: readonly SheetView[];
  readonly issues: readonly IssueView[];
  /** Issues not listed (the list is capped); all are on the results sheet. */
  readonly more: number;
  readonly marked: number;
  readonly resultsSheet: string;
}

/** At most this many issues travel to the sidebar; the results sheet has them all. */
export const MAX_ISSUES = 300;

const MAPPING_CODES = new Set([
  'sheets.kind-unknown',
  'sheets.header-not-found',
  'sheets.column-missing',
  'sheets.header-ambiguous',
  'sheets.mapping-invalid',
  'evaluations.item-column-missing',
]);

const RANK = { error: 0, warning: 1, info: 2 } as const;

/** A cell value as one line of text. */
export function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') return value.kind === 'date' ? value.iso : value.code;
  return String(value);
}

function textOf(b: Bilingual, lang: Lang): string {
  return b[lang];
}

const points = (n: number) => String(Math.round(n * 100) / 100);

/** A review sheet's ranking in the user's language (RULES X3). */
function reviewOf(sheet: SheetReport, lang: Lang): ReviewView | undefined {
  if (sheet.kind !== 'reviews' || sheet.scores === null) return undefined;
  const s = sheet.scores;
  const waits =
    s.ranking !== null
      ? null
      : s.unscored.length > 0
        ? lang === 'ja'
          ? `採点できない申請があるため、順位はまだ出せません: ${s.unscored.map((u) => `${u.application}（${u.row} 行目）`).join('、')}`
          : `No ranking yet: applications that cannot be scored: ${s.unscored.map((u) => `${u.application} (row ${u.row})`).join(', ')}`
        : lang === 'ja'
          ? '順位はまだ出せません（指摘事項を見てください）'
          : 'No ranking yet (see the issues)';
  return {
    budget: s.budget,
    awarded: s.awarded,
    remaining: s.remaining,
    rows: (s.ranking ?? []).map((a) => ({
      rank: a.rank,
      application: a.application,
      name: a.name ?? a.applicant ?? a.application,
      score: `${points(a.score)}/${points(a.maximum)}`,
      passed: a.passed,
      award: a.award,
      outcome:
        a.outcome === null ? '' : textOf(OUTCOMES[a.outcome] ?? { ja: a.outcome, en: a.outcome }, lang),
      reduced: a.outcome === 'reduced',
    })),
    waits,
  };
}

/** The columns of the row that holds the header (or the first row with two or more texts). */
function columnsOf(read: SheetRead | undefined, headerRow: number | null): ColumnView[] {
  if (read === undefined) return [];
  const values = read.grid.values;
  let index = headerRow === null ? -1 : headerRow - 1;
  if (index < 0)
    index = values.findIndex((r) => r.filter((v) => typeof v === 'string' && v.trim() !== '').length >= 2);
  const row = values[Math.max(0, index)] ?? [];
  const out: ColumnView[] = [];
  for (let c = 0; c < read.columns; c += 1)
    out.push({ letter: columnLetter(c), header: cellText(row[c]).slice(0, 40) });
  return out;
}

/** The sidebar's view of a run: summaries per sheet, issues (errors first, capped), charts. */
export function viewOf(
  report: Report,
  reads: readonly SheetRead[],
  marked: number,
  lang: Lang,
  resultsSheet: string,
): ValidationView {
  const sheets: SheetView[] = report.sheets.map((s) => {
    const review = reviewOf(s, lang);
    const count = (sev: 'error' | 'warning' | 'info') =>
      s.issues.filter((i) => i.severity === sev).reduce((n, i) => n + (i.count ?? 1), 0);
    return {
      name: s.name,
      kind: s.kind,
      headerRow: s.headerRow,
      rowsRead: s.rowsRead,
      skipped: s.skipped.length,
      errors: count('error'),
      warnings: count('warning'),
      infos: count('info'),
      needsMapping: s.kind === null || s.issues.some((i) => MAPPING_CODES.has(i.code)),
      columns: columnsOf(
        reads.find((r) => r.grid.name === s.name),
        s.headerRow,
      ),
      mapping: s.mapping.map((m) => ({ field: m.field, column: m.column, by: m.by })),
      charts: chartsOf(s.kind, s.scores, lang),
      ...(review === undefined ? {} : { review }),
    };
  });
  const all = report.sheets.flatMap((s) => s.issues);
  const sorted = [...all].sort((a, b) => RANK[a.severity] - RANK[b.severity]);
  const issues: IssueView[] = sorted.slice(0, MAX_ISSUES).map((i) => ({
    sheet: i.sheet,
    cell: i.cell,
    row: i.row,
    severity: i.severity,
    code: i.code,
    message: textOf(i.message, lang),
    value: cellText(i.value).slice(0, 200),
    count: i.count ?? 1,
  }));
  return {
    ok: true,
    lang,
    profile: { id: report.profile.id, name: textOf(report.profile.name, lang) },
    today: report.today,
    totals: report.totals,
    sheets,
    issues,
    more: Math.max(0, sorted.length - MAX_ISSUES),
    marked,
    resultsSheet,
  };
}
