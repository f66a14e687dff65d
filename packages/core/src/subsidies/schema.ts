import * as z from 'zod/mini';
import { RULE_IDS, type RuleId, type Source } from '../sources/Source.js';

// Each schema is built on first use (z.lazy), not when core is imported: building zod schemas
// is most of what loading core would cost, and the add-on pays that on every Apps Script call
// (docs/contributing.md "Conventions").

/*
 * A support program (補助金, 交付金, 人的支援) as profile data (RULES S; docs/profiles.md
 * ). Every element carries its source. A parameter that changes with the fiscal
 * year is a list of dated values: the value in force in a fiscal year is the last one dated
 * on or before it, and a `null` value ends the parameter. A number the documents do not give
 * is left out (absent), never written as 0: a computation that needs it fails with
 * 'subsidy.missing-parameter' naming it.
 */

const nonEmpty = z.lazy(() => z.string().check(z.minLength(1)));

/** A fiscal year as profile data: the Western year of its 1 April (RULES C1), 2014 = 平成26年度. */
const fiscalYearSchema = z.lazy(() => z.number().check(z.int(), z.minimum(1868), z.maximum(9999)));

/** Whole yen, not negative (RULES C3). */
const yenSchema = z.lazy(() => z.number().check(z.int(), z.minimum(0), z.maximum(Number.MAX_SAFE_INTEGER)));

/** 'YYYY-MM-DD', a day in Japan. */
const plainDateSchema = z.lazy(() => z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)));

const ruleIdSchema = z.lazy(() => z.enum(RULE_IDS as unknown as readonly [RuleId, ...RuleId[]]));

/**
 * Where a program, a value or a condition comes from: a plan (docs/rules.md "Source
 * documents"; or the municipality's own 要綱) and its section, the RULES ID, and a note (why a default was
 * chosen, how a table was read). Same shape as `Source` (sources/Source.ts).
 */
export const programSourceSchema: z.ZodMiniType<Source, Source> = z.lazy(() =>
  z.object({
    document: nonEmpty,
    section: nonEmpty,
    rule: z.exactOptional(ruleIdSchema),
    note: z.exactOptional(z.string()),
    /** 'plan' (the document states it), 'kyodo' (a kyodo default) or 'municipality' (the city's own choice). */
    basis: z.exactOptional(z.enum(['plan', 'kyodo', 'municipality'])),
  }),
) as unknown as z.ZodMiniType<Source, Source>;

const bilingualSchema = z.lazy(() => z.object({ ja: nonEmpty, en: nonEmpty }));

/**
 * An exact rate as a fraction (RULES C4): 2/3 is { numerator: 2, denominator: 3 }, 100% is
 * { numerator: 1, denominator: 1 }. Never above 1 (10/10).
 */
export const programRateSchema = z.lazy(() =>
  z
    .object({
      numerator: z.number().check(z.int(), z.minimum(0)),
      denominator: z.number().check(z.int(), z.minimum(1)),
    })
    .check(
      z.refine((r) => r.numerator <= r.denominator, {
        message: 'rate above 1 (10/10): numerator must not exceed denominator',
        path: ['numerator'],
      }),
    ),
);

/** A limit in yen, or 'none' where the program states that it has no limit. */
const limitSchema = z.lazy(() => z.union([yenSchema, z.literal('none')]));

/**
 * A dated list of values of one parameter, ascending by fiscal year: the value in force in a
 * fiscal year is the last one dated on or before it; `value: null` ends the parameter from
 * that fiscal year. Each value carries its own citation.
 */
function datedSchema<T extends z.core.SomeType>(value: T) {
  return z
    .array(z.object({ from: fiscalYearSchema, value: z.nullable(value), source: programSourceSchema }))
    .check(
      z.minLength(1),
      z.refine(
        (list) => list.every((entry, i) => i === 0 || (list[i - 1] as { from: number }).from < entry.from),
        {
          message: 'dated values must be in ascending order of fiscal year, each fiscal year once',
        },
      ),
    );
}

/** The fiscal years a program runs: from (inclusive) to (inclusive; absent = open-ended). */
const yearRangeSchema = z.lazy(() =>
  z
    .object({ from: fiscalYearSchema, to: z.exactOptional(fiscalYearSchema), source: programSourceSchema })
    .check(
      z.refine((r) => r.to === undefined || r.from <= r.to, {
        message: 'a program period must not end before it starts',
        path: ['to'],
      }),
    ),
);

