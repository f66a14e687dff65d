import type { Path } from '../problems/Problem.js';
import { err, ok, type Result } from '../problems/Result.js';
import { dateFromSerial } from './dateFromSerial.js';
import { fiscalYearOf } from './fiscalYearOf.js';
import { formatFiscalYear } from './formatFiscalYear.js';
import { calendarMessages, placeText } from './messages.js';
import { isDate, isDateCell, parseDate, typeName } from './parseDate.js';
import { readCalendarText } from './readCalendarText.js';
import type { FiscalYear } from './types.js';

/** Options of {@link parseFiscalYear}. */
export interface ParseFiscalYearOptions {
  /** Where the value is, for problems. */
  readonly path?: Path;
}

const DIGITS = /^\s*\d+(?:\.\d+)?\s*$/;

/**
 * A fiscal year (年度, RULES C1) from a cell or a value, as the Western year of its 1 April
 * (RULES C2). Reads 令和6年度, R6年度, R6, ㋿6年, 令和 6年, 令和六年度, 2024年度, FY2024 and 2024 (all
 * FY2024), H26, 平成26年度 (FY2014); 平成31年度 and 令和元年度 are both FY2019 (RULES C2: a fiscal
 * year is named by the era of its 1 April, and both spellings occur). A date or a month gives
 * the fiscal year it falls in: 令和7年3月31日 and 令和7年3月 are FY2024, as are Date objects (the
 * day in Japan), date cells and date serials.
 *
 * Numbers: 1000–9999 is a Western fiscal year (2024); a number of five digits or more is read
 * as a spreadsheet date serial (a date cell whose format was lost: 45383 = 2024-04-01 → FY2024)
 * with a 'calendar.serial-as-fiscal-year' warning; a small number (6) is
 * 'calendar.ambiguous-year' — the era is not said. 平成32年度 (past the era's end) is FY2020 with
 * a 'calendar.past-era-end' warning; 令和0年度 and text that is no year are errors.
 *
 * @example
 * parseFiscalYear('令和元年度') //=> ok(2019)
 * parseFiscalYear('R6') //=> ok(2024)
 * parseFiscalYear(6).ok //=> false
 */
export function parseFiscalYear(input: unknown, options: ParseFiscalYearOptions = {}): Result<FiscalYear> {
  const path = options.path ?? [];
  const at = placeText(options.path);
  if (typeof input === 'number' || (typeof input === 'string' && DIGITS.test(input))) {
    const n = Number(input);
    if (Number.isInteger(n) && n >= 1000 && n <= 9999) return ok(n);
    if (Number.isInteger(n) && n >= 0 && n < 1000) {
      return err(
        calendarMessages.problem('calendar.ambiguous-year', { at, text: String(n) }, { path, input }),
      );
    }
    if (n >= 10_000) {
      const day = dateFromSerial(n, { path });
      if (!day.ok) return day;
      const fy = fiscalYearOf(day.value);
      const warning = calendarMessages.problem(
        'calendar.serial-as-fiscal-year',
        { at, serial: n, date: day.value, fiscalYear: formatFiscalYear(fy, { style: 'both' }) },
        { path, input },
      );
      return ok(fy, [warning]);
    }
    return err(calendarMessages.problem('calendar.unparsable', { at, text: String(input) }, { path, input }));
  }
  if (typeof input === 'string') {
    const read = readCalendarText(input, { path, expected: 'fiscal-year' });
    if (!read.ok) return read;
    const r = read.value;
    if (r.precision === 'fiscal-year' || r.precision === 'year') return ok(r.year, read.warnings);
    const fy = r.month! >= 4 ? r.year : r.year - 1;
    return ok(fy, read.warnings);
  }
  if (isDate(input) || isDateCell(input)) {
    const day = parseDate(input, { path });
    return day.ok ? ok(fiscalYearOf(day.value), day.warnings) : day;
  }
  if (input === null || input === undefined) {
    return err(calendarMessages.problem('calendar.empty', { at, expected: 'fiscal-year' }, { path, input }));
  }
  return err(calendarMessages.problem('calendar.not-a-date', { at, type: typeName(input) }, { path, input }));
}
