import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, examples, kyodo } from './kyodo.js';

// Profiles from users, end to end: `kyodo validate --profile FILE` on the Toride example.
const example = readFileSync(`${examples}custom-profile.json`, 'utf8');
let dir: string;
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
const validate = (profile: string) =>
  kyodo([
    'validate',
    `${examples}toride.xlsx`,
    '--profile',
    profile,
    '--today',
    '2024-10-01',
    '--lang',
    'both',
  ]);

beforeAll(() => {
  assertBuilt();
  dir = mkdtempSync(join(tmpdir(), 'kyodo-profiles-'));
});

describe('kyodo validate --profile FILE with a profile a user wrote', () => {
  it('malformed JSON: one line with the line and column, exit 2', () => {
    const r = validate(file('bad.json', example.replace('"extends": "toride",', '"extends": "toride"')));
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(
      /bad\.json: プロファイルを JSON として読めません: 4 行 3 文字目 .*line 4, column 3 \(a comma was expected\)/,
    );
  });

  it('a huge file: refused before reading, naming the limit, exit 2', () => {
    const r = validate(file('huge.json', `{"id":"x","pad":"${'x'.repeat(9_000_000)}"}`));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('is too large for a profile');
    expect(r.stderr).toContain('at most 2,000,000 characters');
  });

  it('__proto__, constructor and prototype: one error naming the path, exit 2, and no effect', () => {
    for (const [name, text, path] of [
      ['proto.json', example.replace('{', '{ "__proto__": { "forms": [] },'), '__proto__'],
      [
        'ctor.json',
        example.replace('"kind": "subsidy",', '"kind": "subsidy", "constructor": { "name": "x" },'),
        'programs[0].constructor',
      ],
      [
        'prototype.json',
        example.replace('"headers": {', '"headers": { "prototype": {},'),
        'headers.prototype',
      ],
    ] as const) {
      const r = validate(file(name, text));
      expect(r.code, name).toBe(2);
      expect(r.stderr, name).toContain(`${path}: "`);
      expect(r.stderr, name).toContain("cannot be a key of a profile (it names JavaScript's own machinery)");
    }
  });

  it('an extends cycle, and a chain past the limit: one error at extends, exit 2', () => {
    const r = validate(file('self.json', example.replace('"extends": "toride"', '"extends": "mirai"')));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('extends: profiles extend each other in a cycle (mirai → mirai)');
  });

  it('a misspelt key: a warning at its path with the nearest key, and the report still made', () => {
    const r = validate(file('typo.json', example.replace('"annualLimit"', '"annualLimt"')));
    expect(r.stderr).toContain(
      'kyodo: 注意 / warning: --profile ' +
        join(dir, 'typo.json') +
        ': programs[0].annualLimt: 「annualLimt」という項目はないため無視しました（「annualLimit」の綴りの誤りでは？）',
    );
    expect(r.stderr).toContain('(did you mean "annualLimit"?)');
    expect(r.stdout).toContain('Validation report');
  });
});
