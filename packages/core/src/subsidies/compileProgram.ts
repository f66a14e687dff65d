import { DEFAULT_ROUNDING } from '../money/index.js';
import type { Rounding } from '../money/types.js';
import type { Bilingual } from '../problems/Problem.js';
import { basisOf } from '../sources/basisOf.js';
import { type Basis, cite, type RuleId, type Source } from '../sources/Source.js';
import { matchKey } from '../text/index.js';
import type { DatedValue, Program, ProgramCondition, ProgramRate } from './schema.js';

// Internal: a program read once into the shape the computation walks (sorted lists, match
// keys, the rounding in force), cached per program object so the hot path does no set-up.

/** Where the library's default rounding comes from (RULES C4). */
export const DEFAULT_ROUNDING_SOURCE: Source = cite(
  'kyodo',
  'docs/rules.md「計画が定めていないこと」',
  'C4',
  'The documents state no rounding rule; default: truncate to the yen (円未満切り捨て).',
);

export interface CompiledProgram {
  readonly program: Program;
  readonly id: string;
  readonly kind: Program['kind'];
  readonly name: Bilingual;
  readonly rule: RuleId;
  readonly source: Source;
  readonly years: Program['years'];
  readonly applicants:
    | { readonly keys: readonly string[]; readonly expected: Bilingual; readonly source: Source }
    | undefined;
  readonly conditions: readonly ProgramCondition[];
  readonly rate: readonly DatedValue<ProgramRate>[] | undefined;
  readonly annualLimit: readonly DatedValue<number | 'none'>[] | undefined;
  readonly fixedAmount: readonly DatedValue<number>[] | undefined;
  readonly taperedRates: Program['taperedRates'];
  readonly income: Program['income'];
  readonly limitPer: Bilingual | undefined;
  readonly caps: Program['caps'];
  readonly rounding: Rounding;
  readonly roundingSource: Source;
  /** Whose rounding it is (basisOf roundingSource), for the rate step's sentence. */
  readonly roundingBasis: Basis;
  readonly advance: Program['advance'];
  readonly settlement: Program['settlement'];
}

const cache = new WeakMap<Program, CompiledProgram>();

/** The compiled form of a program, built once per program object. */
export function compileProgram(program: Program): CompiledProgram {
  const cached = cache.get(program);
  if (cached !== undefined) return cached;
  const types = program.applicants?.types ?? [];
  const compiled: CompiledProgram = {
    program,
    id: program.id,
    kind: program.kind,
    name: { ja: program.names.ja, en: program.names.en },
    rule: program.rule ?? program.source.rule ?? 'S-common',
    source: program.source,
    years: program.years,
    applicants:
      program.applicants === undefined
        ? undefined
        : {
            keys: types.flatMap((t) => [matchKey(t.ja), matchKey(t.en)]),
            expected: { ja: types.map((t) => t.ja).join('・'), en: types.map((t) => t.en).join(', ') },
            source: program.applicants.source,
          },
    conditions: program.conditions ?? [],
    rate: program.rate,
    annualLimit: program.annualLimit,
    fixedAmount: program.fixedAmount,
    taperedRates: program.taperedRates,
    income: program.income,
    limitPer: program.limitPer,
    caps: program.caps,
    rounding:
      program.rounding === undefined
        ? DEFAULT_ROUNDING
        : { mode: program.rounding.mode, unit: program.rounding.unit },
    roundingSource: program.rounding?.source ?? DEFAULT_ROUNDING_SOURCE,
    roundingBasis: basisOf(program.rounding?.source ?? DEFAULT_ROUNDING_SOURCE),
    advance: program.advance,
    settlement: program.settlement,
  };
  cache.set(program, compiled);
  return compiled;
}
