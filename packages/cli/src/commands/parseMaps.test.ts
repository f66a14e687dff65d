import { describe, expect, it } from 'vitest';
import { parseMaps } from './validateFiles.js';

describe('parseMaps (--map SHEET:FIELD=COLUMN)', () => {
  it('builds hand mappings per sheet: fields, kind and header row', () => {
    expect(
      parseMaps(['事業一覧:budget=f', '事業一覧:kind=projects', '事業一覧:header=４', 'R6:実績:actual=ＡＢ']),
    ).toEqual({
      value: {
        事業一覧: { fields: { budget: 'F' }, kind: 'projects', headerRow: 4 },
        'R6:実績': { fields: { actual: 'AB' } },
      },
    });
  });
  it('nothing given: no mappings', () => {
    expect(parseMaps([])).toEqual({ value: undefined });
  });
  it('says what is wrong with a bad mapping', () => {
    const cases: [string, RegExp][] = [
      ['budget=F', /SHEET:FIELD=COLUMN/],
      ['事業一覧:budget=7', /column letter/],
      ['事業一覧:kind=ledger', /projects, subsidies/],
      ['事業一覧:header=0', /row number/],
    ];
    for (const [map, en] of cases) {
      const r = parseMaps([map]);
      expect('message' in r && r.message.en).toMatch(en);
    }
  });
  it('a sheet named __proto__ or constructor is a sheet: Object.prototype is never touched', () => {
    const r = parseMaps(['__proto__:kind=projects', 'constructor:budget=F', '__proto__:__proto__=B']);
    expect('value' in r && r.value !== undefined).toBe(true);
    if ('value' in r && r.value !== undefined) {
      expect(Object.keys(r.value)).toEqual(['__proto__', 'constructor']);
      expect(new Map(Object.entries(r.value)).get('__proto__')?.kind).toBe('projects');
      const byName = new Map(Object.entries(r.value));
      expect(byName.get('constructor')?.fields).toEqual({ budget: 'F' });
      expect(Object.entries(byName.get('__proto__')?.fields ?? {})).toEqual([['__proto__', 'B']]);
    }
    expect(({} as Record<string, unknown>).kind).toBeUndefined();
    expect(Object.hasOwn(Object.prototype, 'kind')).toBe(false);
    expect(Object.hasOwn(Object.prototype, 'fields')).toBe(false);
  });
});
