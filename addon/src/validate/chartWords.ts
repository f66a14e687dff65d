/** The words of the sidebar's charts: titles and units, Japanese and English. */
export const EVALUATORS: Readonly<Record<string, { ja: string; en: string }>> = {
  city: { ja: '市', en: 'city' },
  partner: { ja: '団体', en: 'partner' },
  council: { ja: '協働推進会議', en: 'council' },
  'third-party': { ja: '第三者', en: 'third party' },
};
export const COUNT = { ja: '件', en: 'projects' };
export const YEN = { ja: '円', en: 'yen' };
export const POINTS = { ja: '点', en: 'points' };

/** Each chart's title (and unit where it is not a count). */
export const CHART_WORDS = {
  formCount: { ja: '協働の形態別の事業数', en: 'Projects by form' },
  domainCount: { ja: '協働の領域別の事業数', en: 'Projects by domain' },
  varianceTitle: { ja: '予算との差', en: 'Actual against budget' },
  percent: { ja: '%', en: '%' },
  granted: { ja: '補助事業・年度別の交付決定額', en: 'Granted per program and year' },
  evaluationMeans: { ja: '評価ごとの平均点', en: 'Mean score of each evaluation' },
  planByForm: { ja: '形態別の取組数', en: 'Plan rows by form' },
  planByImplementer: { ja: '実施主体別の取組数', en: 'Plan rows by implementer' },
  reviewScores: { ja: '審査の得点（順位順）', en: 'Review scores (in rank order)' },
} as const;
