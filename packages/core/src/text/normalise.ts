import { requireText } from './requireText.js';
/**
 * Text as staff type it, made comparable: NFKC (full width digits and letters to half
 * width, half width katakana to full width, U+3000 to a space), trimmed, inner runs of
 * whitespace made one space. Used before every comparison of user text (docs/sheets.md: matching
 * must tolerate width and spaces).
 *
 * @example
 * normaliseText('　令和　６年度 ') //=> '令和 6年度'
 */
export function normaliseText(text: string): string {
  requireText(text, 'text');
  return text.normalize('NFKC').replace(/\s+/gu, ' ').trim();
}

/**
 * A key for matching names: normalised text with all whitespace removed, middle dots and
 * slashes unified, Latin letters lower-cased. Two spellings a person would call the same word
 * get the same key ('補助･助成', '補助・助成 ', 'ＮＰＯ' and 'npo').
 *
 * @example
 * matchKey(' 補助 ･ 助成 ') //=> '補助・助成'
 */
export function matchKey(text: string): string {
  requireText(text, 'text');
  return normaliseText(text)
    .replace(/\s+/gu, '')
    .replace(/[･·•‧∙⋅]/gu, '・')
    .toLowerCase();
}
