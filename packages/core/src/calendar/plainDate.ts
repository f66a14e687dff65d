/**
 * Internal arithmetic on calendar days as numbers (year, month, day), free of any time zone:
 * no Date is constructed, so the machine's TZ can never shift a day (RULES C2).
 */
import { KyodoError } from '../problems/KyodoError.js';
import { calendarMessages } from './messages.js';
import type { PlainDate } from './types.js';

/** Days in a month of the proleptic Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Whether year, month, day name a real day (years 1000–9999). */
export function isRealDay(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    year >= 1000 &&
    year <= 9999 &&
    Number.isInteger(month) &&
    month >= 1 &&
    month <= 12 &&
    Number.isInteger(day) &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

/** 'YYYY-MM-DD' of a real day. */
export function plainDate(year: number, month: number, day: number): PlainDate {
  return `${year}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}

const SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parts of a PlainDate, or undefined when it is not a real 'YYYY-MM-DD' day. */
export function dateParts(date: string): { year: number; month: number; day: number } | undefined {
  if (typeof date !== 'string') return undefined;
  const m = SHAPE.exec(date);
  if (m === null) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  return isRealDay(year, month, day) ? { year, month, day } : undefined;
}

/** Parts of a PlainDate; anything else is a KyodoError ('calendar.not-a-plain-date'), never a wrong day. */
export function requireParts(date: PlainDate): { year: number; month: number; day: number } {
  const parts = dateParts(date);
  if (parts === undefined)
    throw new KyodoError([
      calendarMessages.problem('calendar.not-a-plain-date', { at: '', text: shown(date) }, { input: date }),
    ]);
  return parts;
}

/** A value as text for a message, whatever it is. */
function shown(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Object.is(value, -0) ? '-0' : String(value);
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return Object.prototype.toString.call(value);
  }
}

/** Day of the week, 0 = Sunday … 6 = Saturday (Zeller-style, no Date involved). */
export function weekday(year: number, month: number, day: number): number {
  const t = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4];
  const y = month < 3 ? year - 1 : year;
  return (y + Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400) + (t[month - 1] ?? 0) + day) % 7;
}

/** 日 月 火 水 木 金 土, indexed by {@link weekday}. */
export const WEEKDAYS_JA = ['日', '月', '火', '水', '木', '金', '土'] as const;

/** A fiscal year kyodo can name (1000–9998); anything else is a KyodoError ('calendar.fiscal-year-out-of-range'). */
export function requireFiscalYear(fy: number): void {
  if (!Number.isInteger(fy) || fy < 1000 || fy > 9998)
    throw new KyodoError([
      calendarMessages.problem(
        'calendar.fiscal-year-out-of-range',
        { at: '', text: shown(fy) },
        { input: fy },
      ),
    ]);
}
