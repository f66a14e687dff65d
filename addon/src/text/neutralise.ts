/** Characters that make Sheets (and Excel) read a typed or written string as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A string made safe to write into a cell: one that starts with = + - @ tab or CR gets a
 * leading apostrophe, Sheets' quote prefix, so it is kept as the text it is and never run as
 * a formula (APPS_SCRIPT.md "Conventions": neutralise before writing a user's string back).
 */
export function neutralise(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}
