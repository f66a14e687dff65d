import type { Path, Problem } from '../problems/Problem.js';
import { isPlainObject } from './mergeProfileData.js';
import { profileMessages } from './messages.js';
import { pathText } from './pathText.js';

/**
 * Keys of a profile's JSON that the schema does not know (a typo such as `synonym` for
 * `synonyms`), found by walking the input beside the validated output: a key the output does
 * not keep was not read. Each is a 'profile.unknown-key' warning, never silently dropped.
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
      if (key in output) out.push(...unknownKeys(value, output[key], map, [...path, key]));
      else {
        const at = [...path, key];
        out.push(
          profileMessages.problem(
            'profile.unknown-key',
            { path: pathText(map(at)), key, known: Object.keys(output).join(', ') },
            { path: map(at), input: value },
          ),
        );
      }
    }
  }
  return out;
}
