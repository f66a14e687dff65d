import * as z from 'zod/mini';
import { RULE_IDS, type RuleId, type Source } from './Source.js';

// Each schema is built on first use (z.lazy), not when core is imported: building zod schemas
// is most of what loading core would cost, and the add-on pays that on every Apps Script call
// (docs/contributing.md "Conventions").

/**
 * A rule ID (docs/rules.md), as profile data: 'C1' … 'X3'.
 *
 * @example
 * ruleIdSchema.parse('F3') //=> 'F3'
 */
export const ruleIdSchema = z.lazy(() => z.enum(RULE_IDS as unknown as readonly [RuleId, ...RuleId[]]));

/**
 * Where an element of a profile comes from: a document file name, its section as the document
 * numbers it, the rule ID it encodes and an optional note (sources/Source.ts). Every element
 * of a profile carries one, so a user can be shown where a label or a number comes from.
 *
 * @example
 * sourceSchema.parse({ document: '003_77c600037372601a.txt', section: '第3章(2)', rule: 'F1' })
 */
export const sourceSchema: z.ZodMiniType<Source, Source> = z.lazy(() =>
  z.object({
    document: z.string().check(z.minLength(1)),
    section: z.string().check(z.minLength(1)),
    rule: z.exactOptional(ruleIdSchema),
    note: z.exactOptional(z.string()),
    /** 'plan' (the document states it), 'kyodo' (a kyodo default) or 'municipality' (the city's own choice). */
    basis: z.exactOptional(z.enum(['plan', 'kyodo', 'municipality'])),
  }),
) as unknown as z.ZodMiniType<Source, Source>;

/**
 * Text in Japanese and English, both required and non-empty (problems/Problem.ts Bilingual).
 *
 * @example
 * bilingualSchema.parse({ ja: '共催', en: 'Co-hosting' })
 */
export const bilingualSchema = z.lazy(() =>
  z.object({
    ja: z.string().check(z.minLength(1)),
    en: z.string().check(z.minLength(1)),
  }),
);

/** An identifier inside a profile: ASCII letters, digits, hyphens, underscores, dots and slashes ('jikko-iinkai'). */
export const idSchema = z.lazy(() => z.string().check(z.regex(/^[A-Za-z0-9][A-Za-z0-9_./-]*$/u)));
