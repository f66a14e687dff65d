import { invalidArgument } from './invalidArgument.js';
import type { Rate } from './types.js';

/**
 * An exact rate n/d, reduced (RULES C4: rates are exact fractions): rate(2, 3), rate(10, 10) =
 * 1/1. Numerator and denominator must be safe integers, the numerator ≥ 0 and the denominator
 * > 0; anything else is a typed error (KyodoError) — read user input with
 * {@link parseRate}.
 *
 * @example
 * rate(10, 10) //=> { numerator: 1, denominator: 1 }
 * rate(4, 6) //=> { numerator: 2, denominator: 3 }
 */
export function rate(numerator: number, denominator: number): Rate {
  if (
    !Number.isSafeInteger(numerator) ||
    !Number.isSafeInteger(denominator) ||
    numerator < 0 ||
    denominator < 1
  ) {
    throw invalidArgument('rate', { numerator, denominator });
  }
  const g = gcd(numerator, denominator);
  return { numerator: numerator / g, denominator: denominator / g };
}

function gcd(a: number, b: number): number {
  let x = a;
  let y = b;
  while (y !== 0) {
    const t = x % y;
    x = y;
    y = t;
  }
  return x === 0 ? 1 : x;
}
