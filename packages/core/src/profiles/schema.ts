import * as z from 'zod/mini';
import { frameworkSchema } from '../evaluation/schema.js';
import { domainSchema, formSchema, implementerSchema } from '../forms/schema.js';
import { profileReviewSchema } from '../review/schema.js';
import { bilingualSchema, idSchema, sourceSchema } from '../sources/schema.js';
import { programSchema } from '../subsidies/schema.js';
import { DEFAULT_HEADERS, DEFAULT_MISSING_MARKERS, type SheetKind } from './defaults.js';

// Each schema is built on first use (z.lazy), not when core is imported: building zod schemas
// is most of what loading core would cost, and the add-on pays that on every Apps Script call
// (docs/contributing.md "Conventions").

const text = z.lazy(() => z.string().check(z.minLength(1)));

/** A labelled, cited item: the shape of principles, action standards, functions, steps. */
const labelledSchema = z.lazy(() =>
  z.object({
    id: idSchema,
    label: bilingualSchema,
    description: z.exactOptional(bilingualSchema),
    source: sourceSchema,
  }),
);

/**
 * When a plan is revised, as the plan says it (RULES T1; 000_0726a29b17f6f262.txt 8 ■基本計画の見直し:
 * 総合計画基本構想の策定の翌年度に見直します): in the fiscal year `fiscalYearsAfter` after the fiscal
 * year of an event (the adoption of the 総合計画基本構想), with the citation.
 */
export const planRevisionSchema = z.lazy(() =>
  z.object({
    /** The event whose fiscal year the revision follows: 総合計画基本構想の策定. */
    after: bilingualSchema,
    /** How many fiscal years after the event's: 1 for 翌年度. */
    fiscalYearsAfter: z.number().check(z.int(), z.minimum(0), z.maximum(10)),
    source: sourceSchema,
  }),
);

/** A document a profile rests on (a plan, docs/rules.md "Source documents", or the municipality's own). */
export const profileDocumentSchema = z.lazy(() =>
  z.object({
    document: text,
    title: bilingualSchema,
    adopted: z.exactOptional(z.string()),
    period: z.exactOptional(z.string()),
    /** When the plan is revised (T1); absent where the plan does not say. */
    revision: z.exactOptional(planRevisionSchema),
  }),
);

/** A definition the profile's documents give (RULES D1–D3): the term and its text. */
export const definitionSchema = z.lazy(() =>
  z.object({
    id: idSchema,
    term: bilingualSchema,
    text: bilingualSchema,
    source: sourceSchema,
  }),
);

const orderedSchema = z.lazy(() =>
  z.object({
    id: idSchema,
    order: z.number().check(z.int()),
    label: bilingualSchema,
    source: sourceSchema,
  }),
);

/**
 * A principle (協働の原則, RULES P1, P3–P6): its label, what it says, the group of principles
 * it belongs to in its document, and for an ordering principle (補完性, P3) the units in order
 * (smallest first).
 */
export const principleSchema = z.lazy(() =>
  z.object({
    id: idSchema,
    label: bilingualSchema,
    description: z.exactOptional(bilingualSchema),
    group: z.exactOptional(bilingualSchema),
    ordering: z.exactOptional(z.array(orderedSchema)),
    source: sourceSchema,
  }),
);

/** A cited statement about an actor: an expected effect (D5) or a role (D6). */
const actorStatementSchema = z.lazy(() => z.object({ label: bilingualSchema, source: sourceSchema }));

/**
 * An actor (主体) of cooperation (RULES D4): its label, the group it belongs to (an actor id),
 * examples and synonyms as written in sheets, expected effects (D5) and roles (D6).
 */
export const actorSchema = z.lazy(() =>
  z.object({
    id: idSchema,
    label: bilingualSchema,
    group: z.exactOptional(idSchema),
    examples: z.exactOptional(z.array(text)),
    synonyms: z.exactOptional(z.array(text)),
    effects: z.exactOptional(z.array(actorStatementSchema)),
    roles: z.exactOptional(z.array(actorStatementSchema)),
    source: sourceSchema,
  }),
);

/**
 * Rules for regional cooperation bodies (地域協働体, RULES G1–G4; 002_5a3cd8c23b61ef14.txt 8-1):
 * the area rule and its constraints (G1), founding steps in order (G2), functions and roles
 * (G3), and the headings and columns of the 地域づくり計画 template (G4).
 */
export const regionalBodiesSchema = z.lazy(() =>
  z.object({
    label: bilingualSchema,
    description: z.exactOptional(bilingualSchema),
    source: sourceSchema,
    area: z.object({
      rule: bilingualSchema,
      constraints: z.array(labelledSchema),
      source: sourceSchema,
    }),
    foundingSteps: z.array(orderedSchema),
    functions: z.array(labelledSchema),
    roles: z.array(
      z.object({
        id: idSchema,
        label: bilingualSchema,
        examples: z.array(text),
        source: sourceSchema,
      }),
    ),
    planTemplate: z.object({
      headings: z.array(orderedSchema),
      columns: z.array(
        z.object({ id: idSchema, label: bilingualSchema, required: z.boolean(), source: sourceSchema }),
      ),
      source: sourceSchema,
    }),
  }),
);

