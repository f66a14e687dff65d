import type { Path } from '../problems/Problem.js';

/** A path for a message: ['forms', 2, 'label', 'ja'] -> 'forms[2].label.ja'; [] -> '(root)'. */
export function pathText(path: Path): string {
  if (path.length === 0) return '(root)';
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? part : `.${part}`;
  }
  return out;
}
