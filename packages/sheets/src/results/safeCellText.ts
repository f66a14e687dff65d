/** A leading character that makes a spreadsheet read text as a formula, half or full width. */
const TRIGGER = /^[\s\u3000]*[=+\-@\uff1d\uff0b\uff0d\uff20]/u;
/** A leading tab, carriage return, line feed or NUL, which spreadsheets drop before such a character. */
const LEADING_CONTROL =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: NUL is one of the characters to find
  /^[\t\r\n\u0000]/u;

/**
 * Text made safe to write into a spreadsheet cell (OWASP "CSV Injection", ASVS 1.2.10): text
 * that starts with =, +, -, @ (or their full-width forms, which some spreadsheets fold), or with
 * spaces, a tab, a carriage return, a line feed or NUL before one of them, would make Sheets or
 * Excel read it as a formula; such text is prefixed with an apostrophe, which spreadsheets show
 * as plain text. Idempotent: text already prefixed is left as it is.
 *
 * @example
 * safeCellText('=HYPERLINK("x")') //=> "'=HYPERLINK(\"x\")"
 * safeCellText('事業名') //=> '事業名'
 */
export function safeCellText(text: string): string {
  if (text.length === 0) return text;
  return TRIGGER.test(text) || LEADING_CONTROL.test(text) ? `'${text}` : text;
}