/** The evaluation frameworks of a profile (RULES E) and the one used when none is named. */
export const profileEvaluationSchema = z.lazy(() =>
  z.object({
    frameworks: z.array(frameworkSchema),
    default: z.exactOptional(z.string()),
  }),
);

const aliasesSchema = z.lazy(() => z.record(z.string(), z.array(text)));

/** Header aliases per sheet kind and field (docs/rules.md "Header aliases"); defaults to kyodo's examples. */
export const headersSchema = z.lazy(() =>
  z.object({
    projects: z._default(aliasesSchema, () => aliases('projects')),
    subsidies: z._default(aliasesSchema, () => aliases('subsidies')),
    evaluations: z._default(aliasesSchema, () => aliases('evaluations')),
    'regional-plan': z._default(aliasesSchema, () => aliases('regional-plan')),
    indicators: z._default(aliasesSchema, () => aliases('indicators')),
    reviews: z._default(aliasesSchema, () => aliases('reviews')),
  }),
);

function aliases(kind: SheetKind): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [field, texts] of Object.entries(DEFAULT_HEADERS[kind])) out[field] = [...texts];
  return out;
}

/**
 * A municipality's profile as data (docs/profiles.md): its documents, definitions
 * (RULES D1–D3), principles (P), actors (D4–D6), forms (F) and domains (R), rules for
 * regional bodies (G), what 実施主体 texts mean (F2), support programs (S), evaluation
 * frameworks (E, with their thresholds), review frameworks (審査, X3), header aliases and missing-value markers. Every element carries
 * its source. `extends` names a profile this one layers on (resolved by loadProfile).
 * Collections a municipality does not need default to empty; headers and markers default to
 * kyodo's (docs/sheets.md "How a sheet is read").
 *
 * @example
 * profileSchema.safeParse(torideProfile).success //=> true
 * profileSchema.parse({ id: 'mini', name: { ja: 'ミニ市', en: 'Mini' }, sources: [{ document: 'mini.pdf', title: { ja: '方針', en: 'Policy' } }], forms: [] }).missingMarkers
 * //=> ['空欄', '－', 'ー', '未定', '該当なし', '-']
 */
export const profileSchema = z.lazy(() =>
  z.object({
    id: idSchema,
    name: bilingualSchema,
    /** 地方公共団体コード: 6 digits, the last a check digit (一関市 032093). */
    localGovernmentCode: z.exactOptional(z.string().check(z.regex(/^[0-9]{6}$/u))),
    /** The id of the profile this one extends (resolved by loadProfile). */
    extends: z.exactOptional(idSchema),
    description: z.exactOptional(bilingualSchema),
    sources: z.array(profileDocumentSchema).check(z.minLength(1)),
    definitions: z._default(z.array(definitionSchema), () => []),
    principles: z._default(z.array(principleSchema), () => []),
    /** 行動基準 (RULES P2). */
    actionStandards: z._default(z.array(labelledSchema), () => []),
    actors: z._default(z.array(actorSchema), () => []),
    forms: z.array(formSchema),
    domains: z._default(z.array(domainSchema), () => []),
    /** 行政行為 that are not cooperation (RULES R2): 課税, 許可 … */
    administrativeActs: z._default(z.array(labelledSchema), () => []),
    regionalBodies: z.exactOptional(regionalBodiesSchema),
    implementers: z._default(z.array(implementerSchema), () => []),
    programs: z._default(z.array(programSchema), () => []),
    evaluation: z._default(profileEvaluationSchema, () => ({ frameworks: [] })),
    /**
     * Rolling indicators (実施年次指標, RULES E8): how many fiscal years ahead, from the current
     * one, each item has a target, as the plan sets it (001: 向こう3か年度分). Absent: the plans
     * set none, and no year is required of an indicator sheet.
     */
    rollingIndicators: z.exactOptional(
      z.object({ fiscalYears: z.number().check(z.int(), z.minimum(1), z.maximum(10)), source: sourceSchema }),
    ),
    /** Review frameworks for selecting proposed projects (審査, RULES X3). */
    review: z._default(profileReviewSchema, () => ({ frameworks: [] })),
    headers: z._default(headersSchema, () => ({
      projects: aliases('projects'),
      subsidies: aliases('subsidies'),
      evaluations: aliases('evaluations'),
      'regional-plan': aliases('regional-plan'),
      indicators: aliases('indicators'),
      reviews: aliases('reviews'),
    })),
    missingMarkers: z._default(z.array(text), () => [...DEFAULT_MISSING_MARKERS]),
  }),
);

/** A profile after validation and defaults (see profileSchema). */
export type Profile = z.output<typeof profileSchema>;

/** A profile as written in JSON, before defaults (see profileSchema). */
export type ProfileInput = z.input<typeof profileSchema>;

/** A principle of a profile (RULES P). */
export type Principle = z.output<typeof principleSchema>;
/** An actor of a profile (RULES D4). */
export type Actor = z.output<typeof actorSchema>;
/** A definition of a profile (RULES D1–D3). */
export type Definition = z.output<typeof definitionSchema>;
/** Rules for regional cooperation bodies (RULES G1–G4). */
export type RegionalBodies = z.output<typeof regionalBodiesSchema>;
/** A 実施主体 mapping of a 地域づくり計画 (RULES F2). */
/** Header aliases per sheet kind and field (docs/sheets.md). */
export type Headers = z.output<typeof headersSchema>;
