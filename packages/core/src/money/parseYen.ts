import type { Path, Problem } from '../problems/Problem.js';
import { err, ok, type Result } from '../problems/Result.js';
import { parseKanjiNumeral } from '../text/kanjiNumerals.js';
import { type Decimal, decimalFromNumber, decimalFromText, pow10 } from './decimal.js';
import { invalidArgument } from './invalidArgument.js';
import { moneyMessages, placeText } from './messages.js';
import type { Yen } from './types.js';

/** Options of {@link parseYen}. */
export interface ParseYenOptions {
  /** Where the value is, for problems. */
  readonly path?: Path;
  /**
   * Yen per unit of a plain number, from the column header (RULES C3: 予算額（千円） → 1000,
   * see {@link unitFromHeader}). A cell that states its own unit (円, ¥, 万, 千) keeps it.
   * Default 1. Not a positive safe integer: a typed error (KyodoError).
   */
  readonly unit?: number;
  /** Whether a negative amount (△1,234) is allowed. Default false: it is an error (RULES C3). */
  readonly allowNegative?: boolean;
}

const MAX = BigInt(Number.MAX_SAFE_INTEGER);
// Characters NFKC leaves alone: skip the normalisation for text made of them only.
const PLAIN = /^[\x20-\x7e円万千億△▲¥\u2212\u30fc]*$/;
const SIGN = /^[-\u2212\u30fc\u2010\u2011\u2013\u2014\u2015\uff70△▲+]/;
const CURRENCY = /^[¥\\]/;
const NUM = '((?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?|\\.\\d+)';
const BODY = new RegExp(`^(?:${NUM}億)?(?:${NUM}万)?(?:${NUM}千)?${NUM}?$`);
const SIMPLE = /^\d{1,15}$/;
const KANJI = /[〇一二三四五六七八九十百]/;

/**
 * An amount in whole yen from a cell or a value (RULES C3). Reads 50000, 50,000, ５０，０００,
 * 50,000円, ¥50,000, ￥50,000, \50,000 (the yen sign in Japanese fonts), 5万円, 1.5万円, 20万円,
 * 1万5千円, 1億2,000万円, 五万円, negative amounts written △1,234, ▲1,234, -1,234, and with U+2212 (−)
 * or U+30FC (ー) typed for a minus; and a JS number (a number cell).
 *
 * `unit` is the header's unit (千円 column: 1,500 → 1,500,000 yen; 1.5 → 1,500 yen). A cell that
 * states its own unit keeps it; one written in plain 円 under a 千円 header is read in yen with a
 * 'money.cell-unit-overrides-header' warning.
 *
 * Errors, never a silent zero: an empty cell ('money.empty'), a negative amount unless
 * `allowNegative` ('money.negative-not-allowed'), a fraction of a yen ('money.fraction-of-yen'),
 * an amount beyond Number.MAX_SAFE_INTEGER ('money.too-large'), anything else
 * ('money.unparsable', 'money.not-an-amount').
 *
 * @example
 * parseYen('1.5万円') //=> ok(15000)
 * parseYen('△1,234', { allowNegative: true }) //=> ok(-1234)
 * parseYen(1.5, { unit: 1000 }) //=> ok(1500)
 * parseYen('△1,234').ok //=> false (negative not allowed)
 */
