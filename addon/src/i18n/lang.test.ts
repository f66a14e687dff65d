import { describe, expect, it } from 'vitest';
import { langOf } from './lang.js';
import { both, t } from './strings.js';

describe('langOf and the strings catalogue', () => {
  it('is Japanese for Japanese and unknown locales, English otherwise', () => {
    expect(langOf('ja')).toBe('ja');
    expect(langOf('ja_JP')).toBe('ja');
    expect(langOf('')).toBe('ja');
    expect(langOf(undefined)).toBe('ja');
    expect(langOf('en_US')).toBe('en');
    expect(langOf('fr')).toBe('en');
    expect(langOf('jam')).toBe('en');
  });
  it('fills placeholders, Japanese first', () => {
    expect(t('ja', 'unknownSheet', { sheet: '事業一覧' })).toBe('シート「事業一覧」が見つかりません。');
    expect(both('rowsDiffer', { a: 3, b: 5 })).toBe(
      '範囲の行数がそろっていません（3 行と 5 行）。 / The ranges have different numbers of rows (3 and 5).',
    );
  });
});
