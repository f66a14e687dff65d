import { defaultScale, getProfile, normaliseText, unwrap } from '@kyodo/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anyCell } from '../../test/arbitraries.js';
import type { CellValue } from '../grid/Grid.js';
import { type Cell, isBlank, missingMarkerKeys, precheck } from './Cell.js';
import { normaliseDateCell } from './normaliseDateCell.js';
import {
  normaliseActorCell,
  normaliseEvaluatorCell,
  normaliseFormCell,
  normaliseOrganiserCell,
  normaliseProgramCell,
} from './normaliseEnumCell.js';
import { normaliseFiscalYearCell } from './normaliseFiscalYearCell.js';
import { normaliseLevelCell } from './normaliseLevelCell.js';
import { normaliseNumberCell } from './normaliseNumberCell.js';
import { normalisePeriodCell } from './normalisePeriodCell.js';
import { isNormal, normaliseTextCell } from './normaliseTextCell.js';
import { fastYen, normaliseYenCell } from './normaliseYenCell.js';

const toride = unwrap(getProfile('toride'));
const ichinoseki = unwrap(getProfile('ichinoseki'));
const missing = missingMarkerKeys(toride.missingMarkers);

function wellFormed(c: Cell<unknown>, raw: CellValue): boolean {
  if (c.raw !== raw && !(Number.isNaN(c.raw as number) && Number.isNaN(raw as number))) return false;
  if (c.status === 'value') return Array.isArray(c.warnings);
  if (c.status === 'empty') return c.marker === null || typeof c.marker === 'string';
  return (
    c.problems.length > 0 &&
    c.problems.every((p) => typeof p.code === 'string' && p.message.ja !== '' && p.message.en !== '')
  );
}

describe('normalisers never throw, whatever a cell holds', () => {
  const normalisers: [string, (raw: CellValue) => Cell<unknown>][] = [
    ['text', (r) => normaliseTextCell(r, { missing })],
    ['yen', (r) => normaliseYenCell(r, { missing, unit: 1000 })],
    ['yen (negatives)', (r) => normaliseYenCell(r, { missing, allowNegative: true })],
    ['date', (r) => normaliseDateCell(r, { missing })],
    ['fiscal year', (r) => normaliseFiscalYearCell(r, { missing })],
    ['period', (r) => normalisePeriodCell(r, { missing })],
    ['number', (r) => normaliseNumberCell(r, { missing, field: 'target', label: '目標' })],
    ['level', (r) => normaliseLevelCell(r, defaultScale, { missing })],
    ['form', (r) => normaliseFormCell(r, toride, { missing })],
    ['organiser', (r) => normaliseOrganiserCell(r, { missing })],
    ['evaluator', (r) => normaliseEvaluatorCell(r, { missing })],
    ['program', (r) => normaliseProgramCell(r, ichinoseki, { missing })],
    ['actor', (r) => normaliseActorCell(r, toride, { missing })],
  ];
  for (const [name, normalise] of normalisers) {
    it(`${name}: a value, an empty cell or problems, the raw value kept`, () => {
      fc.assert(
        fc.property(anyCell, (raw) => wellFormed(normalise(raw), raw)),
        { numRuns: 400 },
      );
    });
  }
  it('an error value always has its own code', () => {
    fc.assert(
      fc.property(fc.string(), (code) => {
        const c = normaliseYenCell({ kind: 'error', code });
        return c.status === 'invalid' && c.problems[0]!.code === 'sheets.cell-error';
      }),
    );
  });
});

describe('the text fast path agrees with core normaliseText', () => {
  it('for any text it accepts', () => {
    const japanese = fc.string({
      unit: fc.oneof(
        fc.integer({ min: 0x3000, max: 0x30ff }).map((c) => String.fromCharCode(c)),
        fc.integer({ min: 0x4e00, max: 0x9fff }).map((c) => String.fromCharCode(c)),
        fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)),
        fc.integer({ min: 0xff00, max: 0xffef }).map((c) => String.fromCharCode(c)),
      ),
    });
    fc.assert(
      fc.property(fc.oneof(japanese, fc.string()), (text) => !isNormal(text) || normaliseText(text) === text),
      { numRuns: 2000 },
    );
  });
});

describe('the amount fast path agrees with normaliseYenCell', () => {
  it('for any cell it reads, under any header unit', () => {
    const amounts = fc.oneof(
      anyCell,
      fc.integer({ min: -1000, max: 10_000_000 }),
      fc.constantFrom(0, -0, 0.5, Number.MAX_SAFE_INTEGER, 2 ** 53, 1e21, Number.NaN),
      fc.maxSafeNat(),
    );
    fc.assert(
      fc.property(amounts, fc.constantFrom(undefined, 1, 1000, 10_000, 100_000_000), (raw, unit) => {
        const fast = fastYen(unit)(raw);
        if (fast === undefined) return true;
        const cell = normaliseYenCell(raw, unit === undefined ? { missing } : { missing, unit });
        return cell.status === 'value' && Object.is(cell.value, fast) && cell.warnings.length === 0;
      }),
      { numRuns: 2000 },
    );
  });
});

describe('blank cells are told apart without normalising visible text', () => {
  it('precheck finds a text blank exactly when trim or NFKC and trim leave nothing', () => {
    const spaces = [
      0x20, 0x09, 0x0a, 0xa0, 0x1680, 0x2000, 0x2007, 0x200a, 0x200b, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000,
      0xfeff, 0x180e, 0x3164,
    ];
    const text = fc.string({
      unit: fc.oneof(
        fc.constantFrom(...spaces.map((c) => String.fromCharCode(c))),
        fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
        fc.constantFrom('a', '未', '＃', '#N/A', '\u0308'),
      ),
      maxLength: 6,
    });
    fc.assert(
      fc.property(text, (s) => {
        const blank = s.trim() === '' || s.normalize('NFKC').trim() === '';
        return (precheck(s, undefined)?.status === 'empty') === blank;
      }),
      { numRuns: 5000 },
    );
  });
  it('for every single character', () => {
    const wrong: number[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      const s = String.fromCharCode(c);
      const blank = s.trim() === '' || s.normalize('NFKC').trim() === '';
      if ((precheck(s, undefined)?.status === 'empty') !== blank) wrong.push(c);
    }
    expect(wrong).toEqual([]);
  });
  it('isBlank (rows) and precheck (cells) agree on every single character and on any text', () => {
    const wrong: number[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      const s = String.fromCharCode(c);
      if (isBlank(s) !== (precheck(s, undefined)?.status === 'empty')) wrong.push(c);
    }
    expect(wrong).toEqual([]);
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 4 }), (s) => {
        return isBlank(s) === (precheck(s, undefined)?.status === 'empty');
      }),
      { numRuns: 3000 },
    );
  });
});
