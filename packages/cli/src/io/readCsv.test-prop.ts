import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { readCsv } from './readCsv.js';

// Any bytes named .csv end in a workbook or one typed problem naming the file — never a throw.
// Fixed seed in `npm test`; `npm run fuzz` runs more with a random seed it prints.
const runs = Number(process.env.KYODO_FUZZ_RUNS ?? 200);
const seed = process.env.KYODO_FUZZ_SEED === undefined ? 20241001 : Number(process.env.KYODO_FUZZ_SEED);

const cell = fc.oneof(
  fc.string(),
  fc.constantFrom('"', '""', '\r', '\n', '\r\n', ',', '\t', ';', '\u0000', '事業名', '＝1+1', '\u001b[2J'),
);
const table = fc.array(fc.array(cell, { maxLength: 6 }), { maxLength: 12 });

function endsWell(bytes: Uint8Array): void {
  const r = readCsv(bytes, 'fuzz.csv', 'fuzz.csv');
  if (r.ok) expect(r.value.workbook.sheets).toHaveLength(1);
  else {
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]?.code).toMatch(/^io\./);
    expect(r.problems[0]?.message.en).toContain('fuzz.csv');
  }
}

describe('readCsv on anything: a workbook or one problem naming the file', () => {
  it('random bytes', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 400 }), endsWell), { seed, numRuns: runs });
  });
  it('tables of hostile cells, joined with any separator and line end, in any encoding', () => {
    fc.assert(
      fc.property(
        table,
        fc.constantFrom(',', '\t', ';'),
        fc.constantFrom('\r\n', '\n', '\r'),
        fc.constantFrom('utf-8', 'cp932', 'utf-16le', 'utf-16be'),
        (rows, sep, end, encoding) => {
          const text = rows.map((r) => r.join(sep)).join(end);
          endsWell(new Uint8Array(iconv.encode(text, encoding)));
        },
      ),
      { seed, numRuns: runs },
    );
  });
  it('a valid file with bytes flipped or cut', () => {
    const good = iconv.encode(
      '事業名,協働相手,予算額\r\n"花いっぱい運動\n(春)",取手花の会,300000\r\n',
      'cp932',
    );
    fc.assert(
      fc.property(
        fc.nat(good.length - 1),
        fc.integer({ min: 0, max: 255 }),
        fc.boolean(),
        (at, byte, cut) => {
          const bytes = new Uint8Array(good);
          bytes[at] = byte;
          endsWell(cut ? bytes.subarray(0, at + 1) : bytes);
        },
      ),
      { seed, numRuns: runs },
    );
  });
});
