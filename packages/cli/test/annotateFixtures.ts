import { readFileSync } from 'node:fs';
import * as XLSX from 'xlsx';
import { readZip, writeZip } from './zipParts.js';

/**
 * Test helpers: workbooks kyodo did not write, with what an annotated copy must keep.
 *
 * - libreOfficeRegister: a projects register saved by LibreOffice Calc (fixtures/
 *   libreoffice-register.xlsx, converted from libreoffice-register.fods by
 *   `soffice --headless --convert-to xlsx`): notes on a clean cell (B4 「担当者メモ：継続事業」),
 *   on a flagged cell (G7) and on another sheet (メモ!A2), a merged title, data validation,
 *   conditional formatting, a chart and an image on メモ, a hidden sheet, a defined name.
 * - sheetJsRegister: the same register written by SheetJS, with notes and a threaded comment
 *   (Excel 365's threadedComments and persons parts, and its legacy note) on a clean cell (D5)
 *   and on a flagged one (G8).
 *
 * Each is given a customXml part of the user's own, added by hand (neither program writes one).
 */
export async function libreOfficeRegister(): Promise<Buffer> {
  const bytes = readFileSync(new URL('./fixtures/libreoffice-register.xlsx', import.meta.url));
  return withCustomXml(bytes);
}

const header = [
  'No.',
  '事業名',
  '担当課',
  '協働相手',
  '主体区分',
  '協働の形態',
  '主催',
  '年度',
  '開始日',
  '終了日',
  '予算額（千円）',
  '決算額（千円）',
  '市負担額（千円）',
  '備考',
];

export async function sheetJsRegister(): Promise<Buffer> {
  const ws = XLSX.utils.aoa_to_sheet([
    ['令和６年度　協働事業一覧'],
    [],
    header,
    [
      1,
      '国際交流フェスティバル',
      '国際交流課',
      '一関国際交流協会',
      '市民活動団体',
      '共催',
      '共同',
      '令和6年度',
      '令和6年7月20日',
      '令和6年7月21日',
      1200,
      1150,
      600,
    ],
    [
      2,
      '地域の見守り活動',
      '長寿社会課',
      '萩荘地区まちづくり協議会',
      '地域協働体',
      '委託',
      '市',
      '令和6年度',
      '令和6年4月1日',
      '令和7年3月31日',
      1800,
      1800,
      1800,
      '全額市負担',
    ],
    [
      3,
      '花いっぱい運動',
      '都市計画課',
      '一関花の会',
      'ボランティア団体',
      '補助',
      '市民',
      '令和6年度',
      '令和6年5月1日',
      '令和6年10月31日',
      300,
      280,
      200,
    ],
    [
      4,
      '子育て支援講座',
      'こども家庭課',
      '子育てサポートの会',
      '市民活動団体',
      '委託',
      '市民',
      '令和6年度',
      '令和6年6月1日',
      '令和7年2月28日',
      450,
      450,
      450,
    ],
    [
      5,
      '環境フォーラム',
      '生活環境課',
      'いちのせき環境ネット',
      'NPO法人',
      '委託',
      '市民',
      '令和6年度',
      '令和6年9月14日',
      '令和6年9月14日',
      800,
      520,
      400,
    ],
  ]);
  ws['!merges'] = [{ s: { r: 0, c: 0 }, e: { r: 0, c: 5 } }];
  (ws.B4 as XLSX.CellObject).c = [{ a: '担当者', t: '担当者メモ：継続事業' }] as never;
  (ws.G7 as XLSX.CellObject).c = [{ a: '担当者', t: '主催は要確認（担当者）' }] as never;
  (ws.D5 as XLSX.CellObject).c = [
    { a: '佐藤', t: '団体の連絡先が変わりました', T: true },
    { a: '鈴木', t: '確認済みです', T: true },
  ] as never;
  (ws.G8 as XLSX.CellObject).c = [{ a: '佐藤', t: '主催者を確認中', T: true }] as never;
  const memo = XLSX.utils.aoa_to_sheet([
    ['区分', '予算額（千円）'],
    ['共催', 1200],
  ]);
  (memo.A2 as XLSX.CellObject).c = [{ a: '担当者', t: '別シートのメモ：来年度も継続' }] as never;
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, '協働事業一覧');
  XLSX.utils.book_append_sheet(wb, memo, 'メモ');
  return withCustomXml(XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
}

/** The workbook with a custom XML data part of the user's (ECMA-376 Part 1 §15.2.5), as SharePoint adds one. */
async function withCustomXml(bytes: Uint8Array): Promise<Buffer> {
  const parts = await readZip(bytes);
  const types = parts.get('[Content_Types].xml')?.toString('utf8') ?? '';
  const rels = parts.get('xl/_rels/workbook.xml.rels')?.toString('utf8') ?? '';
  parts.set(
    '[Content_Types].xml',
    Buffer.from(
      types.replace(
        '</Types>',
        '<Override PartName="/customXml/itemProps9.xml" ContentType="application/vnd.openxmlformats-officedocument.customXmlProperties+xml"/></Types>',
      ),
    ),
  );
  parts.set(
    'xl/_rels/workbook.xml.rels',
    Buffer.from(
      rels.replace(
        '</Relationships>',
        '<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml" Target="../customXml/item9.xml"/></Relationships>',
      ),
    ),
  );
  parts.set(
    'customXml/item9.xml',
    Buffer.from(
      '<?xml version="1.0" encoding="utf-8"?><文書情報 xmlns="urn:example:city"><課>協働推進課</課></文書情報>',
    ),
  );
  parts.set(
    'customXml/itemProps9.xml',
    Buffer.from(
      '<?xml version="1.0" encoding="utf-8" standalone="no"?><ds:datastoreItem ds:itemID="{6E1B3D2A-0F3C-4C61-9E0B-2B7A1D4C5E99}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs/></ds:datastoreItem>',
    ),
  );
  parts.set(
    'customXml/_rels/item9.xml.rels',
    Buffer.from(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps" Target="itemProps9.xml"/></Relationships>',
    ),
  );
  return writeZip(parts);
}
