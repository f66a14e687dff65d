import { requireText } from '../text/requireText.js';
/**
 * The unit of the amounts in a column, from its header (RULES C3: 予算額（千円） means the cells
 * are thousands of yen): 円 → 1, 千円 → 1000, 万円 → 10000, 百万円 → 1000000, 億円 → 100000000.
 * The unit is read in brackets ((), （）, [], 【】) or after 単位: / 単位：; undefined when the
 * header names no unit of yen. Pass the result as `unit` to {@link parseYen}.
 *
 * @example
 * unitFromHeader('予算額（千円）') //=> 1000
 * unitFromHeader('補助金額【単位：円】') //=> 1
 * unitFromHeader('事業名') //=> undefined
 */
export function unitFromHeader(header: string): number | undefined {
  requireText(header, 'header');
  const s = header.normalize('NFKC').replace(/\s+/g, '');
  const m = /[([【〔<＜]\s*(?:単位[:：]?)?([百千万億]*)円\s*[)\]】〕>＞]|単位[:：]?([百千万億]*)円/.exec(s);
  if (m === null) return undefined;
  const prefix = m[1] ?? m[2] ?? '';
  const units: Readonly<Record<string, number>> = {
    '': 1,
    千: 1000,
    万: 10_000,
    百万: 1_000_000,
    千万: 10_000_000,
    億: 100_000_000,
  };
  return units[prefix];
}
