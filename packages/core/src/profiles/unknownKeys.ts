import type { Path, Problem } from '../problems/Problem.js';
import { builtinProfiles } from './builtin/index.js';
import { isPlainObject } from './mergeProfileData.js';
import { profileMessages } from './messages.js';
import { nearestKey } from './nearestKey.js';
import { pathText } from './pathText.js';

/**
 * Keys of a profile's JSON that the schema does not know (a typo such as `synonym` for
 * `synonyms`), found by walking the input beside the validated output: a key the output does
 * not keep was not read. Each is a 'profile.unknown-key' warning, never silently dropped, with
 * the nearest key a profile can have (annualLimt → annualLimit) when one is near.
 */
export function unknownKeys(
  input: unknown,
  output: unknown,
  map: (path: Path) => Path = (path) => path,
  path: Path = [],
): Problem[] {
  const out: Problem[] = [];
  if (Array.isArray(input) && Array.isArray(output)) {
    input.forEach((item, index) => {
      out.push(...unknownKeys(item, output[index], map, [...path, index]));
    });
  } else if (isPlainObject(input) && isPlainObject(output)) {
    for (const [key, value] of Object.entries(input)) {
      if (Object.hasOwn(output, key)) out.push(...unknownKeys(value, output[key], map, [...path, key]));
      else {
        const at = [...path, key];
        out.push(
          profileMessages.problem(
            'profile.unknown-key',
            {
              path: pathText(map(at)),
              key,
              known: Object.keys(output).join(', '),
              suggestion: nearestKey(key, [...Object.keys(output), ...vocabulary()]) ?? '',
            },
            { path: map(at), input: value },
          ),
        );
      }
    }
  }
  return out;
}

let known: ReadonlySet<string> | undefined;

/** Every key the built-in profiles use, at any depth: what a profile may say (built once, on first use). */
function vocabulary(): ReadonlySet<string> {
  if (known !== undefined) return known;
  const keys = new Set<string>();
  const stack: unknown[] = [...builtinProfiles];
  while (stack.length > 0) {
    const value = stack.pop();
    if (Array.isArray(value)) stack.push(...value);
    else if (isPlainObject(value))
      for (const [k, v] of Object.entries(value)) {
        keys.add(k);
        stack.push(v);
      }
  }
  known = keys;
  return keys;
}
