import { plainDate } from './plainDate.js';
import type { PlainDate } from './types.js';

/** Japan Standard Time is UTC+09:00 all year (no daylight saving since 1951). */
const JST_OFFSET_MS = 9 * 3_600_000;

/**
 * The day in Japan of an instant (internal): read at +09:00 fixed, whatever the machine's
 * time zone (RULES C2). Undefined for an invalid Date or a year outside 1000–9999.
 */
export function dateOfInstant(date: Date): PlainDate | undefined {
  const ms = date.getTime();
  if (Number.isNaN(ms)) return undefined;
  // The instant moved by nine hours and read with the UTC getters is the wall clock in Japan.
  const jst = new Date(ms + JST_OFFSET_MS);
  const year = jst.getUTCFullYear();
  // Near the JavaScript limit (±8.64e15 ms) the shifted instant is Invalid Date: year NaN.
  if (!(year >= 1000 && year <= 9999)) return undefined;
  return plainDate(year, jst.getUTCMonth() + 1, jst.getUTCDate());
}
