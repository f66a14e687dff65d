import { type Bilingual, formatYen } from '@kyodo/core';
import type { ReviewRankEntry } from '@kyodo/sheets';
import { OUTCOME_WORDS, RANKING_WORDS } from './reviewWords.js';

const points = (n: number) => String(Math.round(n * 100) / 100);
const yen = (n: number): Bilingual => ({ ja: formatYen(n), en: formatYen(n, { style: 'en' }) });

/**
 * The ranking as table rows of bilingual cells (RULES X3): rank, number, applicant, project,
 * score out of its maximum, request, award and outcome; without a budget the last two say so.
 * The number is left blank when it is the project's name itself. Amounts are 200,000円 in
 * Japanese and ¥200,000 in English; AMOUNT_COLUMNS says which cells they are.
 */
/** The cells of rankingRows that hold a score or an amount: one language is enough for them. */
export const AMOUNT_COLUMNS: ReadonlySet<number> = new Set([4, 5, 6]);

export function rankingRows(ranking: readonly ReviewRankEntry[]): Bilingual[][] {
  return ranking.map((a) => {
    const same = (t: string) => ({ ja: t, en: t });
    const number = a.application === a.name || a.application === a.applicant ? '' : a.application;
    const outcome =
      a.outcome === null
        ? a.passed
          ? RANKING_WORDS.passes
          : RANKING_WORDS.belowThreshold
        : OUTCOME_WORDS[a.outcome];
    return [
      same(String(a.rank)),
      same(number),
      same(a.applicant ?? ''),
      same(a.name ?? ''),
      same(`${points(a.score)}/${points(a.maximum)}`),
      yen(a.requested),
      a.award === null ? RANKING_WORDS.noAward : yen(a.award),
      outcome,
    ];
  });
}
