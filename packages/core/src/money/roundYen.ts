import { invalidArgument } from './invalidArgument.js';
import type { Rounding, Yen } from './types.js';

const ZERO = BigInt(0);
const ONE = BigInt(1);
const TWO = BigInt(2);

/**
 * An exact amount numerator/denominator yen rounded once to whole units of `rounding.unit`
 * yen (RULES C4). Modes act on the magnitude, as Japanese accounts round a negative amount
 * (△) the same as the positive one: 'truncate' (切り捨て) toward zero, 'ceil' (切り上げ) away
 * from zero, 'half-up' (四捨五入) half away from zero. A non-positive denominator, or a result
 * beyond Number.MAX_SAFE_INTEGER, is a typed error (KyodoError).
 *
 * @example
 * roundYen(BigInt(720000), BigInt(3), { mode: 'truncate', unit: 1000 }) //=> 240000
 * roundYen(BigInt(1001), BigInt(2), { mode: 'half-up', unit: 1 }) //=> 501
 * roundYen(BigInt(-1001), BigInt(2), { mode: 'truncate', unit: 1 }) //=> -500
 */
export function roundYen(numerator: bigint, denominator: bigint, rounding: Rounding): Yen {
  if (denominator <= ZERO) throw invalidArgument('rate', denominator);
  const unit = BigInt(rounding.unit);
  const negative = numerator < ZERO;
  const a = negative ? -numerator : numerator;
  const d = denominator * unit;
  let q = a / d;
  const r = a % d;
  if (r !== ZERO) {
    if (rounding.mode === 'ceil') q += ONE;
    else if (rounding.mode === 'half-up' && TWO * r >= d) q += ONE;
    else if (rounding.mode !== 'truncate' && rounding.mode !== 'half-up') {
      throw invalidArgument('rounding', rounding);
    }
  }
  const yen = Number(q * unit);
  if (!Number.isSafeInteger(yen)) throw invalidArgument('result', q * unit);
  return negative && yen !== 0 ? -yen : yen;
}
