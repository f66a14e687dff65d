import { KyodoError } from '../problems/KyodoError.js';
import { moneyMessages } from './messages.js';

const WHAT = {
  yen: { what: 'whole yen (a safe integer)', whatJa: '円単位の金額（安全な整数）' },
  rate: {
    what: 'a rate (whole numerator ≥ 0 over whole denominator > 0)',
    whatJa: '率（0以上の整数／正の整数）',
  },
  rounding: { what: 'a rounding mode of kyodo', whatJa: 'kyodo の端数処理' },
  unit: { what: 'a positive whole unit', whatJa: '正の整数の単位' },
  result: { what: 'an amount within 2^53 yen', whatJa: '2^53円以内の金額' },
} as const;

/** The typed error a money function throws for what it does not take (internal): never a RangeError. */
export function invalidArgument(kind: keyof typeof WHAT, value: unknown): KyodoError {
  let text: string;
  try {
    text =
      typeof value === 'bigint'
        ? `${value}`
        : Object.is(value, -0)
          ? '-0'
          : (JSON.stringify(value) ?? String(value));
  } catch {
    text = Object.prototype.toString.call(value);
  }
  return new KyodoError([
    moneyMessages.problem('money.invalid-argument', { ...WHAT[kind], text }, { input: value }),
  ]);
}
