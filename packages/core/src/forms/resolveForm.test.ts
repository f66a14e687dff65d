import { describe, expect, it } from 'vitest';
import { ichinosekiProfile, plan004Profile, torideProfile } from '../profiles/builtin/index.js';
import { resolveForm } from './resolveForm.js';

function idOf(profile: Parameters<typeof resolveForm>[0], text: string): string | undefined {
  const result = resolveForm(profile, text);
  return result.ok ? result.value.id : undefined;
}

// RULES F3, with the F1 ids of 003_77c600037372601a.txt 第3章(2).
const F3: readonly (readonly [string, string])[] = [
  ['委託', 'itaku'],
  ['事業委託', 'itaku'],
  ['補助', 'hojo'],
  ['助成', 'hojo'],
  ['補助・助成', 'hojo'],
  ['補助金', 'hojo'],
  ['後援', 'koen'],
  ['協賛', 'koen'],
  ['後援・協賛', 'koen'],
  ['実行委員会', 'jikko-iinkai'],
  ['協議会', 'jikko-iinkai'],
  ['実行委員会・協議会', 'jikko-iinkai'],
  ['協力', 'kyoryoku'],
  ['事業協力', 'kyoryoku'],
  ['参画', 'kikaku-sankaku'],
  ['企画立案への参画', 'kikaku-sankaku'],
  ['共催', 'kyosai'],
];

const variants = (text: string): string[] => [
  text,
  ` ${text}　`,
  text.split('').join(' '),
  `【${text}】`,
  `（${text}）`,
  `(${text})`,
  `[${text}]`,
  `${text}事業`,
  `${text}等`,
  text.replace('・', '･'),
  text.replace('・', '/'),
];

describe('resolveForm (RULES F3)', () => {
  for (const [text, id] of F3) {
    it(`reads ${text} as ${id} in toride, with width, space and bracket variants`, () => {
      for (const variant of variants(text))
        expect([variant, idOf(torideProfile, variant)]).toEqual([variant, id]);
    });
  }

  it('reads the F3 synonyms in ichinoseki, whose labels are 共催, 後援, 実行委員会 (RULES F2)', () => {
    for (const [text, id] of F3.filter(([t]) => t !== '協議会'))
      expect([text, idOf(ichinosekiProfile, text)]).toEqual([text, id]);
  });

  it('in ichinoseki 協議会 is the citizens’ regional body, not a form: 協議会（市補助事業） is 補助', () => {
    // 002_5a3cd8c23b61ef14.txt (参考)「地域づくり計画書」の例: 〇〇地区まちづくり協議会 writes its own
    // plan, with 実施主体 「協議会（市補助事業）」「協議会（市委託事業）」「協議会（主催）」.
    expect(idOf(ichinosekiProfile, '協議会（市補助事業）')).toBe('hojo');
    expect(idOf(ichinosekiProfile, '協議会（市委託事業）')).toBe('itaku');
    expect(idOf(ichinosekiProfile, '地区協議会（市補助事業）')).toBe('hojo');
    expect(idOf(ichinosekiProfile, '協議会')).toBeUndefined();
    // 003_77c600037372601a.txt 第3章(2)⑥ 実行委員会・協議会等「市を含めた複数の主体が組織を作り」.
    expect(idOf(torideProfile, '協議会')).toBe('jikko-iinkai');
  });

  it('reads a bracketed qualifier after the form and the parts of a pair in another order', () => {
    expect(idOf(torideProfile, '事業協力（市民主催）')).toBe('kyoryoku');
    expect(idOf(torideProfile, '後援・協賛(市主催事業)')).toBe('koen');
    expect(idOf(torideProfile, '助成・補助')).toBe('hojo');
    expect(idOf(torideProfile, '協賛／後援')).toBe('koen');
    expect(idOf(torideProfile, '実行委員会・協議会等')).toBe('jikko-iinkai');
  });

  it('reports an unknown form with the known ones, in both languages', () => {
    const result = resolveForm(torideProfile, '指定管理', { path: ['projects', 3, 'form'] });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems[0]).toMatchObject({
      code: 'forms.unknown',
      path: ['projects', 3, 'form'],
      input: '指定管理',
      rule: 'F3',
    });
    expect(result.problems[0]?.message.ja).toBe(
      '「指定管理」は取手市の協働の形態にありません（使えるもの: 事業委託、事業協力、補助・助成、共催、後援・協賛、実行委員会・協議会等、企画立案への参画）',
    );
    expect(result.problems[0]?.message.en).toContain(
      '"指定管理" is not a form of cooperation of Toride (known: Commissioning (事業委託)',
    );
  });

  it('reports an empty text and a text naming two forms', () => {
    expect(resolveForm(torideProfile, ' 　').ok).toBe(false);
    const empty = resolveForm(torideProfile, '【】');
    expect(!empty.ok && empty.problems[0]?.code).toBe('forms.empty');
    const both = resolveForm(torideProfile, '共催・後援');
    expect(!both.ok && both.problems[0]?.code).toBe('forms.ambiguous');
    expect(!both.ok && both.problems[0]?.message.ja).toBe(
      '「共催・後援」は複数の形態（共催、後援・協賛）を指しています。1つにしてください',
    );
  });

  it('knows only the forms plan-004 names', () => {
    expect(idOf(plan004Profile, '連携・協力事業')).toBe('kyoryoku');
    expect(idOf(plan004Profile, '補助金・助成金')).toBe('hojo');
    expect(idOf(plan004Profile, '共催')).toBeUndefined();
  });
});
