import { isAbsolute, relative } from 'node:path';
import { type Bilingual, formatSource, type Problem } from '@kyodo/core';
import { type ProfileTestRun, readProfileTests, runProfileTests } from '@kyodo/sheets';
import { builtinTestFile } from '../builtinTestFile.js';
import { type Console, sayError } from '../Console.js';
import { readTestData } from '../io/readTestData.js';
import { profileArg } from '../profileArg.js';
import { renderTestRun } from '../render/renderTestRun.js';
import { formatChoiceWords } from './commandWords.js';
import { commonOptions, startCommand } from './startCommand.js';
import { noBuiltinTestsWords, testProblemWords, testWords } from './testWords.js';

const spec = {
  format: { type: 'string' },
  ...commonOptions,
} as const;

/**
 * `kyodo test PROFILE TESTS...` (docs/profiles.md テストを書く): load the profile (a built-in ID
 * or a JSON file), read each test file (YAML or JSON), check it, run its tests with
 * @kyodo/sheets runProfileTests, and print each failure with the steps that led to the amount.
 * With a built-in ID and no test file, the built-in profile's own tests run. Exit 0 when every
 * test passes, 1 when one fails, 2 when a file cannot be read or is not a valid test file (a
 * malformed YAML, an unknown program, a wrong expected type) or an argument is wrong.
 */
export async function testCommand(argv: readonly string[], outer: Console): Promise<number> {
  const started = startCommand('test', argv, spec, outer);
  if ('exit' in started) return started.exit;
  const { term, lang } = started;
  const o = started.args.options;
  const [profileName, ...given] = started.args.positionals;
  if (profileName === undefined) return usage(term, testWords.noProfile);
  const format = o.format ?? 'text';
  if (format !== 'text' && format !== 'json') return usage(term, formatChoiceWords(['text', 'json'], format));
  const profile = await profileArg(profileName, term.cwd);
  if (!profile.ok) {
    for (const p of profile.problems.filter((x) => x.severity === 'error')) sayProblem(term, p, profileName);
    return 2;
  }
  let files: readonly string[] = given;
  if (files.length === 0) {
    const own = builtinTestFile(profile.value.id);
    if (own === undefined || profileName.endsWith('.json'))
      return usage(term, noBuiltinTestsWords(profileName));
    // Shown as a path from where kyodo runs, when it is below it.
    const shown = relative(term.cwd, own);
    files = [shown.startsWith('..') || isAbsolute(shown) ? own : shown];
  }
  let bad = false;
  const runs: ProfileTestRun[] = [];
  for (const file of files) {
    const data = await readTestData(file, term.cwd);
    if (!data.ok) {
      bad = true;
      for (const p of data.problems) sayProblem(term, p);
      continue;
    }
    const { lineOf } = data.value;
    // A mistake in the file is said at its line too (a misspelt key: the key's own line).
    const line = (p: Problem) =>
      p.code === 'tests.unknown-key'
        ? lineOf(p.path, firstKey(p))
        : p.path.length === 0
          ? undefined
          : lineOf(p.path);
    const tests = readProfileTests(data.value.data, file);
    if (!tests.ok) {
      bad = true;
      for (const p of tests.problems) sayProblem(term, p, undefined, line(p));
      continue;
    }
    const run = runProfileTests(profile.value, tests.value);
    for (const outcome of run.outcomes)
      for (const p of outcome.problems) {
        bad = true;
        sayProblem(term, p, undefined, line(p));
      }
    runs.push(run);
  }
  if (format === 'json') term.out(`${JSON.stringify(runs, null, 2)}\n`);
  else if (runs.length > 0) term.out(renderTestRun(runs, lang));
  if (bad) return 2;
  return runs.some((r) => r.failed > 0) ? 1 : 0;
}

function sayProblem(term: Console, p: Problem, prefix?: string, line?: number): void {
  const pre = prefix === undefined ? '' : `${prefix}: `;
  const cite = p.source === undefined ? '' : ` [${formatSource(p.source)}]`;
  sayError(term, testProblemWords(pre, p.message, cite, line));
}

/** The first of the keys a 'tests.unknown-key' problem names. */
function firstKey(p: Problem): string | undefined {
  const keys = p.params.keys;
  return typeof keys === 'string' ? keys.split(', ')[0] : undefined;
}

function usage(term: Console, message: Bilingual): number {
  sayError(term, message);
  return 2;
}
