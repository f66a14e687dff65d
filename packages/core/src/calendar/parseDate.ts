import type { Path } from '../problems/Problem.js';
import { err, ok, type Result } from '../problems/Result.js';
import { dateFromSerial } from './dateFromSerial.js';
import { dateOfInstant } from './dateOfInstant.js';
import { calendarMessages, placeText } from './messages.js';
import { dateParts, plainDate } from './plainDate.js';
import { readCalendarText } from './readCalendarText.js';
import type { PlainDate } from './types.js';

/** Options of {@link parseDate}. */
export interface ParseDateOptions {
  /** Where the value is, for problems. */
  readonly path?: Path;
}

const SERIAL_TEXT = /^\s*\d{5,7}(?:\.\d+)?\s*$/;
const ISO_CELL = /^(\d{4}-\d{2}-\d{2})(?:[T ].*)?$/;

/**
 * A day in Japan from a cell or a value, as a PlainDate (RULES C2). Reads:
 * - text in every form RULES C2 lists ({@link readCalendarText}): 令和6年4月1日, R6.4.1, R06.04.01,
 *   令6.4.1, R6/4/1, 2024/4/1, 2024-04-01, 20240401, ㋿6年4月1日, 令和六年四月一日, 令和元年5月1日,
 *   令和6年4月1日(月), full-width digits, spaces inside;
 * - a number as a Sheets/Excel date serial ({@link dateFromSerial}: 45383 = 2024-04-01), and
 *   text of five to seven digits the same way;
 * - a JS Date as the day it is in Japan (+09:00 fixed), whatever the machine's time zone;
 * - a sheet date cell `{ kind: 'date', iso: '2024-04-01' }` (a time after the day is dropped).
 *
 * A month, a year or a fiscal year (令和6年4月, 令和6年度) is 'calendar.not-a-day'; 令和0年, 2月30日,
 * 13月, 令和元年4月1日 (before 令和 began) and text that is no date are errors. A day past its era's
 * end (平成31年5月1日) is read as the day it names, with a 'calendar.past-era-end' warning.
 *
 * @example
 * parseDate('令和6年4月1日(月)') //=> ok('2024-04-01')
 * parseDate(45383) //=> ok('2024-04-01')
 * parseDate('平成31年5月1日') //=> ok('2019-05-01', [warning 'calendar.past-era-end'])
 */
export function parseDate(input: unknown, options: ParseDateOptions = {}): Result<PlainDate> {
  const path = options.path ?? [];
  const at = placeText(options.path);
  if (typeof input === 'string') {
    if (SERIAL_TEXT.test(input)) return dateFromSerial(Number(input), { path });
    const read = readCalendarText(input, { path });
    if (!read.ok) return read;
    const r = read.value;
    if (r.precision !== 'day') {
      const precision = r.precision === 'fiscal-year' ? 'fiscal year' : r.precision;
      return err(
        calendarMessages.problem('calendar.not-a-day', { at, text: input, precision }, { path, input }),
      );
    }
    return ok(plainDate(r.year, r.month!, r.day!), read.warnings);
  }
  if (typeof input === 'number') return dateFromSerial(input, { path });
  if (input === null || input === undefined) {
    return err(calendarMessages.problem('calendar.empty', { at, expected: 'date' }, { path, input }));
  }
  if (isDate(input)) {
    const date = dateOfInstant(input);
    if (date === undefined)
      return err(calendarMessages.problem('calendar.invalid-date-object', { at }, { path, input }));
    return ok(date);
  }
  if (isDateCell(input)) {
    const m = ISO_CELL.exec(input.iso);
    const day = m === null ? undefined : m[1]!;
    if (day === undefined || dateParts(day) === undefined) {
      return err(calendarMessages.problem('calendar.unparsable', { at, text: input.iso }, { path, input }));
    }
    return ok(day);
  }
  return err(calendarMessages.problem('calendar.not-a-date', { at, type: typeName(input) }, { path, input }));
}

/** A sheet date cell (packages/sheets CellDate). */
export function isDateCell(input: unknown): input is { kind: 'date'; iso: string } {
  return (
    typeof input === 'object' &&
    input !== null &&
    (input as { kind?: unknown }).kind === 'date' &&
    typeof (input as { iso?: unknown }).iso === 'string'
  );
}

/** A short name of a value's kind, for messages. */
export function typeName(input: unknown): string {
  if (typeof input === 'boolean') return `boolean ${input}`;
  if (Array.isArray(input)) return 'array';
  return typeof input;
}

/**
 * A Date, also from another realm (an iframe, a vm context, Apps Script's bridge), where
 * `instanceof Date` is false.
 */
export function isDate(input: unknown): input is Date {
  return Object.prototype.toString.call(input) === '[object Date]';
}
