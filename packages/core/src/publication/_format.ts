import { formatYen } from '../money/formatYen.js';

/** Internal formatting shared by the two renderers. */

/** A mean to two decimals ('3.45'), or '—' for none. */
export function meanText(mean: number | null): string {
  return mean === null ? '—' : (Math.round(mean * 100) / 100).toFixed(2);
}

/** Yen for people: '1,234,567円' (money formatYen), or '—' for none. */
export function yenText(yen: number | null | undefined): string {
  if (yen === null || yen === undefined) return '—';
  if (Number.isSafeInteger(yen)) return formatYen(yen);
  return `${groupDigits(yen)}円`;
}

/** A plain count or quantity with thousands separators. */
export function groupDigits(n: number): string {
  const [whole = '', fraction] = String(Math.abs(n)).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/gu, ',');
  return `${n < 0 ? '−' : ''}${grouped}${fraction === undefined ? '' : `.${fraction}`}`;
}

/** A signed difference: '+90,000', '−70,000', '±0'. */
export function signedText(n: number): string {
  if (n === 0) return '±0';
  return `${n > 0 ? '+' : '−'}${groupDigits(Math.abs(n))}`;
}

/** A ratio as a signed percentage to one decimal: '+30.0%', '−28.0%', '—' for none. */
export function ratioText(ratio: number | null): string {
  if (ratio === null) return '—';
  const tenths = (Math.round(Math.abs(ratio) * 1000) / 10).toFixed(1);
  return `${ratio > 0 ? '+' : ratio < 0 ? '−' : '±'}${tenths}%`;
}

export { EVALUATOR_LABELS } from './summaryWords.js';

/** Text made safe inside HTML elements and attribute values. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/gu, '&amp;')
    .replace(/</gu, '&lt;')
    .replace(/>/gu, '&gt;')
    .replace(/"/gu, '&quot;')
    .replace(/'/gu, '&#39;');
}

/**
 * Text made literal in Markdown inside a table cell, a list item or a heading: the inline
 * punctuation (\\ ` * _ [ ] < > | ~ ! & #) backslashed so that no emphasis, code, link, image,
 * raw HTML or entity is formed; ':' and '@' backslashed, and the dot of 'www.', so that GFM's
 * autolinks (https://…, www.…, name@host) never turn a cell's text into a link; line breaks
 * made spaces.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\r?\n|\r/gu, ' ')
    .replace(/[\\`*_[\]<>|~!&#:@]/gu, (c) => `\\${c}`)
    .replace(/(www)\./giu, '$1\\.');
}

/**
 * A cell's text a spreadsheet would read as a formula when the table is pasted into one (a
 * leading = + - @, or tab, CR or LF before text; OWASP "CSV Injection") gets an apostrophe in
 * front, the spreadsheet convention for "this is text" — as the results sheet does.
 */
export function formulaSafe(text: string): string {
  return /^[\s\u3000]*[=+\-@\uff1d\uff0b\uff0d\uff20]/u.test(text) || /^[\t\r\n]/u.test(text)
    ? `'${text}`
    : text;
}
