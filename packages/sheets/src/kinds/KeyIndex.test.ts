import { describe, expect, it } from 'vitest';
import { KeyIndex } from './KeyIndex.js';

describe('KeyIndex', () => {
  it('gives the id a key was first added with, and -1 for a new key', () => {
    const index = new KeyIndex();
    expect(index.firstOrAdd('ひまわり会', 0)).toBe(-1);
    expect(index.firstOrAdd('あおぞら', 1)).toBe(-1);
    expect(index.firstOrAdd('ひまわり会', 5)).toBe(0);
    expect(index.firstOrAdd('ひまわり会', 9)).toBe(0);
    expect(index.firstOrAdd('', 10)).toBe(-1);
    expect(index.firstOrAdd('', 11)).toBe(10);
    expect(index.size).toBe(3);
  });
  it('agrees with a Map over many keys, as it grows past its first size', () => {
    const index = new KeyIndex(4);
    const map = new Map<string, number>();
    for (let i = 0; i < 20_000; i++) {
      // Keys that repeat, differ by one character, and share prefixes.
      const key = `地域協働体${(i * 7919) % 6007}${i % 3 === 0 ? 'A' : ''}`;
      const expected = map.get(key);
      if (expected === undefined) map.set(key, i);
      expect(index.firstOrAdd(key, i)).toBe(expected ?? -1);
    }
    expect(index.size).toBe(map.size);
  });
});
