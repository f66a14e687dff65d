import type { Bilingual } from '@kyodo/core';

/** The counts a sheet's summary explains. */
export interface QualityCounts {
  readonly rowsRead: number;
  readonly clean: number;
  readonly pct: number;
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
  readonly rowsWithErrors: number;
  readonly rowsWithWarnings: number;
}

/** A sheet's summary in words: 「読み込んだ12行のうち10行(83.3%)にエラーがありません。…」. */
export function qualityExplanation(c: QualityCounts): Bilingual {
  const { rowsRead, clean, pct, errors, warnings, infos, rowsWithErrors, rowsWithWarnings } = c;
  const n = (x: number) => x.toLocaleString('en-US');
  // "(3行)" / "in 3 rows" only where the issues sit on rows; a sheet-wide issue has none.
  const rowsJa = (rows: number) => (rows > 0 ? `(${n(rows)}行)` : '');
  const rowsEn = (rows: number) => (rows > 0 ? ` in ${n(rows)} ${rows === 1 ? 'row' : 'rows'}` : '');
  const en = (x: number, one: string, many: string) => `${n(x)} ${x === 1 ? one : many}`;
  return {
    ja: `読み込んだ${n(rowsRead)}行のうち${n(clean)}行(${pct}%)にエラーがありません。エラー${n(errors)}件${rowsJa(rowsWithErrors)}、注意${n(warnings)}件${rowsJa(rowsWithWarnings)}、情報${n(infos)}件`,
    en: `${n(clean)} of ${en(rowsRead, 'row', 'rows')} read (${pct}%) ${clean === 1 ? 'has' : 'have'} no error; ${en(errors, 'error', 'errors')}${rowsEn(rowsWithErrors)}, ${en(warnings, 'warning', 'warnings')}${rowsEn(rowsWithWarnings)}, ${en(infos, 'note', 'notes')}`,
  };
}

/** A profile with no evaluation framework, when a publication summary needs one. */
export function frameworkMissingWords(profile: string): Bilingual {
  return {
    ja: `プロファイル「${profile}」に評価の枠組みがありません`,
    en: `Profile ${profile} has no evaluation framework`,
  };
}
