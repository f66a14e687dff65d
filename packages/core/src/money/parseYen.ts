import type { Path, Problem } from '../problems/Problem.js';
import { err, ok, type Result } from '../problems/Result.js';
import { parseKanjiNumeral } from '../text/kanjiNumerals.js';
import { type Decimal, decimalFromNumber, decimalFromText, pow10 } from './decimal.js';
import { moneyMessages, placeText } from './messages.js';
import type { Yen } from './types.js';

/** Options of {@link parseYen}. */
export interface ParseYenOptions {
  /** Where the value is, for problems. */
  readonly path?: Path;
  /**
   * Yen per unit of a plain number, from the column header (RULES C3: 予算額（千円） → 1000,
   * see {@link unitFromHeader}). A cell that states its own unit (円, ¥, 万, 千) keeps it.
   * Default 1. Not a positive safe integer: a programming error (RangeError).
   */
  readonly unit?: number;
  /** Whether a negative amount (△1,234) is allowed. Default false: it is an error (RULES C3). */
  readonly allowNegative?: boolean;
}

const MAX = BigInt(Number.MAX_SAFE_INTEGER);
// Characters NFKC leaves alone: skip the normalisation for text made of them only.
const PLAIN = /^[\x20-\x7e円万千億△▲¥\u2212\u30fc]*$/;
const SIGN = /^[-\u2212\u30fc\u2010\u2011\u2013\u2014\u2015\uff70△▲+]/;
const CURRENCY = /^[¥\\]/;
const NUM = '((?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?|\\.\\d+)';
const BODY = new RegExp(`^(?:${NUM}億)?(?:${NUM}万)?(?:${NUM}千)?${NUM}?$`);
const SIMPLE = /^\d{1,15}$/;
const KANJI = /[〇一二三四五六七八九十百]/;

/**
 * An amount in whole yen from a cell or a value (RULES C3). Reads 50000, 50,000, ５０，０００,
 * 50,000円, ¥50,000, ￥50,000, \50,000 (the yen sign in Japanese fonts), 5万円, 1.5万円, 20万円,
 * 1万5千円, 1億2,000万円, 五万円, negative amounts written △1,234, ▲1,234, -1,234, and with U+2212 (−)
 * or U+30FC (ー) typed for a minus; and a JS number (a number cell).
 *
 * `unit` is the header's unit (千円 column: 1,500 → 1,500,000 yen; 1.5 → 1,500 yen). A cell that
 * states its own unit keeps it; one written in plain 円 under a 千円 header is read in yen with a
 * 'money.cell-unit-overrides-header' warning.
 *
 * Errors, never a silent zero: an empty cell ('money.empty'), a negative amount unless
 * `allowNegative` ('money.negative-not-allowed'), a fraction of a yen ('money.fraction-of-yen'),
 * an amount beyond Number.MAX_SAFE_INTEGER ('money.too-large'), anything else
 * ('money.unparsable', 'money.not-an-amount').
 *
 * @example
 * parseYen('1.5万円') //=> ok(15000)
 * parseYen('△1,234', { allowNegative: true }) //=> ok(-1234)
 * parseYen(1.5, { unit: 1000 }) //=> ok(1500)
 * parseYen('△1,234').ok //=> false (negative not allowed)
 */
