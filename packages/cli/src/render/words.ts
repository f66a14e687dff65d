import { type Bilingual, citationText, type Severity, type Source } from '@kyodo/core';
import type { SheetIssue, SheetKind, SheetReport } from '@kyodo/sheets';

/** Which language(s) a rendering shows: Japanese, English, or Japanese with English under it. */
export type Lang = 'ja' | 'en' | 'both';

/** Severity in spreadsheet words (docs/sheets.md "The report"). */
export const severityWords: Readonly<Record<Severity, Bilingual>> = {
  error: { ja: 'エラー', en: 'error' },
  warning: { ja: '注意', en: 'warning' },
  info: { ja: '情報', en: 'info' },
};

/** The kinds of sheet as staff name them (docs/sheets.md headings). */
export const kindWords: Readonly<Record<SheetKind, Bilingual>> = {
  projects: { ja: '協働事業一覧', en: 'project register' },
  subsidies: { ja: '補助金交付一覧', en: 'subsidy ledger' },
  evaluations: { ja: '協働事業評価シート', en: 'evaluation sheet' },
  'regional-plan': { ja: '地域づくり計画書', en: 'regional plan' },
  indicators: { ja: '実施年次指標', en: 'rolling indicators' },
  reviews: { ja: '審査集計表', en: 'review sheet' },
};

/** The kind of a sheet in words, or "not recognised". */
export function kindWord(kind: SheetKind | null): Bilingual {
  return kind === null ? { ja: '種類を判別できないシート', en: 'kind not recognised' } : kindWords[kind];
}

/** Text in the chosen language; for 'both', Japanese then English joined by `joiner`. */
export function say(text: Bilingual, lang: Lang, joiner = ' / '): string {
  if (lang === 'ja') return text.ja;
  if (lang === 'en') return text.en;
  return text.ja === text.en ? text.ja : `${text.ja}${joiner}${text.en}`;
}

/**
 * The rule and where it comes from, as staff read it: "C2; 一関市地域協働推進計画（002）8-1-4 事業1",
 * never a file name (see citationText in @kyodo/core).
 */
export function citeWords(rule: string | undefined, source: Source | undefined): Bilingual {
  const cited = source === undefined ? undefined : citationText(source);
  const join = (text: string | undefined) =>
    [rule, text].filter((x): x is string => x !== undefined).join('; ');
  return { ja: join(cited?.ja), en: join(cited?.en) };
}

/** A sheet's issues counted by severity, each place of a grouped issue counted (its summary). */
export function countBySeverity(sheet: SheetReport): Record<Severity, number> {
  return { error: sheet.summary.errors, warning: sheet.summary.warnings, info: sheet.summary.infos };
}

/** "エラー 2 件、注意 1 件、情報 0 件" / "2 errors, 1 warning, 0 notes". */
export function countsText(counts: Record<Severity, number>): Bilingual {
  const en = (n: number, one: string, many: string) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
  return {
    ja: `エラー ${counts.error.toLocaleString('ja-JP')} 件、注意 ${counts.warning.toLocaleString('ja-JP')} 件、情報 ${counts.info.toLocaleString('ja-JP')} 件`,
    en: `${en(counts.error, 'error', 'errors')}, ${en(counts.warning, 'warning', 'warnings')}, ${en(counts.info, 'note', 'notes')}`,
  };
}

/** Rows skipped, by reason: "空行 2、合計行 1" / "2 blank, 1 total". */
export function skippedText(sheet: SheetReport): Bilingual {
  let blank = 0;
  let total = 0;
  let note = 0;
  for (const s of sheet.skipped) {
    if (s.reason === 'blank') blank++;
    else if (s.reason === 'total') total++;
    else note++;
  }
  const ja: string[] = [];
  const en: string[] = [];
  if (blank > 0) {
    ja.push(`空行 ${blank}`);
    en.push(`${blank} blank`);
  }
  if (total > 0) {
    ja.push(`合計行 ${total}`);
    en.push(`${total} total${total === 1 ? '' : 's'}`);
  }
  if (note > 0) {
    ja.push(`注記 ${note}`);
    en.push(`${note} note${note === 1 ? '' : 's'}`);
  }
  const n = sheet.skipped.length;
  if (n === 0) return { ja: '0 行', en: '0 rows' };
  return { ja: `${n} 行 (${ja.join('、')})`, en: `${n} row${n === 1 ? '' : 's'} (${en.join(', ')})` };
}

/** Where an issue is, as the user sees it: C7, 7 行目, or the whole sheet. */
export function placeText(issue: SheetIssue): Bilingual {
  if (issue.cell !== null) return { ja: issue.cell, en: issue.cell };
  if (issue.row !== null) return { ja: `${issue.row} 行目`, en: `row ${issue.row}` };
  if (issue.column !== null) return { ja: `${issue.column} 列`, en: `column ${issue.column}` };
  return { ja: 'シート全体', en: 'whole sheet' };
}

/** "(ほか 1,240 件: C9, C10 …)" for a grouped issue, or ''. */
export function moreText(issue: SheetIssue): Bilingual {
  if (issue.count === undefined || issue.count <= 1) return { ja: '', en: '' };
  const others = issue.count - 1;
  const cells = issue.more !== undefined && issue.more.length > 0 ? issue.more.join(', ') : '';
  const tail = cells === '' ? '' : others > (issue.more?.length ?? 0) ? `: ${cells} …` : `: ${cells}`;
  return {
    ja: ` (同じ問題がほかに ${others.toLocaleString('ja-JP')} 件${tail})`,
    en: ` (and ${others.toLocaleString('en-US')} more${tail})`,
  };
}

/** Issues in reading order: sheet order as given, then row, then column (sheet-wide first). */
export function sortIssues(issues: readonly SheetIssue[]): SheetIssue[] {
  const rank = (s: Severity) => (s === 'error' ? 0 : s === 'warning' ? 1 : 2);
  return [...issues].sort(
    (a, b) =>
      (a.row ?? 0) - (b.row ?? 0) ||
      columnOrder(a.column) - columnOrder(b.column) ||
      rank(a.severity) - rank(b.severity),
  );
}

function columnOrder(column: string | null): number {
  if (column === null) return -1;
  let n = 0;
  for (const ch of column) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** A cell value as text for a report: dates as their day, errors as their code. */
export function valueText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') {
    const v = value as { kind?: string; iso?: string; code?: string };
    if (v.kind === 'date' && v.iso !== undefined) return v.iso;
    if (v.kind === 'error' && v.code !== undefined) return v.code;
    return JSON.stringify(value);
  }
  return String(value);
}
