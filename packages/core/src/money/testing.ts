import { expect } from 'vitest';
import type { Result } from '../problems/Result.js';

/** Test helper (not exported from the folder): the value of an ok result, with its warning codes. */
export function expectOk<T>(result: Result<T>, value: T, warnings: readonly string[] = []): void {
  expect(
    result.ok ? { value: result.value, warnings: result.warnings.map((w) => w.code) } : result.problems,
  ).toEqual({
    value,
    warnings,
  });
}

/** Test helper: the codes of an err result. */
export function expectErr(result: Result<unknown>, code: string): void {
  expect(result.ok ? { value: result.value } : result.problems.map((p) => p.code)).toEqual([code]);
}
