import type { Path } from '../problems/Problem.js';
import { err, ok, type Result } from '../problems/Result.js';
import { calendarMessages, placeText } from './messages.js';
import { plainDate } from './plainDate.js';
import type { PlainDate } from './types.js';

/** Serial 0 of the spreadsheet epoch, 1899-12-30, as a UTC instant (no machine zone involved). */
export const SERIAL_EPOCH = Date.UTC(1899, 11, 30);
/** First serial read: 61 = 1900-03-01, where Excel (1900 system) and Sheets agree. */
export const FIRST_SERIAL = 61;
/** Last serial read: 2958465 = 9999-12-31, the last day Excel shows. */
export const LAST_SERIAL = 2_958_465;

/** Options of {@link dateFromSerial}. */
export interface DateFromSerialOptions {
  readonly path?: Path;
}

/**
 * The day a spreadsheet date serial names (RULES C2: Sheets/Excel date serials), counted as
 * Google Sheets and Excel's 1900 date system both do from 1900-03-01 on: 45383 = 2024-04-01.
 * A fraction (a time of day) is dropped: 45383.75 is still 2024-04-01.
 *
 * Serials below 61 are refused: Excel counts 1 = 1900-01-01 and has a day 60 = 1900-02-29 that
 * never existed (the Lotus 1-2-3 leap-year bug, 'calendar.serial-nonexistent-day'), while
 * Sheets counts 1 = 1899-12-31, so the two disagree by a day before 1900-03-01
 * ('calendar.serial-out-of-range', as is anything after 2958465 = 9999-12-31).
 *
 * @example
 * dateFromSerial(45383) //=> ok('2024-04-01')
 * dateFromSerial(60).ok //=> false
 */
export function dateFromSerial(serial: number, options: DateFromSerialOptions = {}): Result<PlainDate> {
  const place = { path: options.path ?? [], input: serial };
  const at = placeText(options.path);
  const whole = Math.floor(serial);
  if (whole === 60)
    return err(calendarMessages.problem('calendar.serial-nonexistent-day', { at, serial }, place));
  if (!Number.isFinite(serial) || whole < FIRST_SERIAL || whole > LAST_SERIAL) {
    return err(calendarMessages.problem('calendar.serial-out-of-range', { at, serial }, place));
  }
  // Days after the epoch as a UTC instant, read with UTC getters: no machine zone involved.
  // dateToSerial is its inverse; the tests check the two agree.
  const day = new Date(SERIAL_EPOCH + whole * 86_400_000);
  return ok(plainDate(day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate()));
}
