import { matchKey } from '../text/normalise.js';
import { requireText } from '../text/requireText.js';

const OPEN = '【［\\[「『(（〔〈《<＜';
const CLOSE = '】］\\]」』)）〕〉》>＞';
const WRAPPED = new RegExp(`^[${OPEN}]+(.*?)[${CLOSE}]+$`, 'u');
const BRACKETED = new RegExp(`[${OPEN}][^${CLOSE}]*[${CLOSE}]`, 'gu');

/**
 * The key a form name is matched by (RULES F3): matchKey (NFKC, no spaces, middle dots unified)
 * with list separators (/ ／ 、 ,) read as a middle dot, surrounding brackets dropped
 * (【委託】, （委託）) and a trailing 事業, 等 or 型 dropped (委託事業, 実行委員会・協議会等).
 *
 * @example
 * formKey(' 【委託事業】') //=> '委託'
 * formKey('後援／協賛') //=> '後援・協賛'
 */
export function formKey(text: string): string {
  requireText(text, 'text');
  let key = matchKey(text).replace(/[/／、,，]/gu, '・');
  const wrapped = WRAPPED.exec(key);
  if (wrapped) key = wrapped[1] ?? '';
  for (let i = 0; i < 3; i += 1) {
    const shorter = key.replace(/(事業|等|型)$/u, '');
    if (shorter === key || shorter === '') break;
    key = shorter;
  }
  return key.replace(/^・+|・+$/gu, '');
}

/** The text without bracketed qualifiers: '事業協力（市民主催）' -> '事業協力'. */
export function withoutQualifiers(text: string): string {
  return matchKey(text).replace(BRACKETED, '');
}
