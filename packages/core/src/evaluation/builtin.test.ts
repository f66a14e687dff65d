import { describe, expect, it } from 'vitest';
import { DOCUMENTS } from '../sources/documents.js';
import { matchKey } from '../text/normalise.js';
import { builtinFrameworks } from './builtin.js';
import { frameworkSchema } from './schema.js';

const all = Object.values(builtinFrameworks).flat();

describe('builtinFrameworks', () => {
  it('are valid profile data, defaults already filled in', () => {
    for (const framework of all) expect(frameworkSchema.parse(framework)).toEqual(framework);
  });

  it('ichinoseki: five principles (P1), three objective items (E2), three improvement items (E3)', () => {
    const [framework] = builtinFrameworks.ichinoseki;
    const byGroup = (g: string) => framework?.items.filter((i) => i.group === g).map((i) => i.label.ja);
    expect(byGroup('principles')).toEqual([
      '自主・自立・対等の原則',
      '相互理解・目的共有の原則',
      '公正・公平・公開の原則',
      '評価・検証の原則',
      '話し合いの継続の原則',
    ]);
    expect(byGroup('objective')).toEqual(['目標・成果の達成', '費用対効果', '話し合いの継続']);
    expect(byGroup('improvement')).toEqual(['市民の特性の発揮', '創意工夫の発揮', '行財政改革の効果']);
    expect(framework?.items.find((i) => i.id === 'hiyo-taiko')?.question?.ja).toBe(
      '費用に見合った成果が達成されたか',
    );
  });

  it('toride: six principles (P5); plan-004: four points (P6)', () => {
    expect(builtinFrameworks.toride[0]?.items.map((i) => i.label.ja)).toEqual([
      '自主性・自立性・自律性',
      '相互理解',
      '目的・目標共有',
      '対等関係',
      '情報の発信・共有',
      '自己変革',
    ]);
    expect(builtinFrameworks['plan-004'][0]?.items.map((i) => i.label.ja)).toEqual([
      '補完性',
      '話し合い',
      '相互理解',
      '評価',
    ]);
  });

  it('every item cites a source document and a rule', () => {
    for (const framework of all) {
      for (const item of framework.items) {
        expect(Object.keys(DOCUMENTS)).toContain(item.source.document);
        expect(item.source.rule).toBeDefined();
      }
    }
  });

  it('no two items of a framework share a header text (label or alias)', () => {
    for (const framework of all) {
      const owner = new Map<string, string>();
      for (const item of framework.items) {
        for (const text of [item.label.ja, ...item.aliases]) {
          const key = matchKey(text);
          expect(owner.get(key) ?? item.id, `${framework.id}: ${text}`).toBe(item.id);
          owner.set(key, item.id);
        }
      }
    }
  });
});
