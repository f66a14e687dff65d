import { invalidArgument } from './invalidArgument.js';
import { DEFAULT_ROUNDING } from './rounding.js';
import { roundYen } from './roundYen.js';
import type { Rate, Rounding, Yen } from './types.js';

// 2^52: below it a product, a quotient times the divisor and the sum with the remainder are
// all exact in doubles, so the fast path needs no BigInt.
const FAST = 2 ** 52;

/**
 * `rate` of `amount`, computed exactly and rounded once (RULES C4: 2/3 of an amount is
 * computed exactly, then rounded once; the rounding unit and mode are per program, default
 * 円未満切り捨て). Exact for every safe-integer amount: products that could pass 2^52 are
 * computed with BigInt. Negative amounts round on their magnitude ({@link roundYen}: truncate
 * is toward zero). An amount that is not a safe integer, a malformed rate or a result beyond
 * Number.MAX_SAFE_INTEGER is a typed error (KyodoError).
 *
 * @example
 * applyRate(360000, rate(2, 3)) //=> 240000 (S2 8-2-1 事業4)
 * applyRate(100000, rate(2, 3)) //=> 66666
 * applyRate(100000, rate(2, 3), { mode: 'truncate', unit: 1000 }) //=> 66000
 * applyRate(100000, rate(2, 3), { mode: 'half-up', unit: 1 }) //=> 66667
 */
export function applyRate(amount: Yen, rate: Rate, rounding: Rounding = DEFAULT_ROUNDING): Yen {
  const { numerator, denominator } = rate;
  if (!Number.isSafeInteger(amount)) throw invalidArgument('yen', amount);
  if (
    !Number.isSafeInteger(numerator) ||
    !Number.isSafeInteger(denominator) ||
    numerator < 0 ||
    denominator < 1
  ) {
    throw invalidArgument('rate', rate);
  }
  const unit = rounding.unit;
  const magnitude = Math.abs(amount);
  const product = magnitude * numerator;
  const divisor = denominator * unit;
  if (product < FAST && divisor < FAST) {
    const r = product % divisor; // exact for integers
    let q = (product - r) / divisor;
    if (r !== 0) {
      if (rounding.mode === 'ceil') q += 1;
      else if (rounding.mode === 'half-up') {
        if (2 * r >= divisor) q += 1;
      } else if (rounding.mode !== 'truncate') throw invalidArgument('rounding', rounding);
    }
    const yen = q * unit;
    if (!Number.isSafeInteger(yen)) throw invalidArgument('result', yen);
    return amount < 0 && yen !== 0 ? -yen : yen;
  }
  return roundYen(BigInt(amount) * BigInt(numerator), BigInt(denominator), rounding);
}
