import type { Path, Problem } from '../problems/Problem.js';
import { FORBIDDEN_KEYS, PROFILE_LIMITS } from './limits.js';
import { profileMessages } from './messages.js';
import { pathText } from './pathText.js';

/**
 * Problems of a profile's JSON before the schema reads it (docs/security.md): a key that names
 * JavaScript's own machinery (`__proto__`, `constructor`, `prototype`) at any depth, and nesting
 * deeper than PROFILE_LIMITS.maxDepth, each at its path. Walked without recursion, so no input
 * can exhaust the call stack.
 */
export function checkJsonShape(json: unknown): Problem[] {
  const problems: Problem[] = [];
  const stack: { value: unknown; path: Path }[] = [{ value: json, path: [] }];
  while (stack.length > 0) {
    const { value, path } = stack.pop() as { value: unknown; path: Path };
    if (typeof value !== 'object' || value === null) continue;
    if (path.length > PROFILE_LIMITS.maxDepth) {
      problems.push(
        profileMessages.problem(
          'profile.too-deep',
          { path: pathText(path), limit: PROFILE_LIMITS.maxDepth },
          { path },
        ),
      );
      continue;
    }
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], path: [...path, i] });
      continue;
    }
    const keys = Object.keys(value);
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i] as string;
      const at = [...path, key];
      if (FORBIDDEN_KEYS.has(key)) {
        problems.push(
          profileMessages.problem('profile.forbidden-key', { path: pathText(at), key }, { path: at }),
        );
        continue;
      }
      stack.push({ value: (value as Record<string, unknown>)[key], path: at });
    }
  }
  return problems;
}
