import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { readXlsx } from '../io/readXlsx.js';
import { partForExceljs } from './partForExceljs.js';

/** Text cells as a user typed them, written by SheetJS with and without shared strings. */
const typed = ['&lt;script&gt;', '<b>&amp;</b>', 'a\u001bb', 'R&D', '=1+1'];

async function cellsOf(bookSST: boolean): Promise<unknown[]> {
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([typed]), 'S');
  const bytes = XLSX.write(wb, { type: 'buffer', bookType: 'xlsx', bookSST }) as Buffer;
  const read = await readXlsx(bytes, 'typed.xlsx', 'typed');
  if (!read.ok) throw new Error(read.problems[0]?.message.en);
  return [...(read.value.sheets[0]?.values[0] ?? [])];
}

describe('partForExceljs', () => {
  it('a cell reading &lt;script&gt; is read as typed, never decoded twice, in shared strings or not', async () => {
    const shared = await cellsOf(true);
    expect(shared).toEqual(typed);
    const inline = await cellsOf(false);
    // An escape in a cell written without shared strings is left as written (exceljs reads no
    // _xHHHH_ in inline text, and the XML may not carry ESC itself): harmless text, never ESC.
    expect(inline).toEqual([typed[0], typed[1], 'a_x001B_b', typed[3], typed[4]]);
  });

  it('writes _xHHHH_ escapes in capitals, so that a shared string _x001b_ is read as ESC', () => {
    const xml = '<sst><si><t>a_x001b_b</t></si><si><t xml:space="preserve">_x00e9_</t></si></sst>';
    expect(partForExceljs('xl/sharedStrings.xml', Buffer.from(xml)).toString()).toBe(
      '<sst><si><t>a_x001B_b</t></si><si><t xml:space="preserve">_x00E9_</t></si></sst>',
    );
  });

  it('hands a str cell over as an inline string, a formula result with its & escaped once more, and leaves the rest', () => {
    const xml =
      '<sheetData><row r="1"><c r="A1" t="str"/><c r="B1" t="str"><v>&amp;lt;x&amp;gt;</v></c>' +
      '<c r="C1" t="str"><f>A1&amp;"&lt;"</f><v>&amp;&lt;</v></c><c r="D1"><v>3</v></c></row></sheetData>';
    expect(partForExceljs('xl/worksheets/sheet1.xml', Buffer.from(xml)).toString()).toBe(
      '<sheetData><row r="1"><c r="A1" t="str"/><c r="B1" t="inlineStr"><is><t xml:space="preserve">&amp;lt;x&amp;gt;</t></is></c>' +
        '<c r="C1" t="str"><f>A1&amp;"&lt;"</f><v>&amp;amp;&amp;lt;</v></c><c r="D1"><v>3</v></c></row></sheetData>',
    );
    const other = Buffer.from('<workbook><t>_x001b_</t></workbook>');
    expect(partForExceljs('xl/workbook.xml', other)).toBe(other);
  });
});
