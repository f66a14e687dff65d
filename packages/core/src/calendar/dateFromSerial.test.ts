import { describe, expect, it } from 'vitest';
import { KyodoError } from '../problems/KyodoError.js';
import { dateFromSerial } from './dateFromSerial.js';
import { dateToSerial } from './dateToSerial.js';
import { expectErr, expectOk } from './testing.js';

describe('dateFromSerial / dateToSerial (RULES C2)', () => {
  it('reads serials as Sheets and Excel (from 1900-03-01) count them', () => {
    expectOk(dateFromSerial(45383), '2024-04-01');
    expectOk(dateFromSerial(43586), '2019-05-01');
    expectOk(dateFromSerial(61), '1900-03-01');
    expectOk(dateFromSerial(2_958_465), '9999-12-31');
    expectOk(dateFromSerial(45383.5), '2024-04-01');
  });
  it('refuses serial 60 (Excel’s 1900-02-29) and anything out of range', () => {
    expectErr(dateFromSerial(60), 'calendar.serial-nonexistent-day');
    expectErr(dateFromSerial(59), 'calendar.serial-out-of-range');
    expectErr(dateFromSerial(0), 'calendar.serial-out-of-range');
    expectErr(dateFromSerial(2_958_466), 'calendar.serial-out-of-range');
    expectErr(dateFromSerial(Number.POSITIVE_INFINITY), 'calendar.serial-out-of-range');
  });
  it('writes serials back', () => {
    expect(dateToSerial('2024-04-01')).toBe(45383);
    expect(dateToSerial('1900-03-01')).toBe(61);
    for (const serial of [61, 365, 10_000, 32_874, 43_585, 43_586, 45_383, 45_717, 2_958_465]) {
      const day = dateFromSerial(serial);
      expect(day.ok && dateToSerial(day.value)).toBe(serial);
    }
    expect(() => dateToSerial('2024-02-30')).toThrow(KyodoError);
  });
});
