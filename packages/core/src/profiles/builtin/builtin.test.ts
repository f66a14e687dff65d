import { describe, expect, it } from 'vitest';
import { DOCUMENTS } from '../../sources/documents.js';
import { checkProfile } from '../checkProfile.js';
import type { Profile } from '../schema.js';
import { builtinProfiles, ichinosekiProfile, plan004Profile, torideProfile } from './index.js';

/** Every object with a `source` key in a piece of data, with its path. */
function sources(value: unknown, path: string, out: [string, unknown][] = []): [string, unknown][] {
  if (Array.isArray(value)) {
    value.forEach((v, i) => {
      sources(v, `${path}[${i}]`, out);
    });
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, inner] of Object.entries(value)) {
      if (key === 'source') out.push([path, inner]);
      else sources(inner, `${path}.${key}`, out);
    }
  }
  return out;
}

const CITED_LISTS = [
  'definitions',
  'principles',
  'actionStandards',
  'actors',
  'forms',
  'domains',
  'implementers',
] as const;

describe.each(builtinProfiles.map((p): [string, Profile] => [p.id, p]))(
  'built-in profile %s',
  (_id, profile) => {
    it('passes the cross-checks with no problem', () => {
      expect(checkProfile(profile)).toEqual([]);
    });

    it('cites a plan (000–004) or the kyodo default and a section for every element', () => {
      for (const list of CITED_LISTS) {
        for (const item of profile[list])
          expect((item as { source?: unknown }).source, `${list} ${item.id}`).toBeDefined();
      }
      for (const [path, source] of sources(profile, profile.id)) {
        const { document, section } = source as { document: string; section: string };
        expect([path, document in DOCUMENTS || document === 'kyodo']).toEqual([path, true]);
        expect([path, section.length > 0]).toEqual([path, true]);
      }
    });

    it('labels everything in Japanese and English', () => {
      for (const list of CITED_LISTS) {
        for (const item of profile[list]) {
          const label = 'label' in item ? item.label : item.term;
          expect(label.ja.length * label.en.length, `${list} ${item.id}`).toBeGreaterThan(0);
        }
      }
    });
  },
);

describe('toride (003_77c600037372601a.txt)', () => {
  it('has the seven forms of 第3章(2) with who organises them (RULES F1)', () => {
    expect(torideProfile.forms.map((f) => [f.label.ja, f.organisers])).toEqual([
      ['事業委託', ['city']],
      ['事業協力', ['citizen', 'joint', 'city']],
      ['補助・助成', ['citizen']],
      ['共催', ['joint']],
      ['後援・協賛', ['citizen', 'city']],
      ['実行委員会・協議会等', ['joint']],
      ['企画立案への参画', ['city']],
    ]);
    expect(torideProfile.forms.map((f) => f.source.section.slice(0, 7))).toEqual([
      '第3章(2)①',
      '第3章(2)②',
      '第3章(2)③',
      '第3章(2)④',
      '第3章(2)⑤',
      '第3章(2)⑥',
      '第3章(2)⑦',
    ]);
  });

  it('has the six principles of 第3章(1) (RULES P5) and the six actors of 第2章(2)② (D4)', () => {
    expect(torideProfile.principles.map((p) => p.label.ja)).toEqual([
      '自主性・自立性・自律性尊重の原則',
      '相互理解の原則',
      '目的・目標共有の原則',
      '対等関係の原則',
      '情報の発信・共有の原則',
      '自己変革の原則',
    ]);
    expect(torideProfile.actors.map((a) => a.label.ja)).toEqual([
      '市民',
      '地域活動団体',
      '市民活動団体',
      '事業者',
      '教育機関',
      '取手市',
    ]);
    expect(
      torideProfile.actors.every(
        (a) => a.effects?.[0]?.source.rule === 'D5' && a.roles?.[0]?.source.rule === 'D6',
      ),
    ).toBe(true);
  });
});

describe('ichinoseki (000_…, 001_…, 002_…)', () => {
  it('has the five principles of S0 §6 (RULES P1) and three action standards (P2)', () => {
    expect(ichinosekiProfile.principles.filter((p) => p.source.rule === 'P1').map((p) => p.label.ja)).toEqual(
      [
        '自主、自立、対等の原則',
        '相互理解、目的共有の原則',
        '公正、公平、公開の原則',
        '評価、検証の原則',
        '話し合いの継続の原則',
      ],
    );
    expect(ichinosekiProfile.actionStandards).toHaveLength(3);
  });

  it('founds a regional body in the six steps of 8-1-4 (RULES G2) and plans in four headings (G4)', () => {
    const body = ichinosekiProfile.regionalBodies;
    expect(body?.foundingSteps.map((s) => s.label.ja)).toEqual([
      '学習会の開催',
      '地域の各種団体等や市民への参加呼びかけ',
      '設立準備会の立ち上げ',
      '規約や組織、事業計画の協議',
      '設立説明会',
      '設立総会',
    ]);
    expect(body?.functions).toHaveLength(5);
    expect(body?.roles).toHaveLength(5);
    expect(body?.planTemplate.headings.map((h) => h.label.ja)).toEqual([
      'この地域の特色、課題',
      '地域ビジョン',
      '私たちの具体的な取組み方向、実施事業',
      'スケジュール',
    ]);
    expect(body?.planTemplate.columns.map((c) => c.label.ja)).toEqual(['実施項目', '実施事業', '実施主体']);
  });
});

describe('plan-004 (004_fa4f1dbae27f2456.txt)', () => {
  it('has the four points of cooperation (RULES P6), subsidiarity ordered smallest first (P3)', () => {
    expect(plan004Profile.principles.map((p) => p.label.ja)).toEqual([
      '補完性',
      '話し合い',
      '相互理解',
      '評価',
    ]);
    expect(plan004Profile.principles[0]?.ordering?.map((o) => o.label.ja)).toEqual([
      '家庭',
      '区',
      '地区',
      '行政',
    ]);
  });
});
