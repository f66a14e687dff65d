import { UTCDate } from '@date-fns/utc';
import { addHours } from 'date-fns';
import { plainDate } from './plainDate.js';
import type { PlainDate } from './types.js';

/** Japan Standard Time is UTC+09:00 all year (no daylight saving since 1951). */
const JST_HOURS = 9;

/**
 * The day in Japan of an instant (internal): read at +09:00 fixed, whatever the machine's
 * time zone (RULES C2). Undefined for an invalid Date or a year outside 1000–9999.
 */
export function dateOfInstant(date: Date): PlainDate | undefined {
  const ms = date.getTime();
  if (Number.isNaN(ms)) return undefined;
  const jst = addHours(new UTCDate(ms), JST_HOURS);
  const year = jst.getFullYear();
  // Near the JavaScript limit (±8.64e15 ms) the shifted instant is Invalid Date: year NaN.
  if (!(year >= 1000 && year <= 9999)) return undefined;
  return plainDate(year, jst.getMonth() + 1, jst.getDate());
}
