import { invalidArgument } from './invalidArgument.js';
import type { Yen } from './types.js';

/** Options of {@link formatYen}. */
export interface FormatYenOptions {
  /** How a negative amount is written: 'minus' (default) -1,234円, or 'triangle' △1,234円. */
  readonly negative?: 'minus' | 'triangle';
  /** 'ja' (default) 200,000円, or 'en' ¥200,000. */
  readonly style?: 'ja' | 'en';
}

/**
 * An amount of yen written for people (RULES C3): '200,000円', '△1,234円' or '¥200,000'. The
 * output reads back with {@link parseYen} to the same amount. An amount that is not a safe
 * integer is a typed error (KyodoError).
 *
 * @example
 * formatYen(200000) //=> '200,000円'
 * formatYen(-1234, { negative: 'triangle' }) //=> '△1,234円'
 * formatYen(200000, { style: 'en' }) //=> '¥200,000'
 */
export function formatYen(yen: Yen, options: FormatYenOptions = {}): string {
  if (!Number.isSafeInteger(yen)) throw invalidArgument('yen', yen);
  const digits = String(Math.abs(yen));
  // Groups of three from the right: the first group takes what is left over (1 to 3 digits).
  const head = digits.length % 3 || 3;
  let grouped = digits.slice(0, head);
  for (let i = head; i < digits.length; i += 3) grouped += `,${digits.slice(i, i + 3)}`;
  const sign = yen < 0 ? (options.negative === 'triangle' ? '△' : '-') : '';
  return options.style === 'en' ? `${sign}¥${grouped}` : `${sign}${grouped}円`;
}
