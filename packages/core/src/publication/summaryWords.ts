import type { EvaluatorKind } from '../evaluation/schema.js';
import type { Bilingual } from '../problems/Problem.js';

/**
 * Every heading and label of the publication summary (RULES E1 公表), Japanese and English,
 * for both renderers: Markdown writes 「ja / en」, HTML the English under the Japanese.
 */
export const SUMMARY_WORDS = {
  fiscalYear: { ja: '対象年度', en: 'Fiscal year' },
  date: { ja: '作成日', en: 'Date' },
  framework: { ja: '評価の枠組み', en: 'Framework' },
  overview: { ja: '概要', en: 'Overview' },
  projects: { ja: '事業数', en: 'Projects' },
  evaluations: { ja: '評価数', en: 'Evaluations' },
  gaps: { ja: '評価の差', en: 'Gaps' },
  missingEvaluations: { ja: '未提出の評価', en: 'Missing' },
  overPlan: { ja: '計画との乖離', en: 'Over plan' },
  meanPerItem: { ja: '評価項目ごとの平均', en: 'Mean per item' },
  group: { ja: '区分', en: 'Group' },
  item: { ja: '評価項目', en: 'Item' },
  mean: { ja: '平均', en: 'Mean' },
  city: { ja: '市', en: 'City' },
  partner: { ja: '協働相手', en: 'Partner' },
  council: { ja: '協働推進会議', en: 'Council' },
  thirdParty: { ja: '第三者', en: 'Third party' },
  answers: { ja: '回答数', en: 'Answers' },
  perProject: { ja: '事業ごとの評価：市と協働相手', en: 'City and partner per project' },
  project: { ja: '事業名', en: 'Project' },
  form: { ja: '形態', en: 'Form' },
  domain: { ja: '領域', en: 'Domain' },
  gapCount: { ja: '差', en: 'Gaps' },
  missing: { ja: '未提出', en: 'Missing' },
  gapsHeading: { ja: '市と協働相手の評価の差', en: 'Gaps between city and partner' },
  difference: { ja: '差', en: 'Difference' },
  none: { ja: 'なし', en: 'None' },
  planActual: { ja: '計画と実績', en: 'Plan and actual' },
  noData: { ja: 'データなし', en: 'No data' },
  budget: { ja: '予算額', en: 'Budget' },
  actual: { ja: '決算額', en: 'Actual' },
  change: { ja: '増減', en: 'Difference' },
  ratio: { ja: '増減率', en: 'Ratio' },
  scaleChange: { ja: '規模 計画→実績', en: 'Scale' },
  check: { ja: '判定', en: 'Check' },
  toCheck: { ja: '要確認', en: 'Check' },
  asPlanned: { ja: '計画どおり', en: 'As planned' },
  byForm: { ja: '協働の形態ごと', en: 'By form of cooperation' },
  byDomain: { ja: '協働の領域ごと', en: 'By domain' },
  subsidies: { ja: '補助金', en: 'Subsidies' },
  program: { ja: '補助事業', en: 'Program' },
  grants: { ja: '件数', en: 'Grants' },
  granted: { ja: '交付決定額', en: 'Granted' },
  settled: { ja: '確定額', en: 'Settled' },
  refund: { ja: '返還額', en: 'Refund' },
  total: { ja: '合計', en: 'Total' },
  scale: { ja: '評価の段階', en: 'Scale' },
  meansNote: {
    ja: '平均は回答のあった項目だけで計算し、未回答を0点とはしません',
    en: 'Means count answered items only; unanswered items are not zeros.',
  },
  sources: { ja: '出典', en: 'Sources' },
  chartMeanPerItem: { ja: '評価項目ごとの平均', en: 'Mean per item' },
  noAnswers: { ja: '回答なし', en: 'no answers' },
  chartCityPartner: { ja: '市と協働相手の評価（事業ごとの平均）', en: 'City and partner per project' },
  notEvaluated: { ja: '評価なし', en: 'not evaluated' },
  chartPlanActual: { ja: '計画と実績（予算額を100%として）', en: 'Actual against plan (plan = 100%)' },
  planZero: { ja: '予算額 0', en: 'plan 0' },
} as const satisfies Readonly<Record<string, Bilingual>>;

/** The note under the gaps' heading: the threshold is the framework's. */
export function gapsNote(threshold: number): Bilingual {
  return {
    ja: `同じ項目で市と協働相手の評価が${threshold}段階以上異なるもの（相互理解のための話し合いの材料）`,
    en: `Items where the two differ by ${threshold} levels or more.`,
  };
}

/** The note under plan and actual: the threshold is the framework's. */
export function varianceNote(percent: number): Bilingual {
  return {
    ja: `当初計画との増減が ${percent}% を超えるものに「要確認」を付けています`,
    en: `"Check" marks a variance above ${percent}%.`,
  };
}

/** Japanese and English on one line, as the Markdown summary writes them: 「概要 / Overview」. */
export function jaSlashEn(words: Bilingual): string {
  return `${words.ja} / ${words.en}`;
}

/** Evaluator names for people. */
export const EVALUATOR_LABELS: Readonly<Record<EvaluatorKind, Bilingual>> = {
  city: { ja: '市', en: 'City' },
  partner: { ja: '協働相手', en: 'Partner' },
  council: { ja: '協働推進会議', en: 'Council' },
  'third-party': { ja: '第三者', en: 'Third party' },
};

/** The summary's title when the caller gives none: 「令和6年度 協働事業の評価・検証結果」. */
export function summaryTitle(fiscalYearLabel: string | null, fiscalYear: number | null): Bilingual {
  return {
    ja: `${fiscalYearLabel === null ? '' : `${fiscalYearLabel} `}協働事業の評価・検証結果`,
    en: `Evaluation of cooperative projects${fiscalYear === null ? '' : `, FY${fiscalYear}`}`,
  };
}
