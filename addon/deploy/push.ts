/**
 * `npm run addon:push [-- <options of clasp push>]` (docs/addon.md "4. プッシュ / Push"): run after
 * the build, it checks that addon/.clasp.json sends dist/ to an Apps Script project, then runs
 * `clasp push` with the options given: `--force` overwrites the manifest without asking,
 * `--watch` pushes again on every change.
 *
 * The check is there because `clasp create-script` rewrites .clasp.json: without
 * `--rootDir dist` it points the project at addon/ itself, and a push would send clasp's
 * starter files instead of the build.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Problem } from '@kyodo/core';
import { DEPLOY_WORDS, deployMessages } from './deployMessages.js';

/**
 * Problems that keep addon/.clasp.json from pushing the build: no file, no script ID, or a
 * rootDir (or srcDir, which clasp reads first) other than dist/. Empty when a push can go.
 */
export function checkClaspProject(addonDir: string): Problem[] {
  const file = join(addonDir, '.clasp.json');
  const shown = 'addon/.clasp.json';
  if (!existsSync(file)) return [deployMessages.problem('deploy.no-project-file', { file: shown })];
  let config: unknown;
  try {
    config = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return [deployMessages.problem('deploy.unreadable-project-file', { file: shown, reason })];
  }
  if (typeof config !== 'object' || config === null || Array.isArray(config))
    return [
      deployMessages.problem('deploy.unreadable-project-file', { file: shown, reason: 'not an object' }),
    ];
  const { scriptId, srcDir, rootDir } = config as Record<string, unknown>;
  const problems: Problem[] = [];
  if (typeof scriptId !== 'string' || scriptId.trim() === '')
    problems.push(deployMessages.problem('deploy.no-script-id', { file: shown }));
  // The folder clasp pushes: srcDir, else rootDir, else the folder of .clasp.json.
  const dir = [srcDir, rootDir].find((d): d is string => typeof d === 'string' && d !== '') ?? '.';
  if (relative(join(addonDir, 'dist'), resolve(addonDir, dir)) !== '')
    problems.push(deployMessages.problem('deploy.root-dir', { file: shown, rootDir: dir }));
  return problems;
}

/** Options of claspPush. */
export interface ClaspPushOptions {
  /** The folder of .clasp.json (addon/). */
  readonly addonDir: string;
  /** The clasp command and its leading arguments; default: `clasp` as npm puts it on PATH. */
  readonly clasp?: readonly string[];
}

/**
 * Checks addon/.clasp.json, then runs `clasp push` with `args` in addon/; returns the exit
 * code (1 with the problems written to stderr when the check fails, clasp not run).
 */
export function claspPush(args: readonly string[], options: ClaspPushOptions): number {
  const problems = checkClaspProject(options.addonDir);
  if (problems.length > 0) {
    for (const p of problems) process.stderr.write(`${p.message.ja}\n${p.message.en}\n`);
    return 1;
  }
  const [command = 'clasp', ...lead] = options.clasp ?? ['clasp'];
  const run = spawnSync(command, [...lead, 'push', ...args], {
    cwd: options.addonDir,
    stdio: 'inherit',
    // npm's shims on Windows are .cmd files, which only a shell runs.
    shell: process.platform === 'win32' && options.clasp === undefined,
  });
  if (run.error !== undefined) {
    process.stderr.write(`${DEPLOY_WORDS.cannotStartClasp}: ${run.error.message}\n`);
    return 1;
  }
  return run.status ?? 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const addonDir = fileURLToPath(new URL('..', import.meta.url));
  process.exitCode = claspPush(process.argv.slice(2), { addonDir });
}
