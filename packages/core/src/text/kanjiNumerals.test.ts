import { describe, expect, it } from 'vitest';
import { parseKanjiNumeral, replaceKanjiNumerals } from './kanjiNumerals.js';

describe('parseKanjiNumeral', () => {
  it('reads each digit and the multipliers', () => {
    expect(
      ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'].map((c) => parseKanjiNumeral(c)),
    ).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(parseKanjiNumeral('十')).toBe(10);
    expect(parseKanjiNumeral('百')).toBe(100);
    expect(parseKanjiNumeral('千')).toBe(1000);
  });
  it('reads numbers with multipliers', () => {
    expect(parseKanjiNumeral('二十九')).toBe(29);
    expect(parseKanjiNumeral('三十一')).toBe(31);
    expect(parseKanjiNumeral('十二')).toBe(12);
    expect(parseKanjiNumeral('二千二十四')).toBe(2024);
    expect(parseKanjiNumeral('千九百八十九')).toBe(1989);
    expect(parseKanjiNumeral('五万')).toBe(50_000);
    expect(parseKanjiNumeral('1万5千')).toBe(15_000);
    expect(parseKanjiNumeral('三億二千万')).toBe(320_000_000);
  });
  it('reads the positional form', () => {
    expect(parseKanjiNumeral('二〇二四')).toBe(2024);
    expect(parseKanjiNumeral('二○二四')).toBe(2024);
    expect(parseKanjiNumeral('〇六')).toBe(6);
  });
  it('reads 元 only when asked', () => {
    expect(parseKanjiNumeral('元')).toBeUndefined();
    expect(parseKanjiNumeral('元', { gannen: true })).toBe(1);
  });
  it('refuses what is not a numeral', () => {
    expect(parseKanjiNumeral('')).toBeUndefined();
    expect(parseKanjiNumeral('abc')).toBeUndefined();
    expect(parseKanjiNumeral('十十')).toBeUndefined();
    expect(parseKanjiNumeral('百十千')).toBeUndefined();
    expect(parseKanjiNumeral('万')).toBeUndefined();
    expect(parseKanjiNumeral('二月')).toBeUndefined();
  });
});

describe('replaceKanjiNumerals', () => {
  it('turns a kanji date into digits', () => {
    expect(replaceKanjiNumerals('令和六年四月一日')).toBe('令和6年4月1日');
    expect(replaceKanjiNumerals('令和六年十二月三十一日')).toBe('令和6年12月31日');
    expect(replaceKanjiNumerals('二〇二四年四月一日')).toBe('2024年4月1日');
    expect(replaceKanjiNumerals('令和元年五月一日', { gannen: true })).toBe('令和1年5月1日');
    expect(replaceKanjiNumerals('令和元年五月一日')).toBe('令和元年5月1日');
  });
});
