import type { Path, Problem } from '../problems/Problem.js';
import { reviewMessages } from './messages.js';

// Internal: the shape of what the review functions are handed, checked before anything is read,
// so that a careless caller gets a typed problem at its path, never a TypeError or a wrong
// ranking (RULES X3: a reviewer counted twice, a conflict read as no conflict).

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const isName = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';

/** What was received, said in Japanese and in English. */
function seen(v: unknown): { receivedJa: string; received: string } {
  if (v === null) return { receivedJa: 'null', received: 'null' };
  if (v === undefined) return { receivedJa: '何もありません', received: 'nothing' };
  if (Array.isArray(v)) return { receivedJa: '一覧', received: 'a list' };
  if (typeof v === 'object') return { receivedJa: 'オブジェクト', received: 'an object' };
  if (typeof v === 'string' && v.trim() === '') return { receivedJa: '空欄', received: 'blank' };
  const t = typeof v === 'string' ? JSON.stringify(v) : String(v);
  const shown = t.length > 30 ? `${t.slice(0, 29)}…` : t;
  return { receivedJa: shown, received: shown };
}

function invalid(path: Path, expected: string, expectedJa: string, received: unknown): Problem {
  return reviewMessages.problem(
    'review.invalid-input',
    { path: path.map(String).join('.'), expected, expectedJa, ...seen(received) },
    { path, input: received },
  );
}

/** A review framework as reviewFrameworkSchema makes it: an object with a list of criteria. */
export function checkFramework(framework: unknown, path: Path): Problem | undefined {
  if (!isObject(framework) || typeof framework.id !== 'string' || !Array.isArray(framework.criteria))
    return invalid(path, 'a review framework of a profile', 'プロファイルの審査の基準', framework);
  return undefined;
}

/**
 * A list of reviews: objects naming their reviewer and application in text, whose scores, when
 * given, are an object and whose conflict, when given, is true or false (a conflict written
 * 'yes' read as none would count a reviewer the rule leaves out).
 */
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
    if (!isName(r.reviewer))
      return invalid([...path, i, 'reviewer'], 'a reviewer’s name', '審査員の名前', r.reviewer);
    if (typeof r.application !== 'string')
      return invalid(
        [...path, i, 'application'],
        'the application’s ID (text)',
        '申請の番号（文字列）',
        r.application,
      );
    if (r.scores !== undefined && !isObject(r.scores))
      return invalid(
        [...path, i, 'scores'],
        'an object of points by criterion',
        '審査項目ごとの点数',
        r.scores,
      );
    if (r.conflict !== undefined && typeof r.conflict !== 'boolean')
      return invalid(
        [...path, i, 'conflict'],
        'true or false (a conflict of interest or none)',
        'true か false（利害関係の有無）',
        r.conflict,
      );
  }
  return undefined;
}

/** A list of applications: objects whose ID, when given, is text (a blank one is said later). */
export function checkApplications(applications: unknown, path: Path): Problem | undefined {
  if (!Array.isArray(applications))
    return invalid(path, 'a list of applications', '申請の一覧', applications);
  for (let i = 0; i < applications.length; i++) {
    const a = applications[i];
    if (!isObject(a))
      return invalid([...path, i], 'an application { id, requested, … }', '申請 { id, requested, … }', a);
    if (a.id !== undefined && a.id !== null && typeof a.id !== 'string')
      return invalid([...path, i, 'id'], 'the application’s ID (text)', '申請の番号（文字列）', a.id);
  }
  return undefined;
}

/** An object argument (a scoreReview input, rankApplications' options). */
export function checkObject(value: unknown, path: Path): Problem | undefined {
  return isObject(value) ? undefined : invalid(path, 'an object', 'オブジェクト', value);
}

/**
 * A panel, when given: a list of reviewers' names, each once (a name twice would count that
 * reviewer twice in the panel's total). `key` is how names are compared.
 */
export function checkPanel(panel: unknown, path: Path, key: (name: string) => string): Problem | undefined {
  if (panel === undefined) return undefined;
  if (!Array.isArray(panel)) return invalid(path, 'a list of reviewers’ names', '審査員の名前の一覧', panel);
  const named = new Set<string>();
  for (let i = 0; i < panel.length; i++) {
    const name: unknown = panel[i];
    if (!isName(name)) return invalid([...path, i], 'a reviewer’s name', '審査員の名前', name);
    const k = key(name);
    if (named.has(k))
      return invalid([...path, i], 'a reviewer not already on the panel', 'まだ名簿にない審査員', name);
    named.add(k);
  }
  return undefined;
}
