import { describe, expect, it } from 'vitest';
import { formKey, withoutQualifiers } from './formKey.js';

describe('formKey', () => {
  it('drops width, spaces, surrounding brackets and a trailing 事業 or 等', () => {
    expect(formKey(' 【委託事業】')).toBe('委託');
    expect(formKey('（ 共催 ）')).toBe('共催');
    expect(formKey('実行委員会・協議会等')).toBe('実行委員会・協議会');
    expect(formKey('事業委託')).toBe('事業委託');
    expect(formKey('【】')).toBe('');
  });

  it('reads list separators as a middle dot', () => {
    expect(formKey('後援／協賛')).toBe('後援・協賛');
    expect(formKey('補助、助成')).toBe('補助・助成');
    expect(formKey('補助 ･ 助成')).toBe('補助・助成');
  });

  it('keeps a trailing 事業 that is the whole word', () => {
    expect(formKey('事業')).toBe('事業');
  });
});

describe('withoutQualifiers', () => {
  it('drops bracketed qualifiers', () => {
    expect(withoutQualifiers('事業協力（市民主催）')).toBe('事業協力');
    expect(withoutQualifiers('後援【市主催事業】')).toBe('後援');
  });
});
