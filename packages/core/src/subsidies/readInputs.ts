import { parseDate, parseFiscalYear } from '../calendar/index.js';
import type { FiscalYear, PlainDate } from '../calendar/types.js';
import { parseYen } from '../money/index.js';
import type { Yen } from '../money/types.js';
import type { Path, Problem } from '../problems/Problem.js';
import { fyEn, fyJa } from './format.js';
import { subsidyMessages } from './messages.js';
import type { InputPaths, PriorPayment, SubsidyFacts } from './types.js';

// Internal: the edge of the subsidy functions. Numbers that are already what they should be
// pass straight through (the hot path); anything else goes through the calendar and money
// parsers, whose problems carry the path.

// Texts that parsed cleanly (no problem, no warning), so that a ledger repeating '平成26年度'
// or '2015-06-01' parses each text once. Bounded: emptied when it grows past CACHE_SIZE.
const CACHE_SIZE = 1024;
const fiscalYearTexts = new Map<string, FiscalYear>();
const dateTexts = new Map<string, PlainDate>();

function remember<T>(cache: Map<string, T>, key: string, value: T): void {
  if (cache.size >= CACHE_SIZE) cache.clear();
  cache.set(key, value);
}

/** A fiscal year from a FiscalYear or any RULES C2 form; parse warnings go to `warnings`. */
export function readFiscalYear(
  input: unknown,
  path: Path,
  problems: Problem[],
  warnings?: Problem[],
): FiscalYear | undefined {
  if (typeof input === 'number' && Number.isInteger(input) && input >= 1868 && input <= 9999) return input;
  if (typeof input === 'string') {
    const known = fiscalYearTexts.get(input);
    if (known !== undefined) return known;
  }
  const r = parseFiscalYear(input, { path });
  if (r.ok) {
    if (r.warnings.length === 0) {
      if (typeof input === 'string') remember(fiscalYearTexts, input, r.value);
    } else if (warnings !== undefined) for (const w of r.warnings) warnings.push(w);
    return r.value;
  }
  for (const p of r.problems) problems.push(p);
  return undefined;
}

/** Whole yen, not negative, from a number or any RULES C3 form. */
export function readYen(input: unknown, path: Path, problems: Problem[]): Yen | undefined {
  if (typeof input === 'number' && Number.isSafeInteger(input) && input >= 0) return input;
  const r = parseYen(input, { path });
  if (r.ok) return r.value;
  for (const p of r.problems) problems.push(p);
  return undefined;
}

/** A day from a PlainDate or any RULES C2 form; parse warnings go to `warnings`. */
export function readDate(
  input: unknown,
  path: Path,
  problems: Problem[],
  warnings: Problem[],
): PlainDate | undefined {
  if (typeof input === 'string') {
    const known = dateTexts.get(input);
    if (known !== undefined) return known;
  }
  const r = parseDate(input, { path });
  if (r.ok) {
    if (r.warnings.length === 0) {
      if (typeof input === 'string') remember(dateTexts, input, r.value);
    } else for (const w of r.warnings) warnings.push(w);
    return r.value;
  }
  for (const p of r.problems) problems.push(p);
  return undefined;
}

/** What a value is, in words, for a message. */
function received(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object' : typeof value === 'number' ? String(value) : typeof value;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function invalid(path: string, expected: string, expectedJa: string, input: unknown): Problem {
  return subsidyMessages.problem(
    'subsidy.invalid-input',
    { path, expected, expectedJa, received: received(input) },
    { path: path === 'request' ? [] : path.split('.'), input },
  );
}

/**
 * The arguments of computeSubsidy and settleSubsidy, checked before anything is read: a program
 * (an object with an id and its names) and a request object; `prior` a list of objects, `facts`
 * an object. A problem for the first that is not, never a TypeError.
 */
export function checkArguments(program: unknown, request: unknown): Problem | undefined {
  if (!isObject(program) || typeof program.id !== 'string' || !isObject(program.names))
    return invalid('program', 'a program of a profile', 'プロファイルの補助事業', program);
  if (!isObject(request)) return invalid('request', 'an object', 'オブジェクト', request);
  if (request.prior !== undefined) {
    if (!Array.isArray(request.prior)) return invalid('prior', 'a list', 'リスト', request.prior);
    const i = request.prior.findIndex((entry) => !isObject(entry));
    if (i >= 0)
      return {
        ...invalid(
          'prior',
          'an object { fiscalYear, amount }',
          'オブジェクト { fiscalYear, amount }',
          request.prior[i],
        ),
        path: ['prior', i],
      };
  }
  if (request.facts !== undefined && !isObject(request.facts))
    return invalid('facts', 'an object', 'オブジェクト', request.facts);
  return undefined;
}

/** Prior payments, summed: the total and the fiscal years with a payment, each before `fy`. */
export interface PriorSummary {
  readonly paid: Yen;
  /** Distinct fiscal years with an amount above 0, ascending. */
  readonly years: readonly FiscalYear[];
}

const NO_PRIOR: PriorSummary = { paid: 0, years: [] };

/**
 * The prior payments read, each before `fy` ('subsidy.prior-not-earlier' otherwise); a fiscal
 * year or an amount that cannot be read is a problem at `path` when the caller gave one
 * (InputPaths.prior), else at ['prior', i, 'fiscalYear' | 'amount'].
 */
export function readPrior(
  prior: readonly PriorPayment[] | undefined,
  fy: FiscalYear | undefined,
  problems: Problem[],
  warnings: Problem[],
  path?: Path,
): PriorSummary {
  if (prior === undefined || prior.length === 0) return NO_PRIOR;
  let paid = 0;
  const years: FiscalYear[] = [];
  for (let i = 0; i < prior.length; i++) {
    const entry = prior[i] as PriorPayment;
    const year = readFiscalYear(entry.fiscalYear, path ?? ['prior', i, 'fiscalYear'], problems, warnings);
    const amount = readYen(entry.amount, path ?? ['prior', i, 'amount'], problems);
    if (year === undefined || amount === undefined) continue;
    if (fy !== undefined && year >= fy) {
      problems.push(
        subsidyMessages.problem(
          'subsidy.prior-not-earlier',
          { priorJa: fyJa(year), priorEn: fyEn(year), fyJa: fyJa(fy), fyEn: fyEn(fy) },
          { path: ['prior', i, 'fiscalYear'], input: entry.fiscalYear },
        ),
      );
      continue;
    }
    paid += amount;
    if (amount > 0 && !years.includes(year)) years.push(year);
  }
  years.sort((a, b) => a - b);
  return { paid, years };
}

/** Facts with their dates read. */
export interface ReadFacts {
  readonly founded: PlainDate | undefined;
  readonly planAdopted: PlainDate | undefined;
  readonly applicantType: string | undefined;
}

const NO_FACTS: ReadFacts = { founded: undefined, planAdopted: undefined, applicantType: undefined };

/** The facts with their dates read, each at the caller's place (`paths`) or at ['facts', name]. */
export function readFacts(
  facts: SubsidyFacts | undefined,
  problems: Problem[],
  warnings: Problem[],
  paths: InputPaths = {},
): ReadFacts {
  if (facts === undefined) return NO_FACTS;
  return {
    founded:
      facts.founded === undefined
        ? undefined
        : readDate(facts.founded, paths.founded ?? ['facts', 'founded'], problems, warnings),
    planAdopted:
      facts.planAdopted === undefined
        ? undefined
        : readDate(facts.planAdopted, paths.planAdopted ?? ['facts', 'planAdopted'], problems, warnings),
    applicantType: facts.applicantType,
  };
}
