import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, bin, examples, kyodo } from './kyodo.js';
import { writeLargeSheet } from './largeSheet.js';

/**
 * Outputs never onto inputs, written atomically, and a folder that cannot be made said in one
 * line (docs/security.md, 出力先の安全): each as a user would meet it, on the built command.
 */
let dir: string;
const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

beforeAll(() => {
  assertBuilt();
  dir = mkdtempSync(join(tmpdir(), 'kyodo-outputs-'));
  mkdirSync(join(dir, 'x'));
  copyFileSync(`${examples}ichinoseki.xlsx`, join(dir, 'x', '事業一覧.xlsx'));
  copyFileSync(`${examples}toride-projects-sjis.csv`, join(dir, 'toride.csv'));
  linkSync(join(dir, 'x', '事業一覧.xlsx'), join(dir, 'hard.xlsx'));
  symlinkSync(join(dir, 'x', '事業一覧.xlsx'), join(dir, 'link.xlsx'));
  linkSync(join(dir, 'toride.csv'), join(dir, 'toride-link.md'));
  symlinkSync(join(dir, 'toride.csv'), join(dir, 'toride-symlink.html'));
});

/** Run in the folder and check: exit 2, one line naming both files, the inputs unchanged. */
/** The refusal, said in both languages (--lang both: the content is tested). */
function refused(args: readonly string[], output: string, input: string): void {
  const before = [sha(join(dir, 'x', '事業一覧.xlsx')), sha(join(dir, 'toride.csv'))];
  const run = kyodo([...args, '--lang', 'both'], { cwd: dir });
  expect(run.code, run.stderr).toBe(2);
  const lines = run.stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toContain(`${output} は入力ファイル ${input} と同じファイルです`);
  expect(lines[0]).toContain(`${output} is the input file ${input}`);
  expect(run.stdout).toBe('');
  expect([sha(join(dir, 'x', '事業一覧.xlsx')), sha(join(dir, 'toride.csv'))]).toEqual(before);
}

describe('an output that is an input is refused, by any name or link', () => {
  it('validate --out: the same name, another spelling, a hard link, a symbolic link', () => {
    refused(
      ['validate', 'x/事業一覧.xlsx', '--out', 'x/事業一覧.xlsx'],
      'x/事業一覧.xlsx',
      'x/事業一覧.xlsx',
    );
    refused(
      ['validate', 'x/事業一覧.xlsx', '--out', './x/../x/事業一覧.xlsx'],
      './x/../x/事業一覧.xlsx',
      'x/事業一覧.xlsx',
    );
    refused(['validate', 'x/事業一覧.xlsx', '--out', 'hard.xlsx'], 'hard.xlsx', 'x/事業一覧.xlsx');
    refused(['validate', 'x/事業一覧.xlsx', '--out', 'link.xlsx'], 'link.xlsx', 'x/事業一覧.xlsx');
    // A report name that is a link to the input: the name does not tell, the file does.
    refused(['validate', 'toride.csv', '--out', 'toride-link.md'], 'toride-link.md', 'toride.csv');
    refused(
      ['validate', 'x/事業一覧.xlsx', 'toride.csv', '--out', 'toride-symlink.html'],
      'toride-symlink.html',
      'toride.csv',
    );
  });

  it('validate --annotate: a hard link, a symbolic link, another spelling', () => {
    const args = ['validate', 'x/事業一覧.xlsx', '--profile', 'ichinoseki', '--annotate'];
    refused([...args, 'hard.xlsx'], 'hard.xlsx', 'x/事業一覧.xlsx');
    refused([...args, 'link.xlsx'], 'link.xlsx', 'x/事業一覧.xlsx');
    refused([...args, './x/../x/事業一覧.xlsx'], './x/../x/事業一覧.xlsx', 'x/事業一覧.xlsx');
  });

  it('report --out: a hard link, a symbolic link, the same name', () => {
    refused(['report', 'toride.csv', '--out', 'toride-link.md'], 'toride-link.md', 'toride.csv');
    refused(['report', 'toride.csv', '--out', 'toride-symlink.html'], 'toride-symlink.html', 'toride.csv');
    refused(
      ['report', 'x/事業一覧.xlsx', '--out', './x/../hard.xlsx'],
      './x/../hard.xlsx',
      'x/事業一覧.xlsx',
    );
  });

  it('--out with an Excel name is refused, not written as text', () => {
    for (const command of ['validate', 'report']) {
      for (const name of ['結果.xlsx', 'result.XLSM']) {
        const run = kyodo([command, 'toride.csv', '--out', name, '--lang', 'both'], { cwd: dir });
        expect(run.code).toBe(2);
        expect(run.stderr.trim().split('\n')).toHaveLength(1);
        expect(run.stderr).toContain(`--out ${name}: --out は報告`);
        expect(run.stderr).toContain('never an Excel workbook: give --annotate for a marked copy');
        expect(existsSync(join(dir, name))).toBe(false);
      }
    }
  });
});

