import { describe, expect, it } from 'vitest';
import { ichinosekiProfile, torideProfile } from '../profiles/builtin/index.js';
import { parseOrganiser } from './parseOrganiser.js';

const value = (text: string, options?: Parameters<typeof parseOrganiser>[1]) => {
  const result = parseOrganiser(text, options);
  return result.ok ? result.value : result.problems[0]?.code;
};

describe('parseOrganiser (RULES R1)', () => {
  it('reads the city', () => {
    for (const text of [
      '市',
      '市主催',
      '市主催事業',
      '行政',
      '（市）',
      '市 主催',
      '市民協働推進課',
      '取手市',
    ])
      expect([text, value(text, { profile: torideProfile })]).toEqual([text, 'city']);
  });

  it('reads citizens, the partner and bodies outside the city', () => {
    for (const text of ['市民', '団体', '市民主催', '団体主催', '民間', 'ＮＰＯ法人とりで', '本町自治会'])
      expect([text, value(text)]).toEqual([text, 'citizen']);
    expect(value('かっぱの会', { partner: ' かっぱの会' })).toBe('citizen');
  });

  it('reads both together', () => {
    for (const text of ['共同', '共催', '市・団体', '市と市民', '市、NPO法人とりで', '合同', '実行委員会'])
      expect([text, value(text)]).toEqual([text, 'joint']);
  });

  it('tells a municipality name only with the profile', () => {
    expect(value('取手市')).toBe('forms.unknown-organiser');
    expect(value('一関市', { profile: ichinosekiProfile })).toBe('city');
  });

  it('reads the profile’s own actors: in 一関市 the 協議会 is the citizens’ regional body (002 8-1-1)', () => {
    // 002_5a3cd8c23b61ef14.txt 8-1-1「地域協働体」による市民主体の地域づくり; (参考) 〇〇地区まちづくり協議会.
    for (const text of ['協議会', '〇〇地区まちづくり協議会', '真滝地区まちづくり協議会', '設立準備会'])
      expect([text, value(text, { profile: ichinosekiProfile })]).toEqual([text, 'citizen']);
    // 003_77c600037372601a.txt 第3章(2)⑥: 協議会 with the city in it, a joint body in 取手市.
    expect(value('協議会', { profile: torideProfile })).toBe('joint');
    // A residents' まちづくり協議会 is citizens in any profile.
    expect(value('〇〇地区まちづくり協議会', { profile: torideProfile })).toBe('citizen');
    expect(value('〇〇地区まちづくり協議会')).toBe('citizen');
  });

  it('never guesses: an unreadable or empty organiser is a problem in both languages', () => {
    const result = parseOrganiser('かっぱの会', { path: ['projects', 4, 'organiser'] });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems[0]).toMatchObject({
      code: 'forms.unknown-organiser',
      path: ['projects', 4, 'organiser'],
      input: 'かっぱの会',
      message: {
        ja: '主催「かっぱの会」を読み取れません（市・市主催・行政、市民・団体・市民主催、共同・共催 のいずれか）',
      },
    });
    expect(value('')).toBe('forms.unknown-organiser');
    expect(value('未定')).toBe('forms.unknown-organiser');
  });
});
