/**
 * A part of a workbook as kyodo hands it to exceljs, so that every cell's text reaches the
 * checks as Excel shows it (docs/security.md, 読み込みの限界), where exceljs 4.4 reads two
 * things otherwise:
 *
 * - a text cell of type `str` (a formula's text result, or text written without shared strings,
 *   as SheetJS does): exceljs decodes its `<v>` a second time after the XML parser has, so a
 *   cell reading `&lt;script&gt;` would reach kyodo as `<script>`, and leaves its `_xHHHH_`
 *   escapes (ECMA-376 Part 1, 22.9.2.19 ST_Xstring) as they are. Such a cell without a formula
 *   is handed over as the inline string it is; a formula's text result has its `&` escaped
 *   once more;
 * - `_xHHHH_` escapes in `<t>` are decoded by exceljs only with capital hex digits (Excel
 *   writes `_x001B_`, SheetJS `_x001b_`): the digits are written in capitals here.
 *
 * Other parts, and parts without such text, are given back as they are (the same bytes).
 */
export function partForExceljs(name: string, bytes: Buffer): Buffer {
  const sheet = /^xl\/worksheets\/[^/]+\.xml$/i.test(name);
  const strings = /^xl\/sharedStrings\.xml$/i.test(name);
  if (!sheet && !strings) return bytes;
  const hasStr = sheet && (bytes.includes('t="str"') || bytes.includes("t='str'"));
  const hasEscape = bytes.includes('_x') && /_x[0-9a-f]{4}_/.test(bytes.toString('latin1'));
  if (!hasStr && !hasEscape) return bytes;
  let xml = bytes.toString('utf8');
  if (hasEscape)
    xml = xml.replace(
      /(<t(?:\s[^>]*)?>)([^<]*)(<\/t>)/g,
      (_, open, text, close) => `${open}${capitalHex(text)}${close}`,
    );
  if (hasStr) xml = xml.replace(/<c\s[^>]*\bt=(["'])str\1[^>]*(?<!\/)>[\s\S]*?<\/c>/g, strCell);
  return Buffer.from(xml, 'utf8');
}

/**
 * A cell of type `str`: without a formula it becomes the inline string it is (`inlineStr`, read
 * once, `_xHHHH_` decoded like any text); with a formula its result's `&` are escaped once more.
 */
function strCell(cell: string): string {
  if (/<f[\s>/]/.test(cell))
    return cell.replace(
      /(<v(?:\s[^>]*)?>)([^<]*)(<\/v>)/,
      (_, open, text, close) => `${open}${text.replace(/&/g, '&amp;')}${close}`,
    );
  const value = /<v(?:\s[^>]*)?>([^<]*)<\/v>/.exec(cell);
  if (value === null) return cell;
  const open = (/^<c\s[^>]*>/.exec(cell)?.[0] ?? '').replace(/\bt=(["'])str\1/, 't="inlineStr"');
  return `${open}<is><t xml:space="preserve">${capitalHex(value[1] ?? '')}</t></is></c>`;
}

function capitalHex(text: string): string {
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => `_x${hex.toUpperCase()}_`);
}
