/** What the first bytes of a file say it is, before any part of it is read as a workbook. */
export type FileSignature =
  /** A zip archive: an .xlsx (ECMA-376 Part 2, Open Packaging Conventions), or something else zipped. */
  | 'zip'
  /** An OLE compound file holding EncryptionInfo and EncryptedPackage: a password-protected workbook. */
  | 'encrypted'
  /** An OLE compound file holding a Workbook (or Book) stream: an Excel 97-2003 .xls. */
  | 'xls'
  /** Another OLE compound file (a .doc, a .msg …). */
  | 'ole'
  | 'other';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/**
 * The kind of a file from its bytes. Excel saves a password-protected .xlsx not as a zip but
 * as an OLE compound file ([MS-CFB]) holding the streams EncryptionInfo and EncryptedPackage
 * ([MS-OFFCRYPTO] 2.3.4.4 and 2.3.4.5); an Excel 97-2003 workbook is an OLE compound file
 * holding a Workbook stream ([MS-XLS] 2.1.2; Book in Excel 5). The names of the streams are
 * stored in the compound file's directory in UTF-16LE: they are looked for as such.
 *
 * @example
 * fileSignatureOf(readFileSync('register.xlsx')) //=> 'zip'
 */
export function fileSignatureOf(bytes: Uint8Array): FileSignature {
  if (startsWith(bytes, ZIP)) return 'zip';
  if (!startsWith(bytes, OLE)) return 'other';
  const data = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const has = (name: string) => data.includes(Buffer.from(name, 'utf16le'));
  if (has('EncryptedPackage') && has('EncryptionInfo')) return 'encrypted';
  if (has('Workbook') || has('Book')) return 'xls';
  return 'ole';
}

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return bytes.length >= signature.length && signature.every((b, i) => bytes[i] === b);
}
