import { describe, expect, it } from 'vitest';
import { rewriteSheet, type SheetRewrite } from './rewriteSheet.js';

async function rewrite(xml: string, rewrite: SheetRewrite, chunk = 7): Promise<string> {
  async function* pieces() {
    for (let i = 0; i < xml.length; i += chunk) yield xml.slice(i, i + chunk);
  }
  let out = '';
  for await (const piece of rewriteSheet(pieces(), rewrite)) out += piece;
  return out;
}

const cells = (entries: [number, number[]][]) => new Map(entries.map(([r, cs]) => [r, new Set(cs)]));
const head = '<?xml version="1.0"?>\n<worksheet xmlns="m" xmlns:r="rel">';

describe('rewriteSheet', () => {
  it('changes only the style of the cells asked for, every other byte as it was, whatever the chunks', async () => {
    const xml = `${head}<sheetData><row r="1" spans="1:3"><c r="A1" s="2" t="s"><v>0</v></c><c r="B1" t="s"><v>𠮷&amp;</v></c><c r='C1' s='1'/></row></sheetData><mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells></worksheet>`;
    for (const chunk of [1, 3, 7, 4096]) {
      const out = await rewrite(
        xml,
        { cells: cells([[1, [2, 3]]]), styleOf: (_r, c, s) => (c === 2 ? 9 : s + 10) },
        chunk,
      );
      expect(out).toBe(
        xml
          .replace('<c r="B1" t="s">', '<c s="9" r="B1" t="s">')
          .replace("<c r='C1' s='1'/>", '<c r=\'C1\' s="11"/>'),
      );
    }
  });

  it('adds the cells and rows the sheet lacks, in order, with the row or column style as their own', async () => {
    const xml = `${head}<cols><col min="4" max="4" width="9" style="5"/></cols><sheetData><row r="2" spans="2:2" s="3" customFormat="1"><c r="B2"><v>1</v></c></row><row r="5"/></sheetData></worksheet>`;
    const seen: string[] = [];
    const out = await rewrite(xml, {
      cells: cells([
        [1, [1]],
        [2, [1, 3]],
        [4, [4]],
        [5, [2]],
        [9, [1]],
      ]),
      styleOf: (r, c, s) => {
        seen.push(`${r}:${c}:${s}`);
        return 100 + s;
      },
    });
    expect(out).toBe(
      `${head}<cols><col min="4" max="4" width="9" style="5"/></cols><sheetData><row r="1"><c r="A1" s="100"/></row><row r="2" spans="1:3" s="3" customFormat="1"><c r="A2" s="103"/><c r="B2"><v>1</v></c><c r="C2" s="103"/></row><row r="4"><c r="D4" s="105"/></row><row r="5"><c r="B5" s="100"/></row><row r="9"><c r="A9" s="100"/></row></sheetData></worksheet>`,
    );
    expect(seen).toContain('4:4:5');
  });

  it('reads rows and cells without r by their place, and keeps a namespace prefix', async () => {
    const xml =
      '<x:worksheet xmlns:x="m"><x:sheetData><x:row><x:c><x:v>1</x:v></x:c><x:c s="4"><x:v>2</x:v></x:c></x:row></x:sheetData></x:worksheet>';
    const out = await rewrite(xml, { cells: cells([[1, [2, 3]]]), styleOf: () => 7 });
    expect(out).toBe(
      '<x:worksheet xmlns:x="m"><x:sheetData><x:row><x:c><x:v>1</x:v></x:c><x:c s="7"><x:v>2</x:v></x:c><x:c r="C1" s="7"/></x:row></x:sheetData></x:worksheet>',
    );
  });

  it('links a legacy drawing before the children that follow it (ECMA-376 CT_Worksheet order)', async () => {
    const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
    const tag = `<legacyDrawing xmlns:r="${rel}" r:id="rId9"/>`;
    const a = `${head}<sheetData/><drawing r:id="rId1"/><tableParts count="0"/></worksheet>`;
    expect(await rewrite(a, { cells: new Map(), styleOf: () => 1, legacyDrawing: 'rId9' })).toBe(
      a.replace('<tableParts', `${tag}<tableParts`),
    );
    const b = `${head}<sheetData/><pageMargins left="1"/></worksheet>`;
    expect(await rewrite(b, { cells: new Map(), styleOf: () => 1, legacyDrawing: 'rId9' })).toBe(
      b.replace('</worksheet>', `${tag}</worksheet>`),
    );
  });

  it('opens an empty sheetData for the rows it adds', async () => {
    const xml = `${head}<sheetData/></worksheet>`;
    expect(await rewrite(xml, { cells: cells([[3, [2]]]), styleOf: () => 4 })).toBe(
      `${head}<sheetData><row r="3"><c r="B3" s="4"/></row></sheetData></worksheet>`,
    );
  });
});
