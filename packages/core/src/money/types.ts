/** An amount of money in whole yen (RULES C3): a safe integer, never a fraction of a yen. */
export type Yen = number;

/** An exact rate as a reduced fraction (RULES C4): 2/3 is { numerator: 2, denominator: 3 }. */
export interface Rate {
  readonly numerator: number;
  readonly denominator: number;
}

/**
 * How a computed amount is rounded, once, after exact arithmetic (RULES C4): the mode and
 * the unit it rounds to (1 = 円未満, 1000 = 千円未満).
 */
export type RoundingMode = 'truncate' | 'half-up' | 'ceil';

/** A rounding rule: mode and unit. The documents give none; the default truncates to the yen. */
export interface Rounding {
  readonly mode: RoundingMode;
  readonly unit: 1 | 10 | 100 | 1000;
}
