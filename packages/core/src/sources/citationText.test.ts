import { describe, expect, it } from 'vitest';
import { citationText, documentNumber, formatSource } from './citationText.js';
import { cite } from './Source.js';

describe('citationText', () => {
  it('names a plan by its title and number, then the section, never by its file name', () => {
    const text = citationText(cite('002_5a3cd8c23b61ef14.txt', '8-2-1 事業4', 'S-ichinoseki-4'));
    expect(text).toEqual({
      ja: '一関市地域協働推進計画（002）8-2-1 事業4',
      en: 'Ichinoseki Regional Cooperation Plan (002) 8-2-1 事業4',
    });
  });
  it('says a kyodo default or check is kyodo’s own, with the docs/ page that lists it', () => {
    const text = citationText(cite('kyodo', 'docs/rules.md「計画が定めていないこと」', 'C4'));
    expect(text.ja).toBe('kyodo の定め（docs/rules.md「計画が定めていないこと」）');
    expect(text.en).toBe('kyodo’s own rule (docs/rules.md「計画が定めていないこと」)');
  });
  it('keeps a municipality’s own document by its own name', () => {
    expect(citationText(cite('某市補助金交付要綱', '第8条')).ja).toBe('某市補助金交付要綱 第8条');
    expect(documentNumber('某市補助金交付要綱')).toBe('某市補助金交付要綱');
    expect(documentNumber('003_77c600037372601a.txt')).toBe('003');
  });
  it('formatSource adds the rule, in the language asked', () => {
    const source = cite('003_77c600037372601a.txt', '第3章(3)', 'R2');
    expect(formatSource(source)).toBe('取手市市民協働基本方針 最終報告（003）第3章(3) (R2)');
    expect(formatSource(source, 'en')).toBe(
      'Toride Basic Policy on Citizen Cooperation (final report) (003) 第3章(3) (R2)',
    );
  });
});
