/**
 * Whether a value is a Date, from any realm: Apps Script hands Dates to the add-on, and a
 * test's V8 context may make them with another realm's constructor (shared/APPS_SCRIPT.md
 * "Testing offline"), so `instanceof Date` is not enough.
 */
export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}
