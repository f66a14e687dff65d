import { isDate } from './isDate.js';

/** Japan keeps no daylight saving time since 1951: a fixed UTC+9 offset is exact. */
const TOKYO_OFFSET_MS = 9 * 3600 * 1000;

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/**
 * The calendar day (and time, when not midnight) a Date cell shows in the spreadsheet's time
 * zone: 'YYYY-MM-DD' or 'YYYY-MM-DDTHH:mm:ss' (RULES C2: never let the machine's zone shift a
 * day). Uses Apps Script's `Utilities.formatDate` when it is there, else Japan time.
 */
export function dayOf(date: Date, timeZone: string): string | null {
  if (!isDate(date) || Number.isNaN(date.getTime())) return null;
  let text: string;
  if (typeof Utilities !== 'undefined' && timeZone) {
    text = Utilities.formatDate(date, timeZone, "yyyy-MM-dd'T'HH:mm:ss");
  } else {
    const t = new Date(date.getTime() + TOKYO_OFFSET_MS);
    text =
      `${pad(t.getUTCFullYear(), 4)}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}` +
      `T${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())}:${pad(t.getUTCSeconds())}`;
  }
  return text.endsWith('T00:00:00') ? text.slice(0, 10) : text;
}
