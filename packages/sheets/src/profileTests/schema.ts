import { parseYen } from '@kyodo/core';
import * as z from 'zod/mini';
import { SHEET_KINDS } from '../kinds/fields.js';

/*
 * The test file of a profile (docs/profiles.md "テストを書く"), as OpenFisca's YAML tests and
 * Publicodes' test files let rule authors check their rules without writing code: a list of
 * tests, each with one input (a subsidy, a settlement, an evaluation, a review round or sheet
 * rows) and what is expected of it. Inputs are taken as a sheet or a form would give them
 * (amounts as 360000 or '360,000円', fiscal years as 2014 or '平成26年度'); expectations are
 * checked strictly here, so a wrong expected type is a bad file, never a test that cannot fail.
 */

const text = z.string().check(z.minLength(1));
const scalar = z.union([z.string(), z.number()]);
const cell = z.nullable(z.union([z.string(), z.number(), z.boolean()]));

/** An expected amount: whole yen, as a number or as text RULES C3 reads ('200,000円'). */
const yenExpected = z
  .union([z.number(), z.string()])
  .check(z.refine((v) => parseYen(v).ok, { message: 'not-yen', abort: true }));

/** An expected issue: its code ('subsidy.cap-years'), or the code and the data row (1 = first) and column header. */
const issueExpected = z.union([
  text,
  z.strictObject({
    code: text,
    row: z.exactOptional(z.number().check(z.int(), z.minimum(1))),
    column: z.exactOptional(text),
  }),
]);
const issues = z.exactOptional(z.array(issueExpected));

const facts = z.strictObject({
  founded: z.exactOptional(scalar),
  planAdopted: z.exactOptional(scalar),
  applicantType: z.exactOptional(z.string()),
});
const prior = z.array(z.strictObject({ fiscalYear: scalar, amount: scalar }));

/** The inputs of each kind of test. */
export const inputSchemas = {
  subsidy: z.strictObject({
    program: text,
    fiscalYear: scalar,
    eligibleExpense: scalar,
    ineligibleExpense: z.exactOptional(scalar),
    prior: z.exactOptional(prior),
    facts: z.exactOptional(facts),
  }),
  settlement: z.strictObject({
    program: text,
    fiscalYear: scalar,
    advance: scalar,
    actualEligibleExpense: scalar,
    actualIneligibleExpense: z.exactOptional(scalar),
    granted: z.exactOptional(scalar),
    prior: z.exactOptional(prior),
    facts: z.exactOptional(facts),
  }),
  evaluation: z.strictObject({
    framework: z.exactOptional(text),
    project: z.exactOptional(text),
    evaluator: text,
    answers: z.record(z.string(), cell),
  }),
  review: z.strictObject({
    framework: z.exactOptional(text),
    budget: scalar,
    fiscalYear: z.exactOptional(scalar),
    panel: z.exactOptional(z.array(text)),
    applications: z
      .array(
        z.strictObject({
          id: scalar,
          name: z.exactOptional(z.string()),
          applicant: z.exactOptional(z.string()),
          requested: scalar,
          eligibleExpense: z.exactOptional(scalar),
          ineligibleExpense: z.exactOptional(scalar),
          fiscalYear: z.exactOptional(scalar),
        }),
      )
      .check(z.minLength(1)),
    reviews: z.array(
      z.strictObject({
        reviewer: text,
        application: scalar,
        scores: z.exactOptional(z.record(z.string(), cell)),
        total: z.exactOptional(cell),
        conflict: z.exactOptional(z.boolean()),
      }),
    ),
  }),
  sheet: z.strictObject({
    kind: z.exactOptional(z.enum(SHEET_KINDS as unknown as readonly [string, ...string[]])),
    today: z.exactOptional(scalar),
    rows: z.array(z.record(z.string(), cell)).check(z.minLength(1)),
  }),
} as const;

