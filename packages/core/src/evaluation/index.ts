export { builtinFrameworks } from './builtin.js';
export { defaultScale, markScale } from './defaultScale.js';
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