export function parseYen(input: unknown, options: ParseYenOptions = {}): Result<Yen> {
  const unit = options.unit ?? 1;
  if (!Number.isSafeInteger(unit) || unit < 1)
    throw new RangeError(`unit must be a positive integer: ${unit}`);
  const path = options.path ?? [];
  const at = placeText(options.path);
  const place = { path, input };

  if (typeof input === 'number') {
    const text = String(input);
    if (Number.isInteger(input) && unit === 1)
      return finish(input < 0 || Object.is(input, -0), Math.abs(input), text);
    const d = decimalFromNumber(input);
    if (d === undefined) return err(moneyMessages.problem('money.unparsable', { at, text }, place));
    return exact(input < 0, [[d, BigInt(unit)]], text);
  }
  if (typeof input !== 'string') {
    if (input === null || input === undefined)
      return err(moneyMessages.problem('money.empty', { at }, place));
    const type =
      typeof input === 'boolean' ? `boolean ${input}` : input instanceof Date ? 'date' : typeof input;
    return err(moneyMessages.problem('money.not-an-amount', { at, type }, place));
  }

  const text = input;
  let s = (PLAIN.test(text) ? text : text.normalize('NFKC')).replace(/\s+/g, '');
  if (s === '') return err(moneyMessages.problem('money.empty', { at }, place));
  const unparsable = () => err(moneyMessages.problem('money.unparsable', { at, text }, place));

  let negative = false;
  let ownUnit = false;
  if (SIGN.test(s)) {
    negative = s[0] !== '+';
    s = s.slice(1);
  }
  if (CURRENCY.test(s)) {
    ownUnit = true;
    s = s.slice(1);
    if (!negative && SIGN.test(s)) {
      negative = s[0] !== '+';
      s = s.slice(1);
    }
  }
  if (s.endsWith('円')) {
    ownUnit = true;
    s = s.slice(0, -1);
  }
  if (s === '') return unparsable();

  // A cell written in plain 円 (or ¥) under a header with another unit: the cell's unit wins.
  const overridden = (yen: number): Problem[] =>
    ownUnit && unit !== 1
      ? [
          moneyMessages.problem(
            'money.cell-unit-overrides-header',
            { at, text, headerUnit: unitName(unit), yen: yen.toLocaleString('en-US') },
            place,
          ),
        ]
      : [];

  // The common case: plain digits.
  if (SIMPLE.test(s)) {
    const n = Number(s);
    if (ownUnit || unit === 1) return finish(negative, n, text, overridden(n));
    if (n * unit <= Number.MAX_SAFE_INTEGER) return finish(negative, n * unit, text);
  }
  if (KANJI.test(s)) {
    const n = parseKanjiNumeral(s);
    if (n === undefined) return unparsable();
    const multiplied = /[万千億]/.test(s);
    const r = exact(
      negative,
      [[{ mantissa: BigInt(n), scale: 0 }, BigInt(ownUnit || multiplied ? 1 : unit)]],
      text,
    );
    return r.ok && !multiplied ? ok(r.value, overridden(Math.abs(r.value))) : r;
  }
  const m = BODY.exec(s);
  if (m === null) return unparsable();
  const parts: [Decimal, bigint][] = [];
  const multipliers = [100_000_000, 10_000, 1000];
  for (let i = 0; i < 3; i++) {
    const t = m[i + 1];
    if (t !== undefined) parts.push([decimalFromText(t.replace(/,/g, ''))!, BigInt(multipliers[i]!)]);
  }
  const last = m[4];
  const multiplied = parts.length > 0;
  if (last !== undefined) {
    parts.push([decimalFromText(last.replace(/,/g, ''))!, BigInt(ownUnit || multiplied ? 1 : unit)]);
  }
  if (parts.length === 0) return unparsable();
  const r = exact(negative, parts, text);
  return r.ok && !multiplied ? ok(r.value, overridden(Math.abs(r.value))) : r;

  function exact(neg: boolean, terms: readonly [Decimal, bigint][], shown: string): Result<Yen> {
    // Sum of mantissa × multiplier / 10^scale, exactly: bring every term to the largest scale.
    let scale = 0;
    for (const [d] of terms) scale = Math.max(scale, d.scale);
    let total = BigInt(0);
    for (const [d, mult] of terms) total += d.mantissa * mult * pow10(scale - d.scale);
    const denominator = pow10(scale);
    if (total % denominator !== BigInt(0)) {
      return err(moneyMessages.problem('money.fraction-of-yen', { at, text: shown }, place));
    }
    const yen = total / denominator;
    if (yen > MAX) return err(moneyMessages.problem('money.too-large', { at, text: shown }, place));
    return finish(neg, Number(yen), shown);
  }

  function finish(
    neg: boolean,
    magnitude: number,
    shown: string,
    warnings: readonly Problem[] = [],
  ): Result<Yen> {
    if (!Number.isSafeInteger(magnitude)) {
      return err(
        moneyMessages.problem(
          Number.isInteger(magnitude) ? 'money.too-large' : 'money.fraction-of-yen',
          { at, text: shown },
          place,
        ),
      );
    }
    if (neg && magnitude !== 0) {
      if (options.allowNegative !== true) {
        return err(moneyMessages.problem('money.negative-not-allowed', { at, text: shown }, place));
      }
      return ok(-magnitude, warnings);
    }
    return ok(magnitude, warnings);
  }
}

function unitName(unit: number): string {
  if (unit === 1000) return '千円';
  if (unit === 10_000) return '万円';
  if (unit === 1_000_000) return '百万円';
  if (unit === 100_000_000) return '億円';
  return `${unit.toLocaleString('en-US')}円`;
}
