/**
 * Support programs (補助金, 交付金, 人的支援) as profile data, and the computation of their
 * amounts with caps across fiscal years, settlement and explanations (RULES S-*, S-common, C4,
 * X1; 002_5a3cd8c23b61ef14.txt 8-1-4, 8-2-1; 003_77c600037372601a.txt 第4章(1)⑦).
 */
export { builtinPrograms } from './builtin.js';
export { computeSubsidy } from './computeSubsidy.js';
export { explainSubsidy } from './explainSubsidy.js';
export { findProgram } from './findProgram.js';
export { subsidyMessages } from './messages.js';
export {
  type DatedValue,
  type Program,
  type ProgramCondition,
  type ProgramKind,
  type ProgramRate,
  type ProgramSource,
  programConditionSchema,
  programRateSchema,
  programSchema,
  programSourceSchema,
} from './schema.js';
export { settleSubsidy } from './settleSubsidy.js';
export { subsidyNeeds } from './subsidyNeeds.js';
export type {
  DateInput,
  HasPrograms,
  InputPaths,
  LimitedBy,
  PriorPayment,
  Settlement,
  SettlementRequest,
  StepKind,
  StepValue,
  SubsidyFacts,
  SubsidyOptions,
  SubsidyRequest,
  SubsidyResult,
  SubsidyStep,
} from './types.js';
export { valueInForce } from './valueInForce.js';
