import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PROFILE_LIMITS } from './limits.js';
import { loadProfile } from './loadProfile.js';
import { readProfileJson } from './readProfileJson.js';

const example = readFileSync(new URL('../../../../examples/custom-profile.json', import.meta.url), 'utf8');
const codes = (r: ReturnType<typeof readProfileJson>) =>
  (r.ok ? r.warnings : r.problems).map((p) => `${p.code} ${p.path.join('.')}`);

describe('readProfileJson: profiles from users', () => {
  it('reads the example profile', () => {
    const r = readProfileJson(example);
    expect(r.ok).toBe(true);
  });

  it('says the line and column of malformed JSON, and what was expected', () => {
    const text = '{\n  "id": "mirai",\n  "extends": "toride"\n  "name": {}\n}';
    const r = readProfileJson(text);
    expect(r.ok).toBe(false);
    const p = !r.ok ? r.problems[0] : undefined;
    expect(p?.code).toBe('profile.bad-json');
    expect(p?.params).toEqual({ line: 4, column: 3, what: 'a comma was expected' });
    expect(p?.message.ja).toBe(
      'プロファイルを JSON として読めません: 4 行 3 文字目 (カンマ（,）がありません)',
    );
    const trailing = readProfileJson('{ "id": "x", "extends": "toride", }');
    expect(!trailing.ok && trailing.problems[0]?.params).toEqual({
      line: 1,
      column: 35,
      what: 'a trailing comma',
    });
    const cut = readProfileJson('{ "id": "x", "extends": ');
    expect(!cut.ok && cut.problems[0]?.params).toMatchObject({ what: 'unexpected end of text' });
  });

  it('refuses a huge profile before parsing it, naming the limit', () => {
    const r = readProfileJson(
      `{"id":"x","extends":"toride","description":{"ja":"${'あ'.repeat(PROFILE_LIMITS.maxChars)}","en":"x"}}`,
    );
    expect(codes(r)).toEqual(['profile.too-large ']);
    expect(!r.ok && r.problems[0]?.message.en).toContain('at most 2,000,000');
  });

  it('refuses __proto__, constructor and prototype at any depth, each at its path', () => {
    const text = JSON.stringify({ id: 'x', extends: 'toride' }).replace(
      '}',
      ', "__proto__": { "forms": [] }, "programs": [ { "id": "toride/shimin-teian", "constructor": { "prototype": 1 } } ], "headers": { "projects": { "prototype": ["x"] } } }',
    );
    const r = readProfileJson(text);
    expect(codes(r)).toEqual([
      'profile.forbidden-key __proto__',
      'profile.forbidden-key programs.0.constructor',
      'profile.forbidden-key headers.projects.prototype',
    ]);
    expect(({} as Record<string, unknown>).forms).toBeUndefined();
  });

  it('refuses nesting past the limit without exhausting the stack', () => {
    const deep = `{"id":"x","extends":"toride","description":${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
    const r = readProfileJson(deep);
    expect(codes(r)[0]).toMatch(/^profile\.too-deep description(\.0){32}$/);
  });

  it('refuses an extends cycle and a chain past the limit, at extends', () => {
    const a = { id: 'a', extends: 'b', name: { ja: 'A', en: 'A' } };
    const b = { id: 'b', extends: 'a', name: { ja: 'B', en: 'B' } };
    expect(codes(loadProfile(a, { profiles: [a, b] }))).toEqual(['profile.extends-cycle extends']);
    const chain = Array.from({ length: PROFILE_LIMITS.maxExtends + 2 }, (_, i) => ({
      id: `p${i}`,
      extends: i === PROFILE_LIMITS.maxExtends + 1 ? 'toride' : `p${i + 1}`,
    }));
    const r = loadProfile(chain[0], { profiles: chain });
    expect(codes(r)).toEqual(['profile.extends-too-deep extends']);
  });

  it('warns of a misspelt key at its path, suggesting the nearest known key', () => {
    const text = example.replace('"annualLimit"', '"annualLimt"');
    const r = readProfileJson(text);
    expect(r.ok).toBe(true);
    const w = r.ok ? r.warnings.find((p) => p.code === 'profile.unknown-key') : undefined;
    expect(w?.path).toEqual(['programs', 0, 'annualLimt']);
    expect(w?.params.suggestion).toBe('annualLimit');
    expect(w?.message.ja).toBe(
      'programs[0].annualLimt: 「annualLimt」という項目はないため無視しました（「annualLimit」の綴りの誤りでは？）',
    );
  });

  it('changes nothing outside its own data: Object.prototype untouched, a second profile unaffected', () => {
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    const hostile = example.replace('{', '{ "__proto__": { "polluted": true, "forms": [] }, ');
    expect(readProfileJson(hostile).ok).toBe(false);
    // Through loadProfile with a value made by JSON.parse, too.
    expect(loadProfile(JSON.parse(hostile)).ok).toBe(false);
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const second = readProfileJson(example);
    expect(second.ok && second.value.forms.length).toBe(7);
  });
});
