import { mkdir, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { err, ok, type Problem, type Result } from '@kyodo/core';
import { ioMessages } from '../io/ioMessages.js';

/**
 * Make the folder an output goes in (out/ need not exist), one level at a time from the
 * nearest folder that exists: a path through a file, or a place where no folder can be made
 * (under /proc), is one problem naming the folder — never a retry without end, as
 * `mkdir(…, { recursive: true })` does under /proc on Node 20 (docs/security.md, 出力先の安全).
 * `output` is the path as the user gave it, for the message; `file` the absolute path.
 */
export async function makeFolderFor(output: string, file: string): Promise<Result<void>> {
  const missing: string[] = [];
  let folder = dirname(file);
  for (;;) {
    try {
      const info = await stat(folder);
      if (!info.isDirectory()) return fail(output, folder, 'ENOTDIR');
      break;
    } catch (error) {
      const code = codeOf(error);
      if (code !== 'ENOENT' && code !== 'ENOTDIR') return fail(output, folder, code);
      const parent = dirname(folder);
      if (parent === folder) return fail(output, folder, code);
      missing.push(folder);
      folder = parent;
    }
  }
  for (const each of missing.reverse()) {
    try {
      await mkdir(each);
    } catch (error) {
      const code = codeOf(error);
      if (code === 'EEXIST' && (await isFolder(each))) continue;
      return fail(output, each, code);
    }
  }
  return ok(undefined);
}

async function isFolder(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

function codeOf(error: unknown): string {
  return (error as { code?: string }).code ?? String(error);
}

function fail(output: string, folder: string, reason: string): Result<void> {
  const problem: Problem = ioMessages.problem(
    'io.output-folder',
    { output, folder, reason },
    { path: [output] },
  );
  return err([problem]);
}
