import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sameKey } from './sameKey.js';

describe('sameKey', () => {
  it('drops spaces and Latin case, and keeps a text with neither as it is', () => {
    expect(sameKey('NPO法人 ひまわり')).toBe('npo法人ひまわり');
    expect(sameKey('npo法人ひまわり')).toBe('npo法人ひまわり');
    expect(sameKey('協働事業1')).toBe('協働事業1');
    expect(sameKey('Éa')).toBe('Éa');
    expect(sameKey('ÉA')).toBe('éa');
  });
  it('is what dropping spaces and lowering case gives whenever there is a space or a capital', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('A', 'z', ' ', 'É', '協', '1', 'Ω', '\u3000') }), (s) => {
        const expected = /[ A-Z]/.test(s) ? s.replace(/ /g, '').toLowerCase() : s;
        return sameKey(s) === expected;
      }),
    );
  });
});
