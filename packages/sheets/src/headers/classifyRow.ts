import { matchKey } from '@kyodo/core';
import { isBlank } from '../cells/Cell.js';
import type { CellValue } from '../grid/Grid.js';

const TOTALS = new Set([
  '合計',
  '計',
  '小計',
  '総計',
  '累計',
  '総合計',
  '合計額',
  '計(合計)',
  'total',
  'subtotal',
  'grandtotal',
]);
const NOTE = /^(?:※|\*|＊|注[:：)）\d１-９]|\(注|（注|備考[:：])/u;

/**
 * Whether a row under the header is data, or is left out and why (docs/sheets.md): a blank
 * spacer row, a totals row (合計, 計, 小計 among its first cells, spaces and brackets ignored:
 * '合　計', '計（千円）'), or a note line (a lone cell starting ※, 注, (注)).
 *
 * @example
 * classifyRow(['合　計', null, 1200]) //=> { reason: 'total', text: '合　計' }
 * classifyRow(['地域清掃', '市']) //=> undefined
 */
export function classifyRow(
  row: readonly CellValue[] | undefined,
): { readonly reason: 'blank' | 'total' | 'note'; readonly text?: string } | undefined {
  if (row === undefined) return BLANK;
  let filled = 0;
  let firstText: string | undefined;
  let seenTexts = 0;
  for (let c = 0; c < row.length; c++) {
    const v = row[c];
    if (v === null || v === undefined) continue;
    if (typeof v === 'string') {
      if (v.length === 0) continue;
      if (isBlank(v)) continue;
      filled++;
      if (seenTexts < 3) {
        seenTexts++;
        firstText ??= v;
        if (v.length <= 16 && TOTAL_WORD.test(v) && isTotal(v.trim()))
          return { reason: 'total', text: v.trim() };
      }
      continue;
    }
    filled++;
  }
  if (filled === 0) return BLANK;
  if (filled === 1 && firstText !== undefined && NOTE.test(firstText.normalize('NFKC').trim()))
    return { reason: 'note', text: firstText.trim() };
  return undefined;
}

const BLANK = { reason: 'blank' } as const;
/** 計 or 'total', in a text that may be a totals row's label (合計, 小計, Total). */
const TOTAL_WORD = /計|total/iu;

function isTotal(text: string): boolean {
  const key = matchKey(text).replace(/[([【〔].*?[)\]】〕]/gu, '');
  return TOTALS.has(key);
}