/**
 * An eligibility condition on the applicant (RULES S):
 * - 'founded-by': the applicant (or, per `what`, its 設立準備会) started on or before `date`
 *   (goi-keisei: 設立準備会 発足 by the end of FY2015, 2016-03-31); needs the fact `founded`.
 * - 'before-plan-adopted': support runs until the applicant adopts its plan (kyodotai-shien:
 *   地域づくり計画を策定するまでの間); reads the fact `planAdopted` (absent = not adopted yet).
 */
export const programConditionSchema = z.lazy(() =>
  z.discriminatedUnion('kind', [
    z.object({
      kind: z.literal('founded-by'),
      date: plainDateSchema,
      what: bilingualSchema,
      source: programSourceSchema,
    }),
    z.object({
      kind: z.literal('before-plan-adopted'),
      what: bilingualSchema,
      source: programSourceSchema,
    }),
  ]),
);

/** A category of expense or project (研修会, 健康福祉 …), with an optional note. */
const categorySchema = z.lazy(() =>
  z.object({ ja: nonEmpty, en: nonEmpty, note: z.exactOptional(bilingualSchema) }),
);

/**
 * The schema of one support program as profile data (RULES S, S-common, C4, X1;
 * 002_5a3cd8c23b61ef14.txt 8-1-4 事業1 and 8-2-1 事業4–6, 003_77c600037372601a.txt 第4章⑦).
 * profiles/schema.ts composes it as `programs`. Absent numbers stay absent (never 0).
 *
 * @example
 * programSchema.parse({
 *   id: 'ichinoseki/kyodotai-shien', kind: 'subsidy',
 *   names: { ja: '地域協働体支援事業費補助金', en: 'Regional cooperation body support subsidy', aliases: ['事業4'] },
 *   source: { document: '002_5a3cd8c23b61ef14.txt', section: '8-2-1 事業4', rule: 'S-ichinoseki-4' },
 *   rate: [{ from: 2014, value: { numerator: 2, denominator: 3 }, source: { document: '002_5a3cd8c23b61ef14.txt', section: '8-2-1 事業4' } }],
 * });
 */