/** What may be expected of each kind of test. */
export const expectSchemas = {
  subsidy: z.strictObject({
    eligible: z.exactOptional(z.boolean()),
    amount: z.exactOptional(yenExpected),
    limitedBy: z.exactOptional(
      z.nullable(z.enum(['rate', 'expense', 'annual-limit', 'cap-total', 'cap-years'])),
    ),
    issues,
  }),
  settlement: z.strictObject({
    eligible: z.exactOptional(z.boolean()),
    computed: z.exactOptional(yenExpected),
    settled: z.exactOptional(yenExpected),
    refund: z.exactOptional(yenExpected),
    furtherPayment: z.exactOptional(yenExpected),
    issues,
  }),
  evaluation: z.strictObject({
    mean: z.exactOptional(z.nullable(z.number())),
    answered: z.exactOptional(z.number().check(z.int(), z.minimum(0))),
    unanswered: z.exactOptional(z.array(text)),
    issues,
  }),
  review: z.strictObject({
    applications: z.exactOptional(
      z.record(
        z.string(),
        z.strictObject({
          rank: z.exactOptional(z.number().check(z.int(), z.minimum(1))),
          score: z.exactOptional(z.number()),
          passed: z.exactOptional(z.boolean()),
          award: z.exactOptional(yenExpected),
          outcome: z.exactOptional(
            z.enum(['funded', 'reduced', 'below-threshold', 'not-eligible', 'no-budget']),
          ),
        }),
      ),
    ),
    awarded: z.exactOptional(yenExpected),
    remaining: z.exactOptional(yenExpected),
    issues,
  }),
  sheet: z.strictObject({
    kind: z.exactOptional(z.enum(SHEET_KINDS as unknown as readonly [string, ...string[]])),
    issues,
  }),
} as const;

/** The kinds of test, by their input key. */
export type TestKind = keyof typeof inputSchemas;

/** The kinds of test in the order docs/profiles.md lists them. */
export const TEST_KINDS: readonly TestKind[] = ['subsidy', 'settlement', 'evaluation', 'review', 'sheet'];

/** The keys of one test besides its input. */
export const testSchema = z.strictObject({
  name: text,
  /** Where the expected values come from: a plan's section, a 要綱, a hand computation. */
  source: z.exactOptional(z.string()),
  /** How far a number (a mean, a score) may be from the expected one; default 1e-9. */
  margin: z.exactOptional(z.number().check(z.nonnegative())),
  subsidy: z.exactOptional(z.unknown()),
  settlement: z.exactOptional(z.unknown()),
  evaluation: z.exactOptional(z.unknown()),
  review: z.exactOptional(z.unknown()),
  sheet: z.exactOptional(z.unknown()),
  expect: z.record(z.string(), z.unknown()),
});

/** The whole file: the tests, and the day sheet tests are checked for. */
export const fileSchema = z.strictObject({
  /** What the file tests, for people (a profile ID, a title). */
  description: z.exactOptional(z.string()),
  /** The day sheet tests are checked for ('2024-10-01'), unless a test gives its own. */
  today: z.exactOptional(scalar),
  tests: z.array(z.unknown()).check(z.minLength(1)),
});

/** An expected issue. */
export type IssueExpected = z.infer<typeof issueExpected>;

/** One test, read and checked: its name, its kind and input, and what is expected. */
export interface ProfileTest {
  /** 0-based position in the file. */
  readonly index: number;
  readonly name: string;
  readonly source?: string;
  readonly margin?: number;
  readonly kind: TestKind;
  readonly input: z.infer<(typeof inputSchemas)[TestKind]>;
  readonly expect: Readonly<Record<string, unknown>>;
}

/** A test file, read and checked. */
export interface ProfileTestFile {
  /** The file's name as given (for messages). */
  readonly file: string;
  readonly description?: string;
  readonly today?: string | number;
  readonly tests: readonly ProfileTest[];
}
