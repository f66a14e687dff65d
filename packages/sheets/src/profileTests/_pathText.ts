import type { Path } from '@kyodo/core';

/** Internal: a path for a message, ['tests', 2, 'expect', 'amount'] -> 'tests[2].expect.amount'. */
export function pathText(path: Path): string {
  let out = '';
  for (const part of path) out += typeof part === 'number' ? `[${part}]` : out === '' ? part : `.${part}`;
  return out;
}
