import type { Problem } from './Problem.js';

/** A success, possibly with warnings (a value read, but worth a look). */
export interface Ok<T> {
  readonly ok: true;
  readonly value: T;
  readonly warnings: readonly Problem[];
}

/** A failure: one or more problems, at least one of them an error. */
export interface Err {
  readonly ok: false;
  readonly problems: readonly Problem[];
}

/**
 * The result of a function that takes user data: a value, or the problems that prevented it.
 * Expected failures are values (docs/contributing.md "Conventions"); `unwrap` is the throwing door.
 */
export type Result<T> = Ok<T> | Err;

/** A success. */
export function ok<T>(value: T, warnings: readonly Problem[] = []): Ok<T> {
  return { ok: true, value, warnings };
}

/** A failure with the given problems. */
export function err(problems: Problem | readonly Problem[]): Err {
  return { ok: false, problems: Array.isArray(problems) ? problems : [problems as Problem] };
}
