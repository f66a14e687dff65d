import { err, ok, type Result } from '../problems/Result.js';
import { checkFramework, checkObject, checkPanel, checkReviews } from './_checkInput.js';
import { compileFramework } from './_compile.js';
import { applicationKey, missingParameters, reviewerKey, scoreOne } from './_scoreOne.js';
import { reviewMessages } from './messages.js';
import type { ReviewFramework } from './schema.js';
import type { ReviewInput, ReviewScore } from './types.js';

/**
 * Score one application as the panel reviewed it (審査, RULES X3; the program it serves:
 * 003_77c600037372601a.txt 第4章(1)⑦ 市民提案型の一般公募補助金): each reviewer's total is Σ
 * weight × points over the framework's criteria (every criterion scored, on the scale); a
 * reviewer with a conflict of interest (利害関係) is left out and the others' average stands in
 * (000_0726a29b17f6f262.txt 6 ■協働の原則（3）: 選定…において公正、公平な判断); the score is the
 * mean of the reviewers counted, or the panel's total; it passes when at or above the threshold
 * (points, or a share of the maximum). Scores are compared exactly (in hundredths of points).
 *
 * A parameter the framework lacks (scale, combine, threshold; the conflict rule when a reviewer
 * has a conflict) is 'review.missing-parameter' naming each; a missing, unreadable or off-scale
 * score, a total that disagrees with its points, a panel member with no scores, and no reviewer
 * left are errors with their paths (['reviews', 2, 'scores', '公益性']). Scores written on a
 * conflicted review are left out with a warning.
 *
 * @example
 * scoreReview(framework, { application: 'A-01', reviews: [
 *   { reviewer: '委員A', application: 'A-01', scores: { 公益性: 8, 実現性: 7 } },
 *   { reviewer: '委員B', application: 'A-01', conflict: true },
 * ] })
 * //=> ok({ application: 'A-01', counted: 1, mean: 15, score: 15, passed: …, steps: [...] })
 */
export function scoreReview(framework: ReviewFramework, input: ReviewInput): Result<ReviewScore> {
  const invalid =
    checkFramework(framework, ['framework']) ??
    checkObject(input, ['input']) ??
    checkReviews(input.reviews, ['reviews']) ??
    checkPanel(input.panel, ['panel'], reviewerKey);
  if (invalid !== undefined) return err(invalid);
  const missing = missingParameters(framework, ['scale', 'combine', 'threshold']);
  if (missing.length > 0) return err(missing);
  // An application named by something other than text is no application of these reviews.
  if (typeof input.application !== 'string' || input.application.trim() === '')
    return err(
      reviewMessages.problem(
        'review.application-missing',
        {},
        { path: ['application'], input: input.application },
      ),
    );
  const c = compileFramework(framework);
  const own = applicationKey(input.application);
  const reviews = input.reviews
    .map((review, index) => ({ review, index }))
    .filter((r) => applicationKey(r.review.application) === own);
  const result = scoreOne(c, input.application, reviews, input.panel, ['reviews']);
  if (result.scored === undefined) return err([...result.problems, ...result.warnings]);
  return ok(result.scored.score, result.warnings);
}
