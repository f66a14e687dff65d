import { describe, expect, it } from 'vitest';
import { builtinPrograms } from './builtin.js';
import { findProgram } from './findProgram.js';
import type { Program } from './schema.js';

const ichinoseki = { programs: builtinPrograms.ichinoseki };

function idOf(query: string): string | string[] {
  const r = findProgram(ichinoseki, query);
  return r.ok ? r.value.id : r.problems.map((p) => p.code);
}

describe('findProgram (RULES S)', () => {
  it('finds by ID and by the part after the slash', () => {
    expect(idOf('ichinoseki/kyodotai-shien')).toBe('ichinoseki/kyodotai-shien');
    expect(idOf('goi-keisei')).toBe('ichinoseki/goi-keisei');
    expect(idOf('YUME-ZUKURI')).toBe('ichinoseki/yume-zukuri');
  });

  it('finds by Japanese names and aliases, tolerant of width, spaces and quotes', () => {
    expect(idOf('地域協働体支援事業費補助金')).toBe('ichinoseki/kyodotai-shien');
    expect(idOf('「地域協働体支援事業費補助金」')).toBe('ichinoseki/kyodotai-shien');
    expect(idOf('事業4')).toBe('ichinoseki/kyodotai-shien');
    expect(idOf('事業４')).toBe('ichinoseki/kyodotai-shien');
    expect(idOf(' 事業 ４ ')).toBe('ichinoseki/kyodotai-shien');
    expect(idOf('事業1')).toBe('ichinoseki/goi-keisei');
    expect(idOf('地域ゆめづくり交付金')).toBe('ichinoseki/yume-zukuri');
    expect(idOf('（仮称）地域ゆめづくり交付金')).toBe('ichinoseki/yume-zukuri');
    expect(idOf('事業6')).toBe('ichinoseki/jimukyoku');
    expect(idOf('regional cooperation body support subsidy')).toBe('ichinoseki/kyodotai-shien');
  });

  it('an unknown name is an err listing the programs', () => {
    const r = findProgram(ichinoseki, '事業9');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems[0]?.code).toBe('subsidy.unknown-program');
    for (const p of builtinPrograms.ichinoseki) expect(r.problems[0]?.message.ja).toContain(p.id);
    expect(r.problems[0]?.message.en).toContain('"事業9"');
  });

  it('a name several programs share is an err asking for the ID', () => {
    const [a, b] = builtinPrograms.ichinoseki as [Program, Program];
    const profile = { programs: [a, { ...b, names: { ...b.names, aliases: ['事業1'] } }] };
    const r = findProgram(profile, '事業1');
    expect(r.ok ? r.value.id : r.problems[0]?.code).toBe('subsidy.ambiguous-program');
  });

  it('toride has shimin-teian; plan-004 has none', () => {
    expect(findProgram({ programs: builtinPrograms.toride }, '市民提案型補助金').ok).toBe(true);
    const none = findProgram({ programs: builtinPrograms['plan-004'] }, '事業4');
    expect(none.ok).toBe(false);
  });
});
