import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { builtinProfiles } from './profiles/builtin/index.js';
import { RULE_IDS, type RuleId } from './sources/Source.js';

/** The rule families the foundation must cover: C, D, P, F, R, G (docs/rules.md). */
const FAMILIES = ['C', 'D', 'P', 'F', 'R', 'G'];
const REQUIRED = RULE_IDS.filter((id) => FAMILIES.includes(id.replace(/\d+$/u, '')));

/** Every `rule` value anywhere in a piece of data (source.rule, program.rule …). */
function rulesInData(value: unknown, found: Set<string>): Set<string> {
  if (Array.isArray(value)) {
    for (const item of value) rulesInData(item, found);
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, inner] of Object.entries(value)) {
      if (key === 'rule' && typeof inner === 'string') found.add(inner);
      else rulesInData(inner, found);
    }
  }
  return found;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.ts$/u.test(name) && !/\.test(-prop)?\.ts$/u.test(name) ? [path] : [];
  });
}

/** Expand 'C1–C4' to C1, C2, C3, C4. */
function expand(from: string, to: string): string[] {
  const prefix = from.replace(/\d+$/u, '');
  const a = Number(from.slice(prefix.length));
  const b = Number(to.replace(/^\D+/u, ''));
  if (!Number.isInteger(a) || !Number.isInteger(b) || b < a) return [from, to];
  return Array.from({ length: b - a + 1 }, (_, i) => `${prefix}${a + i}`);
}

/**
 * Rule IDs cited in source code: `RULES C1`, `RULES C1, C2 and C4`, `RULES F1–F3` in comments
 * and JSDoc, `rule: 'C1'` in message catalogues and data, and cite(…, 'C1').
 */
function rulesInCode(text: string, found: Set<string>): Set<string> {
  const id = String.raw`[A-Z](?:-[a-z]+)?-?\d+|S-common`;
  for (const match of text.matchAll(new RegExp(`RULES((?:\\s*(?:,|and|、|–|-)?\\s*(?:${id}))+)`, 'gu'))) {
    const list = match[1] ?? '';
    for (const range of list.matchAll(new RegExp(`(${id})\\s*–\\s*(${id})`, 'gu'))) {
      for (const each of expand(range[1] ?? '', range[2] ?? '')) found.add(each);
    }
    for (const single of list.matchAll(new RegExp(id, 'gu'))) found.add(single[0]);
  }
  for (const match of text.matchAll(/\brule:\s*'([^']+)'/gu)) found.add(match[1] ?? '');
  for (const match of text.matchAll(/\bcite\([^;]*?'([A-Z][\w-]*)'\s*[,)]/gu)) found.add(match[1] ?? '');
  return found;
}

describe('RULES coverage (nothing in the catalogue silently left out)', () => {
  const inProfiles = new Set<string>();
  for (const profile of builtinProfiles) rulesInData(profile, inProfiles);
  const inCode = new Set<string>();
  const root = fileURLToPath(new URL('.', import.meta.url));
  for (const file of sourceFiles(root)) rulesInCode(readFileSync(file, 'utf8'), inCode);

  it('reads citations the way the code writes them', () => {
    const found = rulesInCode(
      "/** RULES C1, C2 and C4; RULES F1–F3 */ const e = { rule: 'R2' }; cite(S3, '第3章(3)', 'G1');",
      new Set(),
    );
    expect([...found].sort()).toEqual(['C1', 'C2', 'C4', 'F1', 'F2', 'F3', 'G1', 'R2']);
  });

  it.each(REQUIRED.map((id): [RuleId] => [id]))(
    '%s is cited by a built-in profile or by a function',
    (id) => {
      expect(inProfiles.has(id) || inCode.has(id), `${id} is cited nowhere in packages/core/src`).toBe(true);
    },
  );

  it('covers every D, P, F, R and G rule in the built-in profiles themselves', () => {
    const missing = REQUIRED.filter((id) => !id.startsWith('C') && !inProfiles.has(id));
    expect(missing).toEqual([]);
  });
});
