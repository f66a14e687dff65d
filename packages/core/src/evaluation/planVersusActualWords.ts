/** The amounts a plan-versus-actual comparison needs, as a missing one is named (E4). */
export const PLAN_ACTUAL_PARAMETERS = {
  budget: { ja: '予算額（計画）', en: 'budget' },
  actual: { ja: '決算額（実績）', en: 'actual' },
  scalePlanned: { ja: '事業規模（計画）', en: 'planned scale' },
  scaleActual: { ja: '事業規模（実績）', en: 'actual scale' },
} as const;
