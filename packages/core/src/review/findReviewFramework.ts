import { err, ok, type Result } from '../problems/Result.js';
import { reviewMessages } from './messages.js';
import type { ReviewFramework } from './schema.js';

/** Anything with review frameworks (RULES X3): a Profile, or `{ id, review }` built by hand. */
export interface HasReview {
  readonly id: string;
  readonly review: { readonly frameworks: readonly ReviewFramework[]; readonly default?: string };
}

/**
 * The review framework of a profile (RULES X3): the one with the given ID, or the profile's
 * default, or its first. A profile without one is 'review.no-framework'; an unknown ID is
 * 'review.unknown-framework' listing those it has.
 *
 * @example
 * unwrap(findReviewFramework(unwrap(getProfile('toride')))).id //=> 'shimin-teian'
 */
export function findReviewFramework(profile: HasReview, id?: string): Result<ReviewFramework> {
  const frameworks = profile.review.frameworks;
  if (frameworks.length === 0)
    return err(reviewMessages.problem('review.no-framework', { profile: profile.id }, { path: ['review'] }));
  const wanted = id?.trim();
  const found =
    wanted === undefined || wanted === ''
      ? (frameworks.find((f) => f.id === profile.review.default) ?? frameworks[0])
      : frameworks.find((f) => f.id === wanted);
  if (found === undefined)
    return err(
      reviewMessages.problem(
        'review.unknown-framework',
        { framework: wanted ?? '', known: frameworks.map((f) => f.id).join(', ') },
        { path: ['review', 'frameworks'], input: id },
      ),
    );
  return ok(found);
}