export const programSchema = z.lazy(() =>
  z.object({
    /** Stable ID, 'municipality/program': 'ichinoseki/kyodotai-shien'. */
    id: z.string().check(z.regex(/^[a-z0-9][a-z0-9-]*(\/[a-z0-9][a-z0-9-]*)?$/)),
    /** Names: Japanese as the document writes it, English, and other names seen (事業4). */
    names: z.object({
      ja: nonEmpty,
      en: nonEmpty,
      aliases: z.exactOptional(z.array(nonEmpty)),
    }),
    /** 'subsidy' 補助金, 'grant' 交付金, 'staff' 人的支援 (support with staff or staff costs). */
    kind: z.enum(['subsidy', 'grant', 'staff']),
    /** The RULES ID of the program. */
    rule: z.exactOptional(ruleIdSchema),
    /** Where the program is described. */
    source: programSourceSchema,
    /** Fiscal years the program runs. Absent: the profile has not said (missing parameter). */
    years: z.exactOptional(z.array(yearRangeSchema).check(z.minLength(1))),
    /** Who may apply (compared with the fact `applicantType`, tolerant of width and spaces). */
    applicants: z.exactOptional(
      z.object({ types: z.array(bilingualSchema).check(z.minLength(1)), source: programSourceSchema }),
    ),
    /** Eligibility conditions beyond the applicant type. */
    conditions: z.exactOptional(z.array(programConditionSchema)),
    /** Rate (補助率) by fiscal year. Absent: missing parameter. */
    rate: z.exactOptional(datedSchema(programRateSchema)),
    /** Limit per fiscal year (限度額, 単年度) by fiscal year; 'none' = no limit. Absent: missing parameter. */
    annualLimit: z.exactOptional(datedSchema(limitSchema)),
    /**
     * 定額 (a fixed amount) by fiscal year, in place of rate × base: the amount is the fixed sum,
     * never above the base (RULES X1). A program with one needs no rate; its annual limit, if any,
     * still applies.
     */
    fixedAmount: z.exactOptional(datedSchema(yenSchema)),
    /**
     * Rates tapering with each award to the same recipient (RULES X1: 2/3, then 1/2, then 1/3):
     * the nth fiscal year with a payment takes `rates[n − 1]`, the last one beyond the list. Takes
     * the place of `rate`; the number of awards is capped by `caps.maxYears`.
     */
    taperedRates: z.exactOptional(
      z.object({ rates: z.array(programRateSchema).check(z.minLength(1)), source: programSourceSchema }),
    ),
    /**
     * 事業収入 (project income, RULES X1): 'deduct' — the base is the eligible expense minus the
     * income; 'bound' — the amount never exceeds the eligible expense minus the income (the least
     * of rate × base, base − income and the limit). Absent: income is not part of the formula.
     */
    income: z.exactOptional(z.object({ mode: z.enum(['deduct', 'bound']), source: programSourceSchema })),
    /** What the limit is per: 1地区, 1地域協働体. */
    limitPer: z.exactOptional(bilingualSchema),
    /** Caps spanning fiscal years: a total in yen and a number of fiscal years with payments. Absent: none. */
    caps: z.exactOptional(
      z.object({
        totalYen: z.exactOptional(yenSchema),
        maxYears: z.exactOptional(z.number().check(z.int(), z.minimum(1))),
        source: programSourceSchema,
      }),
    ),
    /** Rounding of rate × base (RULES C4). Absent: truncate to the yen, the library default. */
    rounding: z.exactOptional(
      z.object({
        mode: z.enum(['truncate', 'half-up', 'ceil']),
        unit: z.union([z.literal(1), z.literal(10), z.literal(100), z.literal(1000)]),
        source: programSourceSchema,
      }),
    ),
    /**
     * Advance payment (前金払 'maekin', 概算払 'gaisan'), optionally capped as a share of the
     * granted amount (X1): allowed or not, as the plan says (002 事業1 前金払い可) or as the
     * municipality chooses (source basis 'municipality'). Absent: the plan does not say, and kyodo
     * asserts nothing (an advance is settled, with 'subsidy.advance-not-stated').
     */
    advance: z.exactOptional(
      z.object({
        allowed: z.boolean(),
        kinds: z.array(z.enum(['maekin', 'gaisan'])),
        maxShare: z.exactOptional(programRateSchema),
        source: programSourceSchema,
      }),
    ),
    /** Settlement: 'single-year' = 単年度精算 (settled each fiscal year). */
    settlement: z.exactOptional(z.object({ kind: z.enum(['single-year']), source: programSourceSchema })),
    /**
     * Flexible use of a grant (交付金): carry-over to the next fiscal year (次年度繰越), partial
     * reserves (積立), passing grants on to member organisations (構成団体等へ助成).
     */
    use: z.exactOptional(
      z.object({
        carryOver: z.boolean(),
        reserve: z.boolean(),
        passOn: z.boolean(),
        source: programSourceSchema,
      }),
    ),
    /** Expense or project categories: eligible, ineligible, and pending (not yet designed). */
    expenses: z.exactOptional(
      z.object({
        eligible: z.array(categorySchema),
        ineligible: z.exactOptional(z.array(categorySchema)),
        pending: z.exactOptional(z.array(categorySchema)),
        source: programSourceSchema,
      }),
    ),
    /** Other statements of the document worth showing (staff posts, transitional choices). */
    notes: z.exactOptional(z.array(z.object({ ja: nonEmpty, en: nonEmpty, source: programSourceSchema }))),
  }),
);

/** One support program as profile data (see `programSchema`). */
export type Program = z.infer<typeof programSchema>;
/** The citation shape used inside program data (same as `Source`). */
export type ProgramSource = z.infer<typeof programSourceSchema>;
/** An eligibility condition of a program. */
export type ProgramCondition = z.infer<typeof programConditionSchema>;
/** A rate as program data. */
export type ProgramRate = z.infer<typeof programRateSchema>;
/** One dated value of a parameter: in force from `from`, `null` ends the parameter. */
export interface DatedValue<T> {
  readonly from: number;
  readonly value: T | null;
  readonly source: ProgramSource;
}
/** 'subsidy' 補助金 | 'grant' 交付金 | 'staff' 人的支援. */
export type ProgramKind = Program['kind'];
