import type { Bilingual } from '@kyodo/core';

/** The heading of each catalogue's section of docs/issue-codes.md. */
export const SECTION_WORDS = {
  sheets: { ja: 'シートの読み取りと検証', en: 'Reading and checking sheets' },
  calendar: { ja: '日付・年度', en: 'Dates and fiscal years' },
  money: { ja: '金額・率', en: 'Amounts and rates' },
  forms: { ja: '協働の形態', en: 'Forms of cooperation' },
  subsidy: { ja: '補助金の計算', en: 'Subsidies' },
  evaluation: { ja: '評価', en: 'Evaluation' },
  review: { ja: '審査', en: 'Review' },
  profile: { ja: 'プロファイル', en: 'Profiles' },
  tests: { ja: 'プロファイルのテスト', en: 'Profile tests' },
  text: { ja: '関数に渡した値（プログラムから使うとき）', en: 'Values passed to functions (from a program)' },
} as const satisfies Readonly<Record<string, Bilingual>>;

/** The page's title and table heads. */
export const PAGE_WORDS = {
  title: { ja: '検証結果のコード一覧', en: 'Issue codes' },
  contents: { ja: '目次', en: 'Contents' },
  columns: [
    { ja: 'コード', en: 'code' },
    { ja: '重要度', en: 'severity' },
    { ja: '意味', en: 'meaning' },
    { ja: '対処', en: 'what to do' },
    { ja: '出典', en: 'source' },
  ],
} as const;

/** A heading as the page writes it: 「意味 / meaning」. */
export function jaSlashEn(words: Bilingual): string {
  return `${words.ja} / ${words.en}`;
}