describe('an output folder that cannot be made', () => {
  it('under /proc, or through a file, is one line and exit 2 at once', () => {
    for (const [out, folder] of [
      ['/proc/kyodo/report.json', '/proc/kyodo'],
      ['toride.csv/out/report.json', join(dir, 'toride.csv')],
    ] as const) {
      for (const command of ['validate', 'report']) {
        const run = kyodo(
          [
            command,
            'toride.csv',
            '--out',
            out,
            '--format',
            command === 'report' ? 'md' : 'json',
            '--lang',
            'en',
          ],
          {
            cwd: dir,
          },
        );
        expect(run.code, run.stderr).toBe(2);
        expect(run.stderr.trim().split('\n').at(-1)).toContain(
          `cannot write ${out}: the folder ${folder} cannot be made`,
        );
      }
    }
  }, 60_000);
});

describe('a run killed while it writes', () => {
  it('leaves the earlier good copy whole and nothing half-written under the final name', async () => {
    const input = join(dir, 'large.xlsx');
    await writeLargeSheet(input, { rows: 60_000, badEvery: 2 });
    const final = join(dir, 'copies', 'large-annotated.xlsx');
    mkdirSync(join(dir, 'copies'));
    writeFileSync(final, 'the earlier good copy');
    const good = sha(final);
    let killedMidWrite = false;
    // The kill must land after the temporary file appears and before it is renamed: try again
    // if a run finished first (the machine may be fast).
    for (let attempt = 0; attempt < 4 && !killedMidWrite; attempt++) {
      const child = spawn(
        process.execPath,
        [bin, 'validate', input, '--profile', 'ichinoseki', '--annotate', final],
        {
          stdio: 'ignore',
        },
      );
      const exited = new Promise<void>((done) => child.on('exit', () => done()));
      let seen = false;
      while (!seen && child.exitCode === null) {
        seen = readdirSync(join(dir, 'copies')).some((n) => n.includes('.kyodo-unfinished-'));
        if (!seen) await new Promise((r) => setTimeout(r, 2));
      }
      if (seen) child.kill('SIGKILL');
      await exited;
      const names = readdirSync(join(dir, 'copies'));
      const leftovers = names.filter((n) => n !== 'large-annotated.xlsx');
      if (seen && sha(final) === good) {
        killedMidWrite = true;
        // What is left beside it says what it is: the final name, kyodo, unfinished.
        expect(leftovers.length).toBeGreaterThan(0);
        for (const n of leftovers)
          expect(n).toMatch(/^large-annotated\.xlsx\.kyodo-unfinished-\d+-[0-9a-f]{6}\.tmp$/);
      } else {
        // Finished before the kill: then the copy is whole and nothing else is left.
        expect(readFileSync(final).subarray(0, 2).toString('latin1')).toBe('PK');
        expect(leftovers).toEqual([]);
        writeFileSync(final, 'the earlier good copy');
      }
    }
    expect(killedMidWrite).toBe(true);
  }, 120_000);
});
