/**
 * The selection of proposed projects (審査, RULES X3): review frameworks as profile data, the
 * score of one application by a panel, and the ranking of a round funded from a budget, each
 * step explained with its citation (the program a review serves: 003_77c600037372601a.txt
 * 第4章(1)⑦ 市民提案型の一般公募補助金).
 */
export { builtinReviewFrameworks } from './builtin.js';
export { findReviewFramework, type HasReview } from './findReviewFramework.js';
export { reviewMessages } from './messages.js';
export { rankApplications } from './rankApplications.js';
export {
  type Criterion,
  combineSchema,
  conflictSchema,
  criterionSchema,
  type PointScale,
  pointScaleSchema,
  profileReviewSchema,
  type ReviewFramework,
  type ReviewFrameworkInput,
  reductionSchema,
  reviewFrameworkSchema,
  type Threshold,
  thresholdSchema,
  tieSchema,
} from './schema.js';
export { scoreReview } from './scoreReview.js';
export type {
  Application,
  Outcome,
  RankedApplication,
  Ranking,
  RankOptions,
  Review,
  ReviewerScore,
  ReviewInput,
  ReviewScore,
  ReviewStep,
  ReviewStepKind,
} from './types.js';
