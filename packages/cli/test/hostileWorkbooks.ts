import CFB from 'cfb';
import ExcelJS from 'exceljs';
import * as XLSX from 'xlsx';
import { readZip, writeZip } from './zipParts.js';

/**
 * Test helpers: files that are not what their name says, or that try to hurt the reader, each
 * made at test time from a small workbook (written by exceljs or SheetJS, not by kyodo).
 */
export async function smallWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('協働事業一覧');
  ws.addRow(['事業名', '協働相手', '予算額（円）']);
  for (let i = 1; i <= 200; i++) ws.addRow([`協働事業${i}`, `団体${i}`, 100000 + i]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** An Excel 97-2003 workbook (BIFF8 in an OLE compound file), as SheetJS writes it. */
export function legacyXls(): Buffer {
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([['事業名'], ['花いっぱい運動']]), '一覧');
  return XLSX.write(wb, { type: 'buffer', bookType: 'biff8' }) as Buffer;
}

/** An OpenDocument spreadsheet, as SheetJS writes it. */
export function openDocument(): Buffer {
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([['事業名'], ['花いっぱい運動']]), '一覧');
  return XLSX.write(wb, { type: 'buffer', bookType: 'ods' }) as Buffer;
}

/**
 * A password-protected workbook as Excel saves one: an OLE compound file holding the streams
 * EncryptionInfo and EncryptedPackage ([MS-OFFCRYPTO] 2.3.4), here with the package's bytes
 * as they are (kyodo never decrypts, it only has to say what the file is).
 */
export async function encryptedWorkbook(): Promise<Buffer> {
  const cfb = CFB.utils.cfb_new();
  CFB.utils.cfb_add(cfb, '/EncryptionInfo', Buffer.from([4, 0, 4, 0, 0x40, 0, 0, 0]));
  CFB.utils.cfb_add(cfb, '/EncryptedPackage', await smallWorkbook());
  return Buffer.from(CFB.write(cfb, { type: 'buffer' }) as Uint8Array);
}

/** An OLE compound file that is no workbook (say, a Word 97 document). */
export function otherOle(): Buffer {
  const cfb = CFB.utils.cfb_new();
  CFB.utils.cfb_add(cfb, '/WordDocument', Buffer.from('文書'));
  return Buffer.from(CFB.write(cfb, { type: 'buffer' }) as Uint8Array);
}

/** A zip that is not a workbook (a Word document's parts). */
export async function wordDocument(): Promise<Buffer> {
  return writeZip([
    [
      '[Content_Types].xml',
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    ],
    [
      'word/document.xml',
      '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>',
    ],
  ]);
}

/**
 * A zip whose deflated entries each declare `declared` bytes unzipped (in the central directory and in
 * the local headers), whatever they hold: with a huge size, a zip bomb caught from its
 * declarations; with a small one, a part that inflates past what it declares.
 */
export function withDeclaredSizes(zip: Buffer, declared: (name: string, size: number) => number): Buffer {
  const out = Buffer.from(zip);
  for (let at = 0; at + 46 <= out.length; at++) {
    const signature = out.readUInt32LE(at);
    // Stored (method 0) entries keep their size: for them it is the size of the data itself.
    if (signature === 0x02014b50 && out.readUInt16LE(at + 10) === 8) {
      const nameLength = out.readUInt16LE(at + 28);
      const name = out.toString('utf8', at + 46, at + 46 + nameLength);
      out.writeUInt32LE(declared(name, out.readUInt32LE(at + 24)) >>> 0, at + 24);
    } else if (signature === 0x04034b50 && out.readUInt16LE(at + 8) === 8) {
      const nameLength = out.readUInt16LE(at + 26);
      const name = out.toString('utf8', at + 30, at + 30 + nameLength);
      out.writeUInt32LE(declared(name, out.readUInt32LE(at + 22)) >>> 0, at + 22);
    }
  }
  return out;
}

/** A workbook whose sheet inflates to `megabytes` MB (rows of zeros): a zip bomb that tells the truth. */
export async function inflatingWorkbook(megabytes: number): Promise<Buffer> {
  const parts = await readZip(await smallWorkbook());
  const sheet = parts.get('xl/worksheets/sheet1.xml')?.toString('utf8') ?? '';
  const padding = '0'.repeat(megabytes * 1024 * 1024);
  parts.set(
    'xl/worksheets/sheet1.xml',
    Buffer.from(sheet.replace('</worksheet>', `<!--${padding}--></worksheet>`)),
  );
  return writeZip(parts);
}

/** The bytes cut at `fraction` of their length. */
export function truncated(bytes: Buffer, fraction: number): Buffer {
  return bytes.subarray(0, Math.floor(bytes.length * fraction));
}

/** The same parts in another order. */
export async function shuffled(bytes: Buffer): Promise<Buffer> {
  const parts = [...(await readZip(bytes))];
  return writeZip(parts.reverse());
}
