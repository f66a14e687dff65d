export {
  aggregateEvaluations,
  type EvaluationAggregates,
  type GroupAggregate,
  type ItemAggregate,
  type MeanCount,
  type ProjectInfo,
} from './aggregateEvaluations.js';
export {
  type AssessIndicatorsOptions,
  assessIndicators,
  type IndicatorAssessment,
  type IndicatorItem,
  type IndicatorRow,
  type IndicatorYear,
  type RollingIndicators,
} from './assessIndicators.js';
export { builtinFrameworks } from './builtin.js';
export {
  type CombinedEvaluations,
  combineEvaluations,
  type EvaluatorResult,
  type Gap,
  type ProjectEvaluation,
} from './combineEvaluations.js';
export { defaultScale, markScale } from './defaultScale.js';
export { findItem } from './findItem.js';
export { evaluationMessages } from './messages.js';
export { parseEvaluator } from './parseEvaluator.js';
export { parseLevel } from './parseLevel.js';
export {
  type PlanActualInput,
  type PlanVersusActual,
  type PlanVersusActualOptions,
  planVersusActual,
  type Variance,
} from './planVersusActual.js';
export {
  EVALUATOR_KINDS,
  type EvaluatorKind,
  type Framework,
  type FrameworkInput,
  frameworkSchema,
  type Item,
  type ItemGroup,
  itemGroupSchema,
  itemSchema,
  type Level,
  levelSchema,
  type Scale,
  scaleSchema,
} from './schema.js';
export { type EvaluationInput, type EvaluationScore, scoreEvaluation } from './scoreEvaluation.js';
export { type FrameworkSetting, settingSource } from './settingSource.js';
export {
  DEFAULT_GAP_THRESHOLD,
  DEFAULT_VARIANCE_THRESHOLD_PERCENT,
  THRESHOLD_SOURCES,
} from './thresholds.js';
