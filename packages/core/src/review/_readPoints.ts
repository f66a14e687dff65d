import { normaliseText } from '../text/normalise.js';

/** Internal: what a cell or value of points reads as. */
export type PointsRead =
  | { readonly kind: 'blank' }
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'unreadable'; readonly text: string };

const NUMBER = /^[+]?(\d+(?:\.\d+)?|\.\d+)$/u;

/**
 * Points as a review sheet writes them (RULES X3): a number, or text with full-width digits
 * and a trailing 点 ('４', '4点', ' 4.5 '). Blank (undefined, null, '') is 'blank'; anything
 * else that is not a non-negative number is 'unreadable', with the text seen.
 */
export function readPoints(input: unknown): PointsRead {
  if (input === undefined || input === null) return { kind: 'blank' };
  if (typeof input === 'number')
    return Number.isFinite(input) && input >= 0
      ? { kind: 'number', value: input }
      : { kind: 'unreadable', text: String(input) };
  if (typeof input !== 'string')
    return {
      kind: 'unreadable',
      text: typeof input === 'object' || typeof input === 'symbol' ? typeof input : String(input),
    };
  const text = normaliseText(input).replace(/\s*点$/u, '');
  if (text === '') return { kind: 'blank' };
  if (!NUMBER.test(text)) return { kind: 'unreadable', text: input.trim() };
  return { kind: 'number', value: Number(text) };
}
