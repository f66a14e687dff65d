import { type Bilingual, formatYen, type Outcome } from '@kyodo/core';

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

/** The fixed words of a review report (kyodo review): headings and the lines without a ranking. */
export const REVIEW_WORDS = {
  title: { ja: '審査結果', en: 'Review results' },
  howCame: { ja: '計算の根拠', en: 'How each result came about' },
  issues: { ja: '問題', en: 'Issues' },
  issuesColon: { ja: '問題:', en: 'Issues:' },
  noRanking: { ja: '順位はまだ出せません（問題を見てください）', en: 'No ranking yet (see the issues)' },
  noRankingBelow: {
    ja: '順位はまだ出せません (下の問題を見てください)',
    en: 'no ranking yet (see the issues below)',
  },
} as const satisfies Readonly<Record<string, Bilingual>>;

const yenEn = (n: number) => `${n.toLocaleString('en-US')} yen`;

/** The HTML page's title: 「審査結果: WORKBOOK」. */
export function reviewTitleWords(workbook: string): Bilingual {
  return { ja: `審査結果: ${workbook}`, en: `Review results: ${workbook}` };
}

/** How the sheet is laid out and who reviewed; HTML puts the names in full-width brackets. */
export function layoutLineWords(
  layout: 'rows' | 'columns',
  reviewers: readonly string[],
  brackets: 'full-width' | 'ascii',
): Bilingual {
  const [open, close] = brackets === 'full-width' ? ['（', '）'] : [' (', ')'];
  return {
    ja: `${LAYOUT_WORDS[layout].ja}、審査員 ${reviewers.length} 人${open}${reviewers.join('、')}${close}`,
    en: `${LAYOUT_WORDS[layout].en}, ${reviewers.length} reviewers (${reviewers.join(', ')})`,
  };
}

/** The budget, what was awarded and what is left; `Budget` begins a sentence in HTML. */
export function budgetLineWords(
  budget: number,
  awarded: number,
  remaining: number,
  capital: boolean,
): Bilingual {
  return {
    ja: `予算 ${formatYen(budget)} → 交付 ${formatYen(awarded)}、残り ${formatYen(remaining)}`,
    en: `${capital ? 'Budget' : 'budget'} ${yenEn(budget)} → awarded ${yenEn(awarded)}, ${yenEn(remaining)} left`,
  };
}

/** No ranking yet, naming the applications that cannot be scored, as each format writes it. */
export function unscoredWords(
  unscored: readonly { readonly application: string; readonly row: number }[],
  format: 'html' | 'markdown' | 'text',
): Bilingual {
  const en = unscored.map((u) => `${u.application} (row ${u.row})`).join(', ');
  if (format === 'html')
    return {
      ja: `順位はまだ出せません。採点できない申請: ${unscored.map((u) => `${u.application}（${u.row} 行目）`).join('、')}`,
      en: `No ranking yet. Applications that cannot be scored: ${en}`,
    };
  return {
    ja: `順位はまだ出せません: 採点できない申請 ${unscored.map((u) => `${u.application} (${u.row} 行目)`).join('、')}`,
    en: `${format === 'markdown' ? 'No' : 'no'} ranking yet: applications that cannot be scored: ${en}`,
  };
}

/** A step of the explanation, numbered; the citation follows the Japanese, the English is indented under it. */
export function numberedStepWords(n: number, sentence: Bilingual, cite: string): Bilingual {
  return { ja: `${n}. ${sentence.ja} ${cite}`, en: `${' '.repeat(String(n).length + 2)}${sentence.en}` };
}

/** An issue's line in the text report: its padded columns (place, severity) in each language, then the message. */
export function columnsWords(
  ja: readonly string[],
  en: readonly string[],
  message: Bilingual,
  more: Bilingual,
): Bilingual {
  return { ja: `${ja.join(' ')} ${message.ja}${more.ja}`, en: `${en.join(' ')} ${message.en}${more.en}` };
}
