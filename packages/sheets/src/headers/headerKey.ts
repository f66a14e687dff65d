import { matchKey } from '@kyodo/core';

/** A header text taken apart: the key it is matched by, its unit and its qualifiers. */
export interface HeaderKey {
  /** The key with its qualifiers kept: '実施期間(開始)', '補助対象経費'. */
  readonly key: string;
  /** The key without qualifiers: '実施期間'. */
  readonly base: string;
  /** The unit a bracket (or 単位:…) gave: '円', '千円', '万円', '人', '%'; undefined when none. */
  readonly unit?: string;
  /** Bracketed words that tell columns apart: ['開始'], ['計画']. */
  readonly qualifiers: readonly string[];
}

const UNITS = new Set([
  '円',
  '千円',
  '万円',
  '百万円',
  '億円',
  '人',
  '名',
  '%',
  '件',
  '回',
  '団体',
  '箇所',
  '日',
  '時間',
  '税込',
  '税抜',
  '税込み',
  '税抜き',
]);
const OPEN = '([【〔〈<《｢「';
const CLOSE = ')]】〕〉>》｣」';
const BRACKET = new RegExp(
  `[${escapeClass(OPEN)}]([^${escapeClass(OPEN + CLOSE)}]*)[${escapeClass(CLOSE)}]`,
  'gu',
);
const UNIT_WORD = /^(?:単位)?[:：]?(.*)$/u;
const TRAILING_UNIT = /(?:単位[:：]?)(百万円|千円|万円|円|人|%)$/u;
const MARKS = /^(?:[※*＊◎●○・]+|\d{1,2}[.．、)]|\(\d{1,2}\))+|[※*＊?。]+$/gu;
/**
 * A number in a circle or a dingbat (①, ❶, ➊, ㉑) leading a header, as the plans number their
 * items (001_9b5b631400e119ce.txt 協働の評価・検証、見直し ⑴ ❶–❸): dropped before NFKC, which would
 * turn ① into a bare 1 that cannot be told from a header's own digits.
 */
const CIRCLED = /^[\s\u3000]*[\u2460-\u2473\u24ea-\u24ff\u2776-\u2793\u3251-\u325f\u32b1-\u32bf]+/u;

/**
 * Take a header text apart (docs/sheets.md: matching tolerates width, spaces, brackets and
 * units): width folded and spaces dropped (core matchKey); a bracket holding a unit (円, 千円,
 * 万円, 人, %) is dropped and remembered as the unit; a bracket holding anything else (計画,
 * 実績, 開始, 終了) is a qualifier and kept; marks like ※ and * around the text, a leading item
 * number (①, ❶, ⑴, (1), 1.) and a trailing question mark or full stop are dropped, so that an
 * item written as the plan's question (❶想定した事業の目標や成果が達成されたか？) is its question.
 *
 * @example
 * headerKey('補助対象経費（円）') //=> { key: '補助対象経費', base: '補助対象経費', unit: '円', qualifiers: [] }
 * headerKey('実施期間（開始）')   //=> { key: '実施期間(開始)', base: '実施期間', qualifiers: ['開始'] }
 */
export function headerKey(text: string): HeaderKey {
  let s = matchKey(text.replace(CIRCLED, '')).replace(MARKS, '');
  let unit: string | undefined;
  const qualifiers: string[] = [];
  s = s.replace(BRACKET, (_m, inner: string) => {
    const word = (UNIT_WORD.exec(inner)?.[1] ?? inner).trim();
    if (UNITS.has(word)) {
      unit ??= word;
    } else if (word !== '') {
      qualifiers.push(word);
    }
    return '';
  });
  const trailing = TRAILING_UNIT.exec(s);
  if (trailing !== null) {
    unit ??= trailing[1];
    s = s.slice(0, trailing.index);
  }
  const base = s.replace(MARKS, '');
  const key = qualifiers.length === 0 ? base : `${base}${qualifiers.map((q) => `(${q})`).join('')}`;
  return unit === undefined ? { key, base, qualifiers } : { key, base, unit, qualifiers };
}

function escapeClass(chars: string): string {
  return chars.replace(/[\]\\^[-]/gu, (c) => `\\${c}`);
}
