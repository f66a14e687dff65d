import { describe, expect, it } from 'vitest';
import { chooseLang } from './chooseLang.js';

describe('chooseLang', () => {
  it('takes --lang over the locale', () => {
    expect(chooseLang('ja', { LC_ALL: 'en_US.UTF-8' })).toBe('ja');
    expect(chooseLang('en', { LANG: 'ja_JP.UTF-8' })).toBe('en');
    expect(chooseLang('both', {})).toBe('both');
    expect(chooseLang('ＥＮ', {})).toBe('en');
  });
  it('takes the locale without --lang', () => {
    expect(chooseLang(undefined, { LANG: 'en_US.UTF-8' })).toBe('en');
    expect(chooseLang(undefined, {})).toBe('ja');
  });
  it('says in both languages that a value is not one it takes', () => {
    expect(chooseLang('fr', {})).toEqual({
      ja: '--lang は ja、en、both のどれかです (fr)',
      en: '--lang is one of ja, en, both (not fr)',
    });
  });
});
