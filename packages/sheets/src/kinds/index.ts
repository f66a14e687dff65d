export type { KindContext, ReviewRound } from './context.js';
export type {
  EvaluationGap,
  EvaluationItemScore,
  EvaluationProjectScore,
  EvaluationRowScore,
  EvaluationScores,
} from './evaluations.js';
export { type FieldSpec, type FieldType, KIND_FIELDS, KIND_LABELS, SHEET_KINDS } from './fields.js';
export type { IndicatorScores } from './indicators.js';
export type { ProjectPlanActual, ProjectScores, ProjectTally, RegisterEntry } from './projects.js';
export type { PlanTally, RegionalPlanScores } from './regionalPlan.js';
export type { ReviewApplicationScore, ReviewRankEntry, ReviewScores } from './reviews.js';
export type { SubsidyRowResult, SubsidyScores, SubsidyTotal } from './subsidies.js';
