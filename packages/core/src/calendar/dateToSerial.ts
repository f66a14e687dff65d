import { SERIAL_EPOCH } from './dateFromSerial.js';
import { requireParts } from './plainDate.js';
import type { PlainDate } from './types.js';

const DAY_MS = 86_400_000;

/**
 * The spreadsheet date serial of a day (RULES C2), as Google Sheets counts it: days since
 * 1899-12-30, so 2024-04-01 = 45383. From 1900-03-01 (serial 61) on this is Excel's 1900
 * date system too; before it, Excel's numbers are one higher (its nonexistent 1900-02-29).
 * The inverse of {@link dateFromSerial}. A malformed PlainDate is a programming error
 * (KyodoError).
 *
 * @example
 * dateToSerial('2024-04-01') //=> 45383
 */
export function dateToSerial(date: PlainDate): number {
  const { year, month, day } = requireParts(date);
  // Both instants are UTC midnights (PlainDate years are 1000–9999, so Date.UTC reads the
  // year as written): whole days apart, no machine time zone involved.
  return (Date.UTC(year, month - 1, day) - SERIAL_EPOCH) / DAY_MS;
}
