import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Problem } from '@kyodo/core';
import { ioMessages } from '../io/ioMessages.js';

/**
 * An output that is the same file as one of the inputs (docs/security.md, 出力先の安全): the
 * files are compared by device and inode, so another spelling of the path (`./x/../x.xlsx`),
 * a symbolic link and a hard link are all caught — a path comparison misses the last two. An
 * output that does not exist yet is no input. `option` is how the output was given
 * (`--out`, `--annotate`), for the message.
 */
export function outputOntoInput(
  option: string,
  output: string,
  inputs: readonly string[],
  cwd: string,
): Problem | undefined {
  const target = identityOf(resolve(cwd, output));
  if (target === undefined) return undefined;
  for (const input of inputs) {
    if (identityOf(resolve(cwd, input)) === target)
      return ioMessages.problem('io.output-is-input', { option, output, input }, { path: [output] });
  }
  return undefined;
}

/** Device and inode of the file a path leads to (through links), or undefined when there is none. */
function identityOf(path: string): string | undefined {
  try {
    const info = statSync(path, { bigint: true });
    return `${info.dev}:${info.ino}`;
  } catch {
    return undefined;
  }
}
