import type { Bilingual } from '@kyodo/core';

/** The columns of the annotated copy's results sheet (検証結果). */
export const HEADERS: readonly Bilingual[] = [
  { ja: 'シート', en: 'Sheet' },
  { ja: '場所', en: 'Place' },
  { ja: '重要度', en: 'Severity' },
  { ja: '内容', en: 'Message' },
  { ja: '内容 (英語)', en: 'Message (English)' },
  { ja: '値', en: 'Value' },
  { ja: '根拠', en: 'Rule' },
  { ja: '出典', en: 'Source' },
  { ja: 'コード', en: 'Code' },
];

/** The results sheet's title and fixed lines. */
export const RESULTS_SHEET_WORDS = {
  title: { ja: '検証結果', en: 'Validation report' },
  noIssues: { ja: '問題は見つかりませんでした', en: 'No issues found' },
  nothing: { ja: '', en: '' },
} as const satisfies Readonly<Record<string, Bilingual>>;

/** The line under the title: the profile, the day of the check and the counts. */
export function resultsHeadWords(name: Bilingual, id: string, today: string, counts: Bilingual): Bilingual {
  return {
    ja: `プロファイル ${name.ja} (${id})、基準日 ${today}、${counts.ja}`,
    en: `profile ${name.en} (${id}), as of ${today}: ${counts.en}`,
  };
}

/** How many more places have the same problem, after its message. */
export function sameProblemWords(others: number, more: readonly string[]): Bilingual {
  return {
    ja: ` (同じ問題がほかに ${others} 件${more.length ? `: ${more.join(', ')}` : ''})`,
    en: ` (and ${others} more${more.length ? `: ${more.join(', ')}` : ''})`,
  };
}

/** A sheet's threaded comments that cannot be read: copied as they are. */
export function unreadableThreadsWords(sheet: string, part: string): Bilingual {
  return {
    ja: `シート「${sheet}」のスレッド形式のコメント (${part}) を読めないため、そのまま写しました (kyodo の返信は加えていません)`,
    en: `the threaded comments of sheet "${sheet}" (${part}) cannot be read: they are copied as they are, without kyodo's replies`,
  };
}

/** A sheet's notes that cannot be read: copied as they are, no notes added there. */
export function unreadableNotesWords(
  sheet: string,
  part: string | undefined,
  resultsSheet: string,
): Bilingual {
  return {
    ja: `シート「${sheet}」のメモ (${part}) を読めないため、そのまま写し、このシートには注記を加えませんでした (メッセージは「${resultsSheet}」シートにあります)`,
    en: `the notes of sheet "${sheet}" (${part}) cannot be read: they are copied as they are, and no notes were added there (the messages are on the ${resultsSheet} sheet)`,
  };
}

/** A sheet's note shapes (VML) that cannot be read: no notes added there. */
export function unreadableShapesWords(
  sheet: string,
  part: string | undefined,
  resultsSheet: string,
): Bilingual {
  return {
    ja: `シート「${sheet}」の注記の図形 (${part}) を読めないため、このシートには注記を加えませんでした (メッセージは「${resultsSheet}」シートにあります)`,
    en: `the note shapes of sheet "${sheet}" (${part}) cannot be read: no notes were added there (the messages are on the ${resultsSheet} sheet)`,
  };
}
