/**
 * Whether a value is a Date, from any realm: Apps Script hands Dates to the add-on, and a
 * test's V8 context may make them with another realm's constructor (docs/addon.md
 * "Apps Script facts"), so `instanceof Date` is not enough.
 */
export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}
