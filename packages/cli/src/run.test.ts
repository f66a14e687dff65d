import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Console } from './Console.js';
import { run } from './run.js';

let dir: string;

function capture(errIsTerminal: boolean): Console & { stdout: () => string; stderr: () => string } {
  let out = '';
  let err = '';
  return {
    out: (t) => {
      out += t;
    },
    err: (t) => {
      err += t;
    },
    errIsTerminal,
    cwd: process.cwd(),
    today: () => '2025-05-31',
    stdout: () => out,
    stderr: () => err,
  };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'kyodo-run-'));
  const lines = ['事業名,協働相手,協働の形態,主催,年度,予算額'];
  for (let i = 1; i <= 6000; i++)
    lines.push(`事業${i},団体${i},共催,共同,令和6年度,"${(100000 + i).toLocaleString('en-US')}"`);
  writeFileSync(join(dir, 'large.csv'), `${lines.join('\r\n')}\r\n`);
  writeFileSync(join(dir, 'small.csv'), `${lines.slice(0, 4).join('\r\n')}\r\n`);
});

describe('run', () => {
  it('shows progress on stderr for a large file when stderr is a terminal', async () => {
    const term = capture(true);
    const code = await run(
      ['validate', join(dir, 'large.csv'), '--profile', 'ichinoseki', '--format', 'json'],
      term,
    );
    expect(code).toBe(0);
    expect(term.stderr()).toMatch(/検証中 \/ checking large: [\d,]+\/6,000/);
    expect(JSON.parse(term.stdout()).totals.rowsRead).toBe(6000);
    // The first run loads every command module: on a shared machine that alone can pass 5 s.
  }, 30_000);
  it('stays quiet when stderr is not a terminal, and for a small file', async () => {
    const pipe = capture(false);
    await run(['validate', join(dir, 'large.csv'), '--profile', 'ichinoseki', '--format', 'json'], pipe);
    expect(pipe.stderr()).toBe('');
    const small = capture(true);
    await run(['validate', join(dir, 'small.csv'), '--profile', 'ichinoseki'], small);
    expect(small.stderr()).toBe('');
  });
  it('uses the day it is given, never the clock, when no --today is given', async () => {
    const term = capture(false);
    await run(['validate', join(dir, 'small.csv'), '--profile', 'ichinoseki', '--format', 'json'], term);
    expect(JSON.parse(term.stdout()).today).toBe('2025-05-31');
  });
  it('prints help in Japanese first; an unknown command is exit 2', async () => {
    const help = capture(false);
    expect(await run(['--help'], help)).toBe(0);
    expect(help.stdout().startsWith('kyodo — 協働事業')).toBe(true);
    const bad = capture(false);
    expect(await run(['valdate'], bad)).toBe(2);
    expect(bad.stderr()).toMatch(/^kyodo: 「valdate」というコマンドはありません/);
  });
});
