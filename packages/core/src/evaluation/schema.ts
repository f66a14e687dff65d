import * as z from 'zod/mini';

// PLACEHOLDER contract, to be replaced by the evaluation work (issue 4): the schema of one
// evaluation framework as profile data. profiles/schema.ts composes it as `evaluation.frameworks`.
export const frameworkSchema = z.object({ id: z.string() });
export type Framework = z.infer<typeof frameworkSchema>;
