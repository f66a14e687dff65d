import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { sheetJsRegister } from '../../test/annotateFixtures.js';
import { readZip, writeZip } from '../../test/zipParts.js';
import { readXlsx } from './readXlsx.js';

// Real workbooks mutated (bytes flipped, cut short, zip entries shuffled or dropped) end in a
// workbook or one typed problem naming the file — never a throw, a hang or a stack trace.
// Fixed seed in `npm test`; `npm run fuzz` runs more with a random seed it prints.
const runs = Math.ceil(Number(process.env.KYODO_FUZZ_RUNS ?? 200) / 5);
const seed = process.env.KYODO_FUZZ_SEED === undefined ? 20241001 : Number(process.env.KYODO_FUZZ_SEED);

let books: Buffer[];

beforeAll(async () => {
  books = [
    readFileSync(new URL('../../test/fixtures/libreoffice-register.xlsx', import.meta.url)),
    await sheetJsRegister(),
  ];
});

async function endsWell(bytes: Uint8Array): Promise<void> {
  const r = await readXlsx(bytes, 'fuzz.xlsx', 'fuzz.xlsx');
  if (r.ok) expect(r.value.sheets.length).toBeGreaterThan(0);
  else {
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]?.code).toMatch(/^io\./);
    expect(r.problems[0]?.message.en).toContain('fuzz.xlsx');
  }
}

describe('readXlsx on mutated real workbooks: a workbook or one problem naming the file', () => {
  it('bytes flipped', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.nat(1),
        fc.array(
          fc.tuple(
            fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }),
            fc.integer({ min: 1, max: 255 }),
          ),
          {
            minLength: 1,
            maxLength: 8,
          },
        ),
        async (which, flips) => {
          const bytes = Buffer.from(books[which] as Buffer);
          for (const [at, xor] of flips) {
            const i = Math.floor(at * bytes.length);
            bytes[i] = (bytes[i] as number) ^ xor;
          }
          await endsWell(bytes);
        },
      ),
      { seed, numRuns: runs },
    );
  }, 120_000);

  it('cut short', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.nat(1),
        fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }),
        async (which, at) => {
          const bytes = books[which] as Buffer;
          await endsWell(bytes.subarray(0, Math.floor(at * bytes.length)));
        },
      ),
      { seed, numRuns: runs },
    );
  }, 120_000);

  it('zip entries shuffled or dropped: the same sheets when the workbook is whole', async () => {
    const whole = await Promise.all(books.map(async (b) => readXlsx(b, 'fuzz.xlsx', 'fuzz.xlsx')));
    await fc.assert(
      fc.asyncProperty(
        fc.nat(1),
        fc.infiniteStream(fc.double({ min: 0, max: 1, noNaN: true })),
        fc.boolean(),
        async (which, keys, drop) => {
          const parts = [...(await readZip(books[which] as Buffer))];
          const order = parts
            .map((p) => [keys.next().value as number, p] as const)
            .sort((a, b) => a[0] - b[0]);
          const kept = drop ? order.slice(1) : order;
          const bytes = await writeZip(kept.map(([, p]) => p));
          if (!drop) {
            const r = await readXlsx(bytes, 'fuzz.xlsx', 'fuzz.xlsx');
            expect(r).toEqual(whole[which]);
          } else await endsWell(bytes);
        },
      ),
      { seed, numRuns: runs },
    );
  }, 120_000);
});
