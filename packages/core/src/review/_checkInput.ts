import type { Path, Problem } from '../problems/Problem.js';
import { reviewMessages } from './messages.js';

// Internal: the shape of what the review functions are handed, checked before anything is read,
// so that a careless caller gets a typed problem at its path, never a TypeError.

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function seen(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'an object';
  const t = typeof v === 'string' ? JSON.stringify(v) : String(v);
  return t.length > 30 ? `${t.slice(0, 29)}…` : t;
}

function invalid(path: Path, expected: string, expectedJa: string, received: unknown): Problem {
  return reviewMessages.problem(
    'review.invalid-input',
    { path: path.map(String).join('.'), expected, expectedJa, received: seen(received) },
    { path, input: received },
  );
}

/** A review framework as reviewFrameworkSchema makes it: an object with a list of criteria. */
export function checkFramework(framework: unknown, path: Path): Problem | undefined {
  if (!isObject(framework) || typeof framework.id !== 'string' || !Array.isArray(framework.criteria))
    return invalid(path, 'a review framework of a profile', 'プロファイルの審査の基準', framework);
  return undefined;
}

/** A list of reviews: objects whose scores, when given, are an object. */
export function checkReviews(reviews: unknown, path: Path): Problem | undefined {
  if (!Array.isArray(reviews)) return invalid(path, 'a list of reviews', '審査の一覧', reviews);
  for (let i = 0; i < reviews.length; i++) {
    const r = reviews[i];
    if (!isObject(r))
      return invalid(
        [...path, i],
        'a review { reviewer, application, … }',
        '審査 { reviewer, application, … }',
        r,
      );
    if (r.scores !== undefined && !isObject(r.scores))
      return invalid(
        [...path, i, 'scores'],
        'an object of points by criterion',
        '審査項目ごとの点数',
        r.scores,
      );
  }
  return undefined;
}

/** A list of applications: objects. */
export function checkApplications(applications: unknown, path: Path): Problem | undefined {
  if (!Array.isArray(applications))
    return invalid(path, 'a list of applications', '申請の一覧', applications);
  const i = applications.findIndex((a) => !isObject(a));
  if (i >= 0)
    return invalid(
      [...path, i],
      'an application { id, requested, … }',
      '申請 { id, requested, … }',
      applications[i],
    );
  return undefined;
}

/** An object argument (a scoreReview input, rankApplications' options). */
export function checkObject(value: unknown, path: Path): Problem | undefined {
  return isObject(value) ? undefined : invalid(path, 'an object', 'オブジェクト', value);
}

/** A panel: a list of names, when given. */
export function checkPanel(panel: unknown, path: Path): Problem | undefined {
  if (panel === undefined) return undefined;
  if (!Array.isArray(panel) || panel.some((p) => typeof p !== 'string'))
    return invalid(path, 'a list of reviewers’ names', '審査員の名前の一覧', panel);
  return undefined;
}
