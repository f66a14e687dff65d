import { createWriteStream } from 'node:fs';
import { Readable } from 'node:stream';
import { finished } from 'node:stream/promises';
import yazl from 'yazl';

/**
 * A test fixture, not a product writer: an .xlsx of one sheet written straight as SpreadsheetML
 * (ECMA-376 Part 1, 18.3 Worksheets; inline strings, 18.3.1.53 is) and zipped by yazl as the
 * sheet XML is made, so a workbook of a million rows is written in seconds without holding it.
 * The cells are those a municipality's project register has (the header spelt as in the plans'
 * 協働事業一覧 tables); `cell` adds one more cell to a row (a value far out in column XFD).
 */
export interface LargeSheetOptions {
  readonly rows: number;
  /** Every `badEvery`-th row has an error (a form that contradicts its organiser). */
  readonly badEvery?: number;
  /** One more cell in a row: its reference (XFD7) and text. */
  readonly extra?: { readonly ref: string; readonly text: string };
}

const header = ['事業名', '担当課', '協働相手', '協働の形態', '主催', '年度', '予算額（円）'];
const forms = ['共催', '委託', '補助', '後援'];
const organisers: Record<string, string> = { 共催: '共同', 委託: '市', 補助: '市民', 後援: '市民' };
const letters = 'ABCDEFG';

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function inline(ref: string, text: string): string {
  return `<c r="${ref}" t="inlineStr"><is><t>${escapeXml(text)}</t></is></c>`;
}

function* sheetXml(o: LargeSheetOptions): Generator<string> {
  const extraRow = o.extra === undefined ? undefined : Number(/\d+$/.exec(o.extra.ref)?.[0]);
  yield '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
  yield '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
  yield `<row r="1">${inline('A1', '令和6年度　協働事業一覧')}</row>`;
  yield `<row r="3">${header.map((h, i) => inline(`${letters[i]}3`, h)).join('')}</row>`;
  let chunk = '';
  for (let i = 1; i <= o.rows; i++) {
    const r = i + 3;
    const form = forms[i % forms.length] as string;
    const bad = o.badEvery !== undefined && i % o.badEvery === 0;
    const cells = [
      inline(`A${r}`, `協働事業${i}`),
      inline(`B${r}`, `課${i % 40}`),
      inline(`C${r}`, `団体${i % 900}`),
      inline(`D${r}`, form),
      inline(`E${r}`, bad ? (form === '委託' ? '市民' : '市') : (organisers[form] as string)),
      inline(`F${r}`, '令和6年度'),
      `<c r="G${r}"><v>${100_000 + (i % 97) * 10_000}</v></c>`,
    ];
    if (extraRow === r && o.extra !== undefined) cells.push(inline(o.extra.ref, o.extra.text));
    chunk += `<row r="${r}">${cells.join('')}</row>`;
    if (chunk.length > 1 << 16) {
      yield chunk;
      chunk = '';
    }
  }
  yield `${chunk}</sheetData></worksheet>`;
}

const parts: Readonly<Record<string, string>> = {
  '[Content_Types].xml':
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
  '_rels/.rels':
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
  'xl/workbook.xml':
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="協働事業一覧" sheetId="1" r:id="rId1"/></sheets></workbook>',
  'xl/_rels/workbook.xml.rels':
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
};

/** Write the workbook to `file`. */
export async function writeLargeSheet(file: string, options: LargeSheetOptions): Promise<void> {
  const zip = new yazl.ZipFile();
  for (const [name, text] of Object.entries(parts)) zip.addBuffer(Buffer.from(text), name);
  zip.addReadStream(Readable.from(sheetXml(options)), 'xl/worksheets/sheet1.xml');
  zip.end();
  const out = createWriteStream(file);
  zip.outputStream.pipe(out);
  await finished(out);
}
