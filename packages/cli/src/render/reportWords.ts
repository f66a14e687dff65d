import type { Bilingual } from '@kyodo/core';

/** The headings and labels of a validation report, in every format (text, Markdown, HTML). */
export const REPORT_WORDS = {
  validationReport: { ja: '検証結果', en: 'Validation report' },
  profile: { ja: 'プロファイル', en: 'Profile' },
  asOf: { ja: '基準日', en: 'As of' },
  sheets: { ja: 'シートごとの概要', en: 'Sheets' },
  sheet: { ja: 'シート', en: 'Sheet' },
  kind: { ja: '種類', en: 'Kind' },
  headerRow: { ja: '見出し行', en: 'Header row' },
  rowsRead: { ja: '読んだ行', en: 'Rows read' },
  skipped: { ja: '飛ばした行', en: 'Skipped' },
  place: { ja: '場所', en: 'Place' },
  severity: { ja: '重要度', en: 'Severity' },
  message: { ja: '内容', en: 'Message' },
  value: { ja: '値', en: 'Value' },
  rule: { ja: '根拠', en: 'Rule' },
  issues: { ja: '── 問題の一覧 ──', en: '── Issues ──' },
  notFound: { ja: '見つかりません', en: 'not found' },
  columns: { ja: '列', en: 'columns' },
  nothing: { ja: '', en: '' },
} as const satisfies Readonly<Record<string, Bilingual>>;

/** The profile and the day of the check, on one line of the text report. */
export function profileLineWords(name: Bilingual, id: string, today: string): Bilingual {
  return {
    ja: `プロファイル: ${name.ja} (${id})  基準日: ${today}`,
    en: `profile: ${name.en} (${id}), as of ${today}`,
  };
}

/** The value seen at an issue's cell, after its message: 「 (値: …)」. */
export function valueSeenWords(value: string): Bilingual {
  return { ja: ` (値: ${value})`, en: ` (value: ${value})` };
}

/** The row a sheet's headers were found on. */
export function headerRowWords(row: number): Bilingual {
  return { ja: `${row} 行目`, en: `row ${row}` };
}
