import * as z from 'zod/mini';
import { bilingualSchema, idSchema, sourceSchema } from '../sources/schema.js';

// Each schema is built on first use (z.lazy), not when core is imported: building zod schemas
// is most of what loading core would cost, and the add-on pays that on every Apps Script call
// (docs/contributing.md "Conventions").

/**
 * Who organises (主催) a project: the city ('city', 市主催), the citizen side ('citizen',
 * 市民主催: a citizen, a group, a business, the partner) or both together ('joint', 共同). The
 * domain of a form depends on it (RULES R1; 003_77c600037372601a.txt 第3章(3)).
 */
export const organiserSchema = z.lazy(() => z.enum(['city', 'citizen', 'joint']));

/** Who organises a project: 'city' | 'citizen' | 'joint' (RULES R1, R2). */
export type Organiser = z.infer<typeof organiserSchema>;

/** Every organiser, in the order of the domain table (citizens' side first). */
export const ORGANISERS: readonly Organiser[] = ['citizen', 'joint', 'city'];

/**
 * The domain (協働の領域) of a form for each organiser it allows (RULES R1). A form absent
 * from the profile's domain table (a profile without domains) has none.
 */
export const domainByOrganiserSchema = z.lazy(() =>
  z.object({
    city: z.exactOptional(idSchema),
    citizen: z.exactOptional(idSchema),
    joint: z.exactOptional(idSchema),
  }),
);

/**
 * A form of cooperation (協働の形態) as profile data: its label, the synonyms staff write in
 * sheets (RULES F3), the organisers it allows (R2), its domain per organiser (R1), notes and
 * source (F1 003_77c600037372601a.txt 第3章(2); F2 001_9b5b631400e119ce.txt).
 *
 * @example
 * formSchema.parse({ id: 'kyosai', label: { ja: '共催', en: 'Co-hosting' }, synonyms: [],
 *   organisers: ['joint'], source: { document: '003_77c600037372601a.txt', section: '第3章(2)④', rule: 'F1' } })
 */
export const formSchema = z.lazy(() =>
  z.object({
    id: idSchema,
    label: bilingualSchema,
    /** Other names of the form seen in sheets (F3); matched tolerant of width, spaces, brackets. */
    synonyms: z.array(z.string().check(z.minLength(1))),
    /** Who may organise a project of this form; any other organiser is inconsistent (R2). */
    organisers: z.array(organiserSchema).check(z.minLength(1)),
    /**
     * Where `organisers` comes from: the plan (003 第3章(2)(3) says who organises each form; a
     * contradiction is then an error) or the municipality's choice. Absent: the plans do not say,
     * kyodo reads the organisers from the form's name (a contradiction is then a warning).
     */
    organisersSource: z.exactOptional(sourceSchema),
    /** The domain for each organiser (R1). */
    domains: z.exactOptional(domainByOrganiserSchema),
    /** What the form is, in the document's words. */
    description: z.exactOptional(bilingualSchema),
    notes: z.exactOptional(bilingualSchema),
    source: sourceSchema,
  }),
);

/** A form of cooperation (協働の形態) of a profile (RULES F1–F3). */
export type Form = z.infer<typeof formSchema>;

/**
 * A domain (協働の領域) of a profile: from the citizens' own activity to the city's own
 * responsibility, in `order` (1 = the citizens' side). `cooperation` is false for a domain
 * that is not cooperation (市民の領域: private activity). RULES R1; 003_77c600037372601a.txt 第3章(3).
 */
export const domainSchema = z.lazy(() =>
  z.object({
    id: idSchema,
    label: bilingualSchema,
    order: z.number().check(z.int()),
    cooperation: z.boolean(),
    description: z.exactOptional(bilingualSchema),
    source: sourceSchema,
  }),
);

/** A domain (協働の領域) of a profile (RULES R1). */
export type Domain = z.infer<typeof domainSchema>;

/**
 * What a 実施主体 written in a 地域づくり計画 means (RULES F2): a form of cooperation with the
 * city ('form', with the form id), the region's own work ('own-work': not a cooperation with
 * the city) or a proposal to the city ('proposal'). 002_5a3cd8c23b61ef14.txt (参考)「地域づくり計画書」の例.
 */
export const implementerSchema = z.lazy(() =>
  z.object({
    id: idSchema,
    label: bilingualSchema,
    /** Texts seen in the 実施主体 column: 協議会（市補助事業）, 市に提案, 各自治会 … */
    synonyms: z.array(z.string().check(z.minLength(1))),
    kind: z.enum(['form', 'own-work', 'proposal']),
    form: z.exactOptional(idSchema),
    notes: z.exactOptional(bilingualSchema),
    source: sourceSchema,
  }),
);

/** A 実施主体 of a profile (see implementerSchema). */
export type Implementer = z.output<typeof implementerSchema>;
