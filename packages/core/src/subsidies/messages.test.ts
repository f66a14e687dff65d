import { describe, expect, it } from 'vitest';
import { subsidyMessages } from './messages.js';

describe('subsidyMessages', () => {
  it('every code is subsidy.*, with a summary and messages in Japanese and English', () => {
    const entries = Object.entries(subsidyMessages.catalogue);
    expect(entries.length).toBeGreaterThanOrEqual(14);
    for (const [code, entry] of entries) {
      expect(code).toMatch(/^subsidy\.[a-z-]+$/);
      expect(entry.summary).not.toBe('');
      const params = new Proxy({}, { get: (_t, key) => `<${String(key)}>` });
      const ja = entry.ja(params);
      const en = entry.en(params);
      expect(ja).toMatch(/[ぁ-んァ-ン一-龥]/);
      expect(en).toMatch(/[a-z]/);
      expect(`${ja}${en}`).not.toMatch(/undefined/);
    }
  });
});
