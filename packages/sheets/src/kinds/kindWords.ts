import type { Bilingual } from '@kyodo/core';
import type { SheetKind } from '../report/Report.js';

/** The name of a kind of sheet, in Japanese and English. */
export const KIND_LABELS: Readonly<Record<SheetKind, Bilingual>> = {
  projects: { ja: '協働事業一覧', en: 'register of cooperative projects' },
  subsidies: { ja: '補助金交付一覧', en: 'subsidy ledger' },
  evaluations: { ja: '協働事業評価シート', en: 'evaluation sheet' },
  'regional-plan': { ja: '地域づくり計画書', en: 'regional plan' },
  indicators: { ja: '実施年次指標', en: 'rolling indicators' },
  reviews: { ja: '審査集計表', en: 'review sheet' },
};

/** The checks a missing or unreadable column keeps from being made, as a warning names them. */
export const CHECK_WORDS = {
  planVersusActual: { ja: '予算と決算の比較(E4)', en: 'plan-versus-actual comparison (E4)' },
  cityShare: { ja: '市負担額と事業費の比較', en: 'city share against the cost' },
  rankingAndAwards: { ja: '順位と交付額', en: 'ranking and awards' },
} as const satisfies Readonly<Record<string, Bilingual>>;

/** The amount of a program a review sheet's awards need: 「X の補助金額 / the program's amount」. */
export function programAmountWords(program: string): Bilingual {
  return { ja: `${program} の補助金額`, en: "the program's amount" };
}

/** Checks named in one text for both languages, as sheets.column-missing takes them. */
export function checksText(words: Bilingual): string {
  return `${words.ja} / ${words.en}`;
}
