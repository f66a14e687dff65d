import { describe, expect, it } from 'vitest';
import { localeLang } from './localeLang.js';

describe('localeLang', () => {
  it('reads LC_ALL, then LC_MESSAGES, then LANG: the first set and non-empty', () => {
    expect(localeLang({ LC_ALL: 'en_US.UTF-8', LC_MESSAGES: 'ja_JP.UTF-8', LANG: 'ja_JP.UTF-8' })).toBe('en');
    expect(localeLang({ LC_ALL: '', LC_MESSAGES: 'en_GB.UTF-8', LANG: 'ja_JP.UTF-8' })).toBe('en');
    expect(localeLang({ LC_MESSAGES: 'ja_JP.UTF-8', LANG: 'en_US.UTF-8' })).toBe('ja');
    expect(localeLang({ LANG: 'en_US.UTF-8' })).toBe('en');
    expect(localeLang({ LANG: 'ja_JP.eucJP' })).toBe('ja');
  });
  it('is Japanese with no locale, with C or POSIX, and with another language', () => {
    expect(localeLang({})).toBe('ja');
    expect(localeLang({ LC_ALL: '', LANG: '' })).toBe('ja');
    expect(localeLang({ LANG: 'C' })).toBe('ja');
    expect(localeLang({ LC_ALL: 'POSIX', LANG: 'en_US.UTF-8' })).toBe('ja');
    expect(localeLang({ LANG: 'C.UTF-8' })).toBe('ja');
    expect(localeLang({ LANG: 'fr_FR.UTF-8' })).toBe('ja');
  });
});
