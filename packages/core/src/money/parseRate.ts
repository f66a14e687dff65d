import type { Path } from '../problems/Problem.js';
import { err, ok, type Result } from '../problems/Result.js';
import { replaceKanjiNumerals } from '../text/kanjiNumerals.js';
import { type Decimal, decimalFromNumber, decimalFromText, pow10 } from './decimal.js';
import { moneyMessages, placeText } from './messages.js';
import { rate } from './rate.js';
import type { Rate } from './types.js';

/** Options of {@link parseRate}. */
export interface ParseRateOptions {
  /** Where the value is, for problems. */
  readonly path?: Path;
  /** Whether a rate above 1 (120%) is allowed. Default false: 'money.rate-above-one'. */
  readonly allowAboveOne?: boolean;
}

const FRACTION = /^(\d+)\/(\d+)$/;
const BUNNO = /^(\d+)分の(\d+)$/;
const PERCENT = /^(\d+(?:\.\d+)?|\.\d+)%$/;
const DECIMAL = /^(\d+(?:\.\d+)?|\.\d+)$/;
const WARI = /^(\d+)割(?:(\d)分(?:(\d)厘)?)?$/;
const LIMIT = /(?:以内|以下|まで|を上限とする|を限度とする)$/;
const PLAIN = /^[\x20-\x7e分の以内下]*$/;

/**
 * An exact rate from a cell, a rule or a value (RULES C4). Reads 2/3, 2分の1, ２分の１以内, 1/2以内,
 * 10/10, 10分の9, 三分の二, 50%, 100%, 12.5%, 5割, and a rate object. A number (0.5, or text 0.5) is
 * read as the exact decimal it writes (0.5 → 1/2, 0.125 → 1/8), unless it is a rounded form of
 * a simple fraction (0.3333, 0.667, 33.3%: within 0.001 of a fraction with denominator up to
 * 12 without being equal to it) or has more than six decimals (0.6666666666666666, what a sheet
 * holds for =2/3): then 'money.rate-inexact' suggests the fraction to write. A trailing 以内,
 * 以下 or まで is a limit's wording and is read as the rate.
 *
 * Errors: empty ('money.rate-empty'), above 1 unless `allowAboveOne` ('money.rate-above-one'), denominator 0
 * ('money.rate-zero-denominator'), anything else ('money.rate-unparsable').
 *
 * @example
 * parseRate('２分の１以内') //=> ok({ numerator: 1, denominator: 2 })
 * parseRate('10/10') //=> ok({ numerator: 1, denominator: 1 })
 * parseRate(0.5) //=> ok({ numerator: 1, denominator: 2 })
 * parseRate(0.3333).ok //=> false ('money.rate-inexact', suggests 1/3)
 */
export function parseRate(input: unknown, options: ParseRateOptions = {}): Result<Rate> {
  const path = options.path ?? [];
  const at = placeText(options.path);
  const place = { path, input };
  const shown = typeof input === 'string' ? input : String(input);
  const unparsable = () => err(moneyMessages.problem('money.rate-unparsable', { at, text: shown }, place));

  const fraction = (n: number, d: number): Result<Rate> => {
    if (!Number.isSafeInteger(n) || !Number.isSafeInteger(d)) return unparsable();
    if (d === 0) return err(moneyMessages.problem('money.rate-zero-denominator', { at, text: shown }, place));
    if (n > d && options.allowAboveOne !== true) {
      return err(moneyMessages.problem('money.rate-above-one', { at, text: shown }, place));
    }
    return ok(rate(n, d));
  };

  const fromDecimal = (dec: Decimal, percent: boolean): Result<Rate> => {
    const scale = dec.scale + (percent ? 2 : 0);
    const meant = roundedFraction(dec.mantissa, scale);
    if (meant !== undefined || scale > 6 + (percent ? 2 : 0)) {
      const suggestion = meant === undefined ? '' : `${meant[0]}/${meant[1]}`;
      return err(moneyMessages.problem('money.rate-inexact', { at, text: shown, suggestion }, place));
    }
    if (scale > 15 || dec.mantissa > BigInt(Number.MAX_SAFE_INTEGER)) return unparsable();
    return fraction(Number(dec.mantissa), 10 ** scale);
  };

  if (input === null || input === undefined || (typeof input === 'string' && input.trim() === '')) {
    return err(moneyMessages.problem('money.rate-empty', { at }, place));
  }
  if (typeof input === 'number') {
    if (input < 0) return unparsable();
    const dec = decimalFromNumber(input);
    return dec === undefined ? unparsable() : fromDecimal(dec, false);
  }
  if (isRate(input)) return fraction(input.numerator, input.denominator);
  if (typeof input !== 'string') return unparsable();

  let s = (PLAIN.test(input) ? input : input.normalize('NFKC')).replace(/\s+/g, '');
  s = s.replace(LIMIT, '');
  if (/[〇一二三四五六七八九十百]/.test(s)) s = replaceKanjiNumerals(s);
  if (s === '') return unparsable();
  let m = FRACTION.exec(s);
  if (m !== null) return fraction(Number(m[1]), Number(m[2]));
  m = BUNNO.exec(s);
  if (m !== null) return fraction(Number(m[2]), Number(m[1]));
  m = PERCENT.exec(s);
  if (m !== null) return fromDecimal(decimalFromText(m[1]!)!, true);
  m = DECIMAL.exec(s);
  if (m !== null) return fromDecimal(decimalFromText(m[1]!)!, false);
  m = WARI.exec(s);
  if (m !== null) return fraction(Number(m[1]) * 100 + Number(m[2] ?? 0) * 10 + Number(m[3] ?? 0), 1000);
  if (s === '全額') return fraction(1, 1);
  return unparsable();
}

function isRate(input: unknown): input is Rate {
  return (
    typeof input === 'object' &&
    input !== null &&
    typeof (input as Rate).numerator === 'number' &&
    typeof (input as Rate).denominator === 'number'
  );
}

// Denominators of fractions that have no finite decimal and occur as rates (1/3, 2/3, 5/6 …).
const REPEATING = [3, 6, 7, 9, 11, 12];

/**
 * The fraction a/b (b in {@link REPEATING}) that mantissa / 10^scale is a rounding of, when it
 * has three decimals or more (0.333, 0.6667, 66.7% → 2/3) or more than six (a sheet's
 * 0.6666666666666666); undefined for a decimal that is no such rounding (0.125, 12.41%).
 */
function roundedFraction(mantissa: bigint, scale: number): [number, number] | undefined {
  if (scale < 3) return undefined;
  const power = pow10(scale);
  for (const b of REPEATING) {
    const big = BigInt(b);
    // a = round(mantissa × b / 10^scale)
    const a = (mantissa * big * BigInt(2) + power) / (power * BigInt(2));
    if (a === BigInt(0) || (a * power) % big === BigInt(0)) continue; // 0, or a finite decimal (3/6)
    const exact = a * power; // a/b × 10^scale × b
    const nearest = (exact * BigInt(2) + big) / (big * BigInt(2)); // round(a/b × 10^scale)
    const g = gcd(Number(a), b);
    if (nearest === mantissa) return [Number(a) / g, b / g];
    // Many decimals (a double's 0.6666666666666666): within 10^-9 of a/b.
    const diff = mantissa * big > exact ? mantissa * big - exact : exact - mantissa * big;
    if (scale > 6 && diff * pow10(9) < power * big) return [Number(a) / g, b / g];
  }
  return undefined;
}

function gcd(x: number, y: number): number {
  return y === 0 ? x : gcd(y, x % y);
}
