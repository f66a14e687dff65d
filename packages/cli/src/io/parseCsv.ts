/** Rows of a CSV text, or the line where a quoted field was opened and never closed. */
export type CsvParse =
  | { readonly ok: true; readonly rows: string[][] }
  | { readonly ok: false; readonly unclosedQuoteLine: number };

/**
 * Parse CSV text as RFC 4180 has it: comma-separated fields, fields in double quotes may hold
 * commas, line breaks and doubled quotes (""), records end with CRLF, LF or CR. A quote inside
 * an unquoted field is kept as it is (Excel writes none, people type them). A final line break
 * does not make an empty last record.
 *
 * @example
 * parseCsv('事業名,備考\r\n"清掃, 花壇","1行目\n2行目"\r\n')
 * //=> { ok: true, rows: [['事業名', '備考'], ['清掃, 花壇', '1行目\n2行目']] }
 */
export function parseCsv(text: string): CsvParse {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let line = 1;
  const n = text.length;
  let atFieldStart = true;
  while (i < n) {
    const ch = text.charCodeAt(i);
    if (atFieldStart && ch === 34 /* " */) {
      const openedAt = line;
      i++;
      let closed = false;
      while (i < n) {
        const c = text.charCodeAt(i);
        if (c === 34) {
          if (text.charCodeAt(i + 1) === 34) {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          closed = true;
          break;
        }
        if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) line++;
        field += text[i];
        i++;
      }
      if (!closed) return { ok: false, unclosedQuoteLine: openedAt };
      atFieldStart = false;
      continue;
    }
    if (ch === 44 /* , */) {
      row.push(field);
      field = '';
      atFieldStart = true;
      i++;
      continue;
    }
    if (ch === 13 || ch === 10) {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      atFieldStart = true;
      i += ch === 13 && text.charCodeAt(i + 1) === 10 ? 2 : 1;
      line++;
      continue;
    }
    // Take the run of ordinary characters at once.
    let j = i + 1;
    while (j < n) {
      const c = text.charCodeAt(j);
      if (c === 44 || c === 13 || c === 10) break;
      j++;
    }
    field += text.slice(i, j);
    i = j;
    atFieldStart = false;
  }
  if (!atFieldStart || field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return { ok: true, rows };
}
