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

describe('parseYen: the quick scan and the full reader agree', () => {
  it('reads any text of digits, commas, signs and units the same with a leading space (full reader)', () => {
    const pieces = [
      '1',
      '2',
      '0',
      '5',
      ',',
      ',',
      '円',
      '¥',
      '￥',
      '△',
      '▲',
      '-',
      '－',
      '−',
      'ー',
      '５',
      '，',
      '万',
      '.',
    ];
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...pieces), { maxLength: 12 }),
        fc.constantFrom(1, 1000),
        (chars, unit) => {
          const text = chars.join('');
          expect(outcome(parseYen(` ${text}`, { allowNegative: true, unit }))).toEqual(
            outcome(parseYen(text, { allowNegative: true, unit })),
          );
        },
      ),
      { numRuns: 20_000 },
    );
  });
});

/** What a result says, without the text it quotes: the value and warning codes, or the problem codes. */
function outcome(result: ReturnType<typeof parseYen>) {
  return result.ok
    ? { value: result.value, warnings: result.warnings.map((w) => w.code) }
    : { problems: result.problems.map((p) => p.code) };
}
