import type { Bilingual, Outcome } from '@kyodo/core';

/** What happened to an application (core rankApplications' outcome), in both languages. */
export const OUTCOME_WORDS: Readonly<Record<Outcome, Bilingual>> = {
  funded: { ja: '交付', en: 'funded' },
  reduced: { ja: '減額交付', en: 'reduced' },
  'below-threshold': { ja: '不採択（基準未満）', en: 'below threshold' },
  'not-eligible': { ja: '対象外', en: 'not eligible' },
  'no-budget': { ja: '予算なし', en: 'no budget left' },
};

/** How a review sheet is laid out. */
export const LAYOUT_WORDS: Readonly<Record<'rows' | 'columns', Bilingual>> = {
  rows: { ja: '1行に審査員1人と申請1件', en: 'one row per reviewer and application' },
  columns: { ja: '審査員ごとの列', en: 'one column per reviewer' },
};

/** The columns of the ranking table. */
export const RANKING_HEAD: readonly Bilingual[] = [
  { ja: '順位', en: 'Rank' },
  { ja: '番号', en: 'No.' },
  { ja: '申請団体', en: 'Applicant' },
  { ja: '事業名', en: 'Project' },
  { ja: '得点', en: 'Score' },
  { ja: '申請額', en: 'Requested' },
  { ja: '交付額', en: 'Award' },
  { ja: '結果', en: 'Outcome' },
];

/** What the ranking says of an application without an outcome, and of no award. */
export const RANKING_WORDS = {
  passes: { ja: '基準を満たす', en: 'passes' },
  belowThreshold: { ja: '基準未満', en: 'below threshold' },
  noAward: { ja: '—', en: '—' },
} as const satisfies Readonly<Record<string, Bilingual>>;