export function parseYen(input: unknown, options: ParseYenOptions = {}): Result<Yen> {
  const unit = options.unit ?? 1;
  if (!Number.isSafeInteger(unit) || unit < 1) throw invalidArgument('unit', unit);
  // What problems need (where, the text as written) is made only when one is: a sheet reads
  // hundreds of thousands of clean amounts.
  const ctx: Context = { input, path: options.path, allowNegative: options.allowNegative === true };

  if (typeof input === 'number') {
    if (Number.isInteger(input)) {
      const magnitude = Math.abs(input);
      // A product of safe integers at most MAX_SAFE_INTEGER is exact in doubles; a larger one
      // (or a huge integer) goes the exact way below.
      if (unit === 1) return finish(ctx, input < 0, magnitude);
      if (magnitude * unit <= Number.MAX_SAFE_INTEGER) return finish(ctx, input < 0, magnitude * unit);
    }
    const d = decimalFromNumber(input);
    if (d === undefined) return fail(ctx, 'money.unparsable');
    return exact(ctx, input < 0, [[d, unit]]);
  }
  if (typeof input !== 'string') {
    if (input === null || input === undefined) return fail(ctx, 'money.empty');
    const type =
      typeof input === 'boolean'
        ? `boolean ${input}`
        : Object.prototype.toString.call(input) === '[object Date]'
          ? 'date'
          : typeof input;
    return err(moneyMessages.problem('money.not-an-amount', { at: placeText(ctx.path), type }, placeOf(ctx)));
  }

  const quick = quickYen(input);
  if (quick !== undefined) {
    const [negative, n, ownUnit] = quick;
    if (ownUnit || unit === 1)
      return finish(ctx, negative, n, ownUnit && unit !== 1 ? overridden(ctx, unit, n) : NONE);
    if (n * unit <= Number.MAX_SAFE_INTEGER) return finish(ctx, negative, n * unit);
  }
  let s = PLAIN.test(input) ? input : input.normalize('NFKC');
  if (/\s/.test(s)) s = s.replace(/\s+/g, '');
  if (s === '') return fail(ctx, 'money.empty');

  let negative = false;
  let ownUnit = false;
  if (SIGN.test(s)) {
    negative = s[0] !== '+';
    s = s.slice(1);
  }
  if (CURRENCY.test(s)) {
    ownUnit = true;
    s = s.slice(1);
    if (!negative && SIGN.test(s)) {
      negative = s[0] !== '+';
      s = s.slice(1);
    }
  }
  if (s.endsWith('円')) {
    ownUnit = true;
    s = s.slice(0, -1);
  }
  if (s === '') return fail(ctx, 'money.unparsable');

  // A cell written in plain 円 (or ¥) under a header with another unit: the cell's unit wins,
  // with a warning. Multipliers (万, 千) in the cell are a unit of their own: no warning.
  const plainUnit = ownUnit ? 1 : unit;
  const warn = ownUnit && unit !== 1;

  if (SIMPLE.test(s)) {
    const n = Number(s) * plainUnit;
    if (n <= Number.MAX_SAFE_INTEGER) return finish(ctx, negative, n, warn ? overridden(ctx, unit, n) : NONE);
  }
  if (KANJI.test(s)) {
    const n = parseKanjiNumeral(s);
    if (n === undefined) return fail(ctx, 'money.unparsable');
    const multiplied = /[万千億]/.test(s);
    const r = exact(ctx, negative, [[{ mantissa: BigInt(n), scale: 0 }, multiplied ? 1 : plainUnit]]);
    return r.ok && warn && !multiplied ? ok(r.value, overridden(ctx, unit, Math.abs(r.value))) : r;
  }
  const m = BODY.exec(s);
  if (m === null) return fail(ctx, 'money.unparsable');
  const multiplied = m[1] !== undefined || m[2] !== undefined || m[3] !== undefined;
  if (!multiplied && m[4] === undefined) return fail(ctx, 'money.unparsable');
  // Common case without a decimal point: exact in doubles.
  if (s.indexOf('.') < 0) {
    let total = 0;
    for (let i = 1; i <= 4; i++) {
      const t = m[i];
      if (t !== undefined)
        total += Number(t.replace(COMMAS, '')) * (i === 4 ? (multiplied ? 1 : plainUnit) : MULTIPLIERS[i]!);
    }
    if (total <= Number.MAX_SAFE_INTEGER) {
      return finish(ctx, negative, total, warn && !multiplied ? overridden(ctx, unit, total) : NONE);
    }
  }
  const parts: [Decimal, number][] = [];
  for (let i = 1; i <= 4; i++) {
    const t = m[i];
    if (t !== undefined) {
      parts.push([
        decimalFromText(t.replace(COMMAS, ''))!,
        i === 4 ? (multiplied ? 1 : plainUnit) : MULTIPLIERS[i]!,
      ]);
    }
  }
  const r = exact(ctx, negative, parts);
  return r.ok && warn && !multiplied ? ok(r.value, overridden(ctx, unit, Math.abs(r.value))) : r;
}

const NONE: readonly Problem[] = [];

/**
 * The common cells read by a scan without regular expressions: an optional sign (-, －, △, ▲, −,
 * ー), an optional ¥ or ￥, digits (ASCII or full width) grouped by commas in threes (or not at all), an optional
 * 円. Returns [negative, magnitude, states its own unit] or undefined for anything else (the
 * general reader then decides).
 */
