/**
 * Text made safe to write into a spreadsheet cell: a leading =, +, -, @, tab or carriage return
 * would make Sheets or Excel read the text as a formula (CSV/formula injection), so such text is
 * prefixed with an apostrophe, which spreadsheets show as plain text.
 *
 * @example
 * safeCellText('=HYPERLINK("x")') //=> "'=HYPERLINK(\"x\")"
 * safeCellText('事業名') //=> '事業名'
 */
export function safeCellText(text: string): string {
  if (text.length === 0) return text;
  const c = text.charCodeAt(0);
  // = + - @ \t \r, and their full-width forms, which some spreadsheets also fold.
  if (
    c === 61 ||
    c === 43 ||
    c === 45 ||
    c === 64 ||
    c === 9 ||
    c === 13 ||
    c === 0xff1d ||
    c === 0xff0b ||
    c === 0xff0d ||
    c === 0xff20
  )
    return `'${text}`;
  return text;
}
