/**
 * Internal: exact decimals for money and rates. A decimal is an integer mantissa and a scale
 * (digits after the point): 1.5 = { mantissa: 15n, scale: 0 } … no floating point involved.
 */

/** An exact non-negative decimal: mantissa / 10^scale. */
export interface Decimal {
  readonly mantissa: bigint;
  readonly scale: number;
}

const PLAIN = /^(\d*)(?:\.(\d*))?(?:e([+-]?\d+))?$/i;

/** An exact decimal from digits with an optional point and exponent ('1.5', '1e+21', '.5'); no sign. */
export function decimalFromText(text: string): Decimal | undefined {
  const m = PLAIN.exec(text);
  if (m === null) return undefined;
  const int = m[1] ?? '';
  const frac = m[2] ?? '';
  if (int === '' && frac === '') return undefined;
  let scale = frac.length - (m[3] === undefined ? 0 : Number(m[3]));
  let mantissa = BigInt(`${int}${frac}` || '0');
  if (scale < 0) {
    mantissa *= BigInt(10) ** BigInt(-scale);
    scale = 0;
  }
  return { mantissa, scale };
}

/** The exact decimal a JS number stands for, as its shortest decimal text (0.1 → 1/10); no sign. */
export function decimalFromNumber(n: number): Decimal | undefined {
  if (!Number.isFinite(n)) return undefined;
  return decimalFromText(String(Math.abs(n)));
}

/** 10^k as a bigint. */
export function pow10(k: number): bigint {
  return BigInt(10) ** BigInt(k);
}
