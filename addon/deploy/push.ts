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
import { cite, defineMessages, type Problem } from '@kyodo/core';

const GUIDE = cite('kyodo', 'docs/addon.md ビルドとデプロイ / Build and deploy');

/**
 * What can stop a push before clasp runs: each code with a Japanese and an English message that
 * says what to do (docs/addon.md, steps 3 and 4).
 */
export const deployMessages = defineMessages({
  'deploy.no-project-file': {
    summaryJa: 'addon/.clasp.json がありません',
    action: {
      ja: 'docs/addon.md「3. Apps Script プロジェクトを作る」の手順で作ってください',
      en: 'Create it as in docs/addon.md “3. Create the Apps Script project”',
    },
    severity: 'error',
    summary: 'addon/.clasp.json is missing',
    source: GUIDE,
    ja: (p: { file: string }) =>
      `${p.file} がありません。リポジトリの addon/.clasp.json（"rootDir": "dist"）を元に戻してから、手順3を実行してください`,
    en: (p: { file: string }) =>
      `${p.file} is missing: restore addon/.clasp.json ("rootDir": "dist") from the repository, then run step 3`,
  },
  'deploy.unreadable-project-file': {
    summaryJa: 'addon/.clasp.json が JSON のオブジェクトではありません',
    action: { ja: 'docs/addon.md の手順でもう一度作ってください', en: 'Create it again as in docs/addon.md' },
    severity: 'error',
    summary: 'addon/.clasp.json is not a JSON object',
    source: GUIDE,
    ja: (p: { file: string; reason: string }) =>
      `${p.file} を JSON として読めません（${p.reason}）。{ "scriptId": "…", "rootDir": "dist" } の形にしてください`,
    en: (p: { file: string; reason: string }) =>
      `${p.file} is not readable JSON (${p.reason}); expected { "scriptId": "…", "rootDir": "dist" }`,
  },
  'deploy.no-script-id': {
    summaryJa: '.clasp.json に scriptId がなく、Apps Script プロジェクトがまだありません',
    action: {
      ja: 'docs/addon.md「3. Apps Script プロジェクトを作る」の手順で作ってください',
      en: 'Create it as in docs/addon.md “3. Create the Apps Script project”',
    },
    severity: 'error',
    summary: 'No Apps Script project yet: .clasp.json has no scriptId',
    source: GUIDE,
    ja: (p: { file: string }) =>
      `${p.file} にスクリプト ID（"scriptId"）がありません。手順3のとおり、addon フォルダで npx clasp create-script --type standalone --title "協働チェック" --rootDir dist を実行するか、既存のプロジェクトのスクリプト ID を書いてください`,
    en: (p: { file: string }) =>
      `${p.file} has no "scriptId": run step 3 in the addon folder (npx clasp create-script --type standalone --title "協働チェック" --rootDir dist), or write the script ID of an existing project`,
  },
  'deploy.root-dir': {
    summaryJa: '.clasp.json が dist/ を送る設定になっていません',
    action: {
      ja: '.clasp.json の rootDir を "dist" にしてください（docs/addon.md）',
      en: 'Set rootDir to "dist" in .clasp.json (docs/addon.md)',
    },
    severity: 'error',
    summary: '.clasp.json does not send dist/ (clasp create-script without --rootDir dist rewrote it)',
    source: GUIDE,
    ja: (p: { file: string; rootDir: string }) =>
      `${p.file} の "rootDir" が "dist" ではなく「${p.rootDir}」です。このままプッシュすると、ビルドした dist/ ではなく clasp の初期ファイルが送られます（clasp create-script を --rootDir dist なしで実行すると書き換わります）。"rootDir": "dist" に直してください`,
    en: (p: { file: string; rootDir: string }) =>
      `${p.file} has "rootDir": "${p.rootDir}", not "dist": a push would send clasp's starter files instead of the build in dist/ (clasp create-script rewrites it when run without --rootDir dist). Set "rootDir": "dist"`,
  },
});

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
    process.stderr.write(`clasp を起動できません / cannot start clasp: ${run.error.message}\n`);
    return 1;
  }
  return run.status ?? 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const addonDir = fileURLToPath(new URL('..', import.meta.url));
  process.exitCode = claspPush(process.argv.slice(2), { addonDir });
}
