import { existsSync, readdirSync, statSync } from 'node:fs';
import { extname, isAbsolute, join, resolve } from 'node:path';
import type { Problem } from '@kyodo/core';
import { globSync, isDynamicPattern } from 'tinyglobby';
import { ioMessages } from './ioMessages.js';

/** The files a folder given as an argument stands for. */
const WORKBOOKS = new Set(['.xlsx', '.xlsm', '.csv']);

/** Options of expandFileArgs. */
export interface ExpandOptions {
  /** The folder relative arguments start from. */
  readonly cwd: string;
  /** The platform whose conventions apply (default: this one): on win32, a backslash separates folders. */
  readonly platform?: NodeJS.Platform;
}

/** What the file arguments stand for: the files, in order, and what could not be expanded. */
export interface ExpandedFiles {
  readonly files: readonly string[];
  readonly problems: readonly Problem[];
}

/**
 * The files the command's file arguments stand for (docs/cli.md "ファイルの指定 / Giving
 * files"), the same on every platform: a file is itself; a folder is its .xlsx, .xlsm and .csv
 * files (not its subfolders); a pattern such as `*.xlsx` or `data/**\/*.csv` is expanded by
 * kyodo, since the Windows command prompt and PowerShell pass it on as typed. A name that
 * exists is never read as a pattern (「予算(1).xlsx」, 「[確定]一覧.xlsx」). Excel's lock files
 * (~$name.xlsx, present while a workbook is open) are left out. Each file comes once, in the
 * order of the arguments, a folder's and a pattern's files sorted by name. A folder without
 * workbooks and a pattern that matches nothing are problems; a missing file is left for the
 * reader to report.
 *
 * @example
 * expandFileArgs(['一覧.xlsx', 'r6', '*.csv'], { cwd })
 * //=> { files: ['一覧.xlsx', 'r6/a.xlsx', 'r6/b.xlsx', 'x.csv'], problems: [] }
 */
export function expandFileArgs(args: readonly string[], options: ExpandOptions): ExpandedFiles {
  const { cwd, platform = process.platform } = options;
  const files: string[] = [];
  const problems: Problem[] = [];
  const seen = new Set<string>();
  const add = (file: string) => {
    const key = resolve(cwd, file);
    if (seen.has(key)) return;
    seen.add(key);
    files.push(file);
  };
  for (const arg of args) {
    const path = resolve(cwd, arg);
    if (existsSync(path)) {
      if (!statSync(path).isDirectory()) {
        add(arg);
        continue;
      }
      const inFolder = readdirSync(path, { withFileTypes: true })
        .filter((e) => e.isFile() && WORKBOOKS.has(extname(e.name).toLowerCase()) && !isLockFile(e.name))
        .map((e) => e.name)
        .sort();
      if (inFolder.length === 0)
        problems.push(ioMessages.problem('io.empty-folder', { folder: arg }, { path: [arg] }));
      for (const name of inFolder) add(join(arg, name));
      continue;
    }
    // Patterns are written with /; on Windows a \ in an argument is a folder separator too.
    const pattern = platform === 'win32' ? arg.replaceAll('\\', '/') : arg;
    if (!isDynamicPattern(pattern)) {
      add(arg);
      continue;
    }
    const matched = globSync(pattern, {
      cwd,
      absolute: isAbsolute(pattern),
      onlyFiles: true,
      expandDirectories: false,
      caseSensitiveMatch: platform !== 'win32',
    })
      .filter((file) => !isLockFile(file.slice(file.lastIndexOf('/') + 1)))
      .sort();
    if (matched.length === 0)
      problems.push(ioMessages.problem('io.no-match', { pattern: arg }, { path: [arg] }));
    for (const file of matched) add(join(file));
  }
  return { files, problems };
}

/** Excel's owner file, ~$name.xlsx, which exists while the workbook is open. */
function isLockFile(name: string): boolean {
  return name.startsWith('~$');
}
