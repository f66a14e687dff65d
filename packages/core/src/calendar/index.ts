export { type DateFromSerialOptions, dateFromSerial, FIRST_SERIAL, LAST_SERIAL } from './dateFromSerial.js';
export { dateToSerial } from './dateToSerial.js';
export { ERAS, type Era, type EraName } from './eras.js';
export { fiscalYearEnd } from './fiscalYearEnd.js';
export { fiscalYearOf } from './fiscalYearOf.js';
export { fiscalYearStart } from './fiscalYearStart.js';
export { fiscalYearsBetween } from './fiscalYearsBetween.js';
export { type FormatDateOptions, formatDate } from './formatDate.js';
export { type FormatFiscalYearOptions, formatFiscalYear } from './formatFiscalYear.js';
export { isInFiscalYear } from './isInFiscalYear.js';
export { calendarMessages } from './messages.js';
export { type ParseDateOptions, parseDate } from './parseDate.js';
export { type ParseFiscalYearOptions, parseFiscalYear } from './parseFiscalYear.js';
export {
  type CalendarPrecision,
  type CalendarReading,
  type ReadCalendarOptions,
  readCalendarText,
} from './readCalendarText.js';
export type { FiscalYear, PlainDate } from './types.js';
export { type Wareki, warekiOf } from './warekiOf.js';
