import type { Problem } from './Problem.js';
import type { Result } from './Result.js';

/**
 * The one error class kyodo throws for bad user data, from the throwing doors (`unwrap`,
 * `parseX` without `safe`). It carries the problems, each with its code, path and messages.
 * Any other thrown error is a programming error in kyodo.
 */
export class KyodoError extends Error {
  readonly problems: readonly Problem[];

  constructor(problems: readonly Problem[]) {
    super(problems.map((p) => `${p.code}: ${p.message.en} / ${p.message.ja}`).join('\n'));
    this.name = 'KyodoError';
    this.problems = problems;
  }
}

/** The value of a Result, or a KyodoError with its problems. */
export function unwrap<T>(result: Result<T>): T {
  if (result.ok) return result.value;
  throw new KyodoError(result.problems);
}
