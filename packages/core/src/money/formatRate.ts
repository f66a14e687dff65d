import type { Rate } from './types.js';

/**
 * A rate written for people (RULES C4): 'en' (default) '2/3'; 'ja' '3分の2' (denominator first,
 * and 1/1 as 10分の10 as 補助金交付要綱 write it); 'percent' '50%' when the rate is a whole or
 * two-decimal percentage, else the fraction.
 *
 * @example
 * formatRate({ numerator: 2, denominator: 3 }) //=> '2/3'
 * formatRate({ numerator: 2, denominator: 3 }, 'ja') //=> '3分の2'
 * formatRate({ numerator: 1, denominator: 2 }, 'percent') //=> '50%'
 */
export function formatRate(rate: Rate, lang: 'en' | 'ja' | 'percent' = 'en'): string {
  const { numerator: n, denominator: d } = rate;
  if (lang === 'ja') return n === d ? '10分の10' : `${d}分の${n}`;
  if (lang === 'percent') {
    const hundredths = n * 10_000;
    if (hundredths % d === 0 && Number.isSafeInteger(hundredths)) {
      const h = hundredths / d;
      const whole = Math.floor(h / 100);
      const frac = h % 100;
      return frac === 0 ? `${whole}%` : `${whole}.${String(frac).padStart(2, '0').replace(/0$/, '')}%`;
    }
  }
  return `${n}/${d}`;
}
