import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatYen } from './formatYen.js';
import { parseYen } from './parseYen.js';

describe('parseYen laws (RULES C3)', () => {
  it('reads back what formatYen writes, in every style', () => {
    fc.assert(
      fc.property(
        fc.maxSafeInteger(),
        fc.constantFrom('minus' as const, 'triangle' as const),
        fc.constantFrom('ja' as const, 'en' as const),
        (yen, negative, style) => {
          const r = parseYen(formatYen(yen, { negative, style }), { allowNegative: true });
          expect(r.ok && r.value).toBe(yen);
        },
      ),
      { numRuns: 10_000 },
    );
  });
  it('reads full-width text as its half-width form', () => {
    const fullWidth = (s: string) =>
      s.replace(/[0-9,]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000_000_000 }), (yen) => {
        const r = parseYen(fullWidth(formatYen(yen)));
        expect(r.ok && r.value).toBe(yen);
      }),
    );
  });
  it('reads n万円 as n × 10,000 and a 千円 column as thousands, exactly', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100_000_000 }),
        fc.integer({ min: 0, max: 9999 }),
        (man, rest) => {
          const r = parseYen(`${man}万${rest}円`);
          expect(r.ok && r.value).toBe(man * 10_000 + rest);
          const thousands = parseYen(`${man}.${String(rest % 1000).padStart(3, '0')}`, { unit: 1000 });
          expect(thousands.ok && thousands.value).toBe(man * 1000 + (rest % 1000));
        },
      ),
    );
  });
  it('never reads a negative amount unless allowed', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000_000_000_000 }),
        fc.constantFrom('△', '▲', '-', '−', 'ー'),
        (yen, sign) => {
          const text = `${sign}${formatYen(yen)}`;
          expect(parseYen(text).ok).toBe(false);
          const r = parseYen(text, { allowNegative: true });
          expect(r.ok && r.value).toBe(-yen);
        },
      ),
    );
  });
});
