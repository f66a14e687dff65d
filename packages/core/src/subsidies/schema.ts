import * as z from 'zod/mini';

// PLACEHOLDER contract, to be replaced by the subsidies work (issue 3): the schema of one
// support program as profile data. profiles/schema.ts composes it as `programs`.
export const programSchema = z.object({ id: z.string() });
export type Program = z.infer<typeof programSchema>;