function quickYen(text: string): [boolean, number, boolean] | undefined {
  const length = text.length;
  let i = 0;
  let negative = false;
  let own = false;
  let c = text.charCodeAt(0);
  if (c === 45 || c === 0xff0d || c === 0x25b3 || c === 0x25b2 || c === 0x2212 || c === 0x30fc) {
    negative = true;
    c = text.charCodeAt(++i);
  }
  if (c === 0xa5 || c === 0xffe5) {
    own = true;
    c = text.charCodeAt(++i);
  }
  let end = length;
  if (text.charCodeAt(length - 1) === 0x5186 /* 円 */) {
    own = true;
    end--;
  }
  let n = 0;
  let digits = 0; // digits since the last comma, or since the start
  let groups = 0; // commas seen
  for (; i < end; i++) {
    c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      n = n * 10 + (c - 48);
      digits++;
    } else if (c >= 0xff10 && c <= 0xff19) {
      n = n * 10 + (c - 0xff10); // full-width digit (RULES C3: ５０，０００)
      digits++;
    } else if (c === 44 || c === 0xff0c) {
      if (digits === 0 || (groups > 0 && digits !== 3) || (groups === 0 && digits > 3)) return undefined;
      groups++;
      digits = 0;
    } else return undefined;
  }
  if (digits === 0 || (groups > 0 && digits !== 3) || n > Number.MAX_SAFE_INTEGER) return undefined;
  return [negative, n, own];
}
const COMMAS = /,/g;
const MULTIPLIERS: readonly number[] = [0, 100_000_000, 10_000, 1000, 1];

/** What the helpers below share about one value being read (module-level: no closure per call). */
interface Context {
  readonly input: unknown;
  readonly path: Path | undefined;
  readonly allowNegative: boolean;
}

/** Where the value is and what it was, for a problem. */
function placeOf(ctx: Context): { readonly path: Path; readonly input: unknown } {
  return { path: ctx.path ?? [], input: ctx.input };
}

/** A problem of this catalogue naming the place and the value as written. */
function problemAt(
  ctx: Context,
  code:
    | 'money.unparsable'
    | 'money.empty'
    | 'money.fraction-of-yen'
    | 'money.too-large'
    | 'money.negative-not-allowed',
): Problem {
  const text = typeof ctx.input === 'string' ? ctx.input : String(ctx.input);
  return moneyMessages.problem(code, { at: placeText(ctx.path), text }, placeOf(ctx));
}

function fail(ctx: Context, code: 'money.unparsable' | 'money.empty'): Result<never> {
  return err(problemAt(ctx, code));
}

function overridden(ctx: Context, unit: number, yen: number): Problem[] {
  return [
    moneyMessages.problem(
      'money.cell-unit-overrides-header',
      {
        at: placeText(ctx.path),
        text: typeof ctx.input === 'string' ? ctx.input : String(ctx.input),
        headerUnit: unitName(unit),
        yen: yen.toLocaleString('en-US'),
      },
      placeOf(ctx),
    ),
  ];
}

/** Sum of mantissa × multiplier / 10^scale, exactly (BigInt), as whole yen or a problem. */
function exact(ctx: Context, negative: boolean, terms: readonly [Decimal, number][]): Result<Yen> {
  let scale = 0;
  for (const [d] of terms) scale = Math.max(scale, d.scale);
  let total = BigInt(0);
  for (const [d, mult] of terms) total += d.mantissa * BigInt(mult) * pow10(scale - d.scale);
  const denominator = pow10(scale);
  if (total % denominator !== BigInt(0)) {
    return err(problemAt(ctx, 'money.fraction-of-yen'));
  }
  const yen = total / denominator;
  if (yen > MAX) return err(problemAt(ctx, 'money.too-large'));
  return finish(ctx, negative, Number(yen));
}

function finish(
  ctx: Context,
  negative: boolean,
  magnitude: number,
  warnings: readonly Problem[] = NONE,
): Result<Yen> {
  if (!Number.isSafeInteger(magnitude)) {
    const code = Number.isInteger(magnitude) ? 'money.too-large' : 'money.fraction-of-yen';
    return err(problemAt(ctx, code));
  }
  if (negative && magnitude !== 0) {
    if (!ctx.allowNegative) {
      return err(problemAt(ctx, 'money.negative-not-allowed'));
    }
    return ok(-magnitude, warnings);
  }
  return ok(magnitude, warnings);
}

function unitName(unit: number): string {
  if (unit === 1000) return '千円';
  if (unit === 10_000) return '万円';
  if (unit === 1_000_000) return '百万円';
  if (unit === 100_000_000) return '億円';
  return `${unit.toLocaleString('en-US')}円`;
}
