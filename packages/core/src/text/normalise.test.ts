import { describe, expect, it } from 'vitest';
import { matchKey, normaliseText } from './normalise.js';

describe('normaliseText', () => {
  it('folds width and spaces', () => {
    expect(normaliseText('　令和　６年度 ')).toBe('令和 6年度');
    expect(normaliseText('ｶﾀｶﾅ')).toBe('カタカナ');
  });
});

describe('matchKey', () => {
  it('gives one key to spellings of one word', () => {
    expect(matchKey(' 補助 ･ 助成 ')).toBe('補助・助成');
    expect(matchKey('ＮＰＯ法人')).toBe(matchKey('npo法人'));
  });
});
