import { CsvError, parse } from 'csv-parse/sync';

/** A field separator kyodo recognises: comma (CSV), tab (Excel's 「Unicode テキスト」), semicolon. */
export type CsvDelimiter = ',' | '\t' | ';';

/** Rows of a CSV text and the separator found, or the line where a quoted field was opened and never closed. */
export type CsvParse =
  | { readonly ok: true; readonly rows: string[][]; readonly delimiter: CsvDelimiter }
  | { readonly ok: false; readonly unclosedQuoteLine: number };

/** Separators tried, in the order a tie is settled. */
const DELIMITERS: readonly CsvDelimiter[] = [',', '\t', ';'];
/** Records read to choose the separator. */
const PREVIEW_RECORDS = 50;

/** CRLF, LF and CR all end a record, in one file (a file edited on two systems mixes them). */
const RECORD_ENDS = ['\r\n', '\n', '\r'];

function options(delimiter: CsvDelimiter) {
  return {
    delimiter,
    record_delimiter: RECORD_ENDS,
    // Rows of a sheet have different lengths (a title row, a notes row): not an error.
    relax_column_count: true,
    // A quote inside an unquoted field is kept as typed (5"インチ): Excel writes none, people type them.
    relax_quotes: true,
    skip_empty_lines: false,
  };
}

/**
 * Parse CSV text as RFC 4180 has it, with csv-parse: fields in double quotes may hold the
 * separator, line breaks and doubled quotes (""); records end with CRLF, LF or CR, mixed in one
 * file; a final line break does not make an empty last record. The separator is chosen from the
 * first records: comma, tab (Excel's 「Unicode テキスト」 is tab-separated even when saved as
 * .csv) or semicolon — the one that splits them into the same number of columns, more than one,
 * most often (the rule papaparse's and Python's csv sniffers use); comma when none does.
 *
 * @example
 * parseCsv('事業名,備考\r\n"清掃, 花壇","1行目\n2行目"\r\n')
 * //=> { ok: true, delimiter: ',', rows: [['事業名', '備考'], ['清掃, 花壇', '1行目\n2行目']] }
 * parseCsv('事業名\t備考\n清掃, 花壇\t雨天中止\n').delimiter //=> '\t'
 */
export function parseCsv(text: string): CsvParse {
  const delimiter = chooseDelimiter(text);
  try {
    return { ok: true, rows: parse(text, options(delimiter)) as string[][], delimiter };
  } catch (error) {
    if (error instanceof CsvError && error.code === 'CSV_QUOTE_NOT_CLOSED')
      return { ok: false, unclosedQuoteLine: lineAfterLastRecord(text, delimiter) };
    throw error;
  }
}

/** The line where the record that never ends begins: after the last record read (only on failure: the callback costs). */
function lineAfterLastRecord(text: string, delimiter: CsvDelimiter): number {
  let lastLine = 0;
  try {
    parse(text, {
      ...options(delimiter),
      on_record: (record: string[], context: { lines: number }) => {
        lastLine = context.lines;
        return record;
      },
    });
  } catch {
    // the same failure: lastLine is where it stopped
  }
  return lastLine + 1;
}

/** The separator that gives the first records one consistent number of columns above one. */
function chooseDelimiter(text: string): CsvDelimiter {
  let best: { delimiter: CsvDelimiter; share: number; columns: number } | undefined;
  for (const delimiter of DELIMITERS) {
    let rows: string[][];
    try {
      rows = parse(text, { ...options(delimiter), to_line: PREVIEW_RECORDS }) as string[][];
    } catch {
      continue;
    }
    const counts = new Map<number, number>();
    let filled = 0;
    for (const row of rows) {
      if (row.length === 1 && row[0] === '') continue;
      filled += 1;
      counts.set(row.length, (counts.get(row.length) ?? 0) + 1);
    }
    let columns = 1;
    let most = 0;
    for (const [n, times] of counts)
      if (times > most || (times === most && n > columns)) {
        columns = n;
        most = times;
      }
    if (columns < 2 || filled === 0) continue;
    const share = most / filled;
    if (best === undefined || share > best.share || (share === best.share && columns > best.columns))
      best = { delimiter, share, columns };
  }
  return best?.delimiter ?? ',';
}
