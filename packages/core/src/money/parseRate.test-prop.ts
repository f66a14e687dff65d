import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatRate } from './formatRate.js';
import { parseRate } from './parseRate.js';
import { rate } from './rate.js';

describe('parseRate laws (RULES C4)', () => {
  it('reads back what formatRate writes, as the same reduced fraction', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 10_000 })
          .chain((d) => fc.tuple(fc.integer({ min: 0, max: d }), fc.constant(d))),
        fc.constantFrom('en' as const, 'ja' as const, 'percent' as const),
        ([n, d], lang) => {
          const r = rate(n, d);
          // A percentage such as 33.33% is refused on purpose as a rounded 1/3 (see parseRate).
          fc.pre(lang !== 'percent' || !isRoundingOfRepeating(r.numerator / r.denominator));
          const back = parseRate(formatRate(r, lang));
          expect(back.ok && back.value).toEqual(r);
        },
      ),
      { numRuns: 5_000 },
    );
  });
  it('reads n/d and d分のn alike, with or without 以内', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 1000 })
          .chain((d) => fc.tuple(fc.integer({ min: 0, max: d }), fc.constant(d))),
        ([n, d]) => {
          const a = parseRate(`${n}/${d}以内`);
          const b = parseRate(`${d}分の${n}`);
          expect(a).toEqual(b);
          expect(a.ok && a.value).toEqual(rate(n, d));
        },
      ),
    );
  });
});

/** Independent check: x written with up to 4 decimals equals a rounding of a/b, b ∈ {3,6,7,9,11,12}. */
function isRoundingOfRepeating(x: number): boolean {
  for (const b of [3, 6, 7, 9, 11, 12]) {
    for (let a = 1; a <= b; a++) {
      if ((a * 10_000) % b === 0) continue;
      for (const digits of [3, 4]) {
        if (Math.abs(Number((a / b).toFixed(digits)) - x) < 1e-12) return true;
      }
    }
  }
  return false;
}
