import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Console } from './Console.js';
import { run } from './run.js';

let dir: string;

function capture(
  errIsTerminal: boolean,
  env: Readonly<Record<string, string>> = {},
): Console & { stdout: () => string; stderr: () => string } {
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
    env,
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
    // No locale and no --lang: Japanese alone.
    expect(term.stderr()).toMatch(/検証中 large: [\d,]+\/6,000/);
    expect(term.stderr()).not.toContain('checking');
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
  it('says things in the language of --lang, else of the locale (LC_ALL, LC_MESSAGES, LANG)', async () => {
    const args = ['validate', join(dir, 'small.csv'), '--profile', 'ichinoseki', '--today', 'x'];
    const said = async (env: Record<string, string>, ...more: string[]) => {
      const term = capture(false, env);
      expect(await run([...args, ...more], term)).toBe(2);
      return term.stderr();
    };
    const english = await said({ LC_ALL: 'en_US.UTF-8', LANG: 'ja_JP.UTF-8' });
    expect(english).toMatch(/^kyodo: --today x: /);
    expect(english).not.toMatch(/[ぁ-ん]/);
    const japanese = await said({ LC_MESSAGES: 'ja_JP.UTF-8', LANG: 'en_US.UTF-8' });
    expect(japanese).toMatch(/[ぁ-ん]/);
    expect(japanese).not.toContain(' / ');
    // The flag beats the locale; both is Japanese then English on one line.
    expect(await said({ LANG: 'en_US.UTF-8' }, '--lang', 'ja')).toBe(japanese);
    const both = await said({ LANG: 'C' }, '--lang', 'both');
    expect(both).toBe(`${japanese.trimEnd()} / ${english.slice('kyodo: '.length)}`);
    // A bad --lang: the language is not known, both are said.
    const bad = capture(false, { LANG: 'en_US.UTF-8' });
    expect(await run([...args, '--lang', 'fr'], bad)).toBe(2);
    expect(bad.stderr()).toBe(
      'kyodo: --lang は ja、en、both のどれかです (fr) / --lang is one of ja, en, both (not fr)\n',
    );
  });
});
