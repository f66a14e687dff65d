import type { Framework } from './schema.js';

// PLACEHOLDER contract, to be replaced by the evaluation work (issue 4): the frameworks of
// RULES E for each built-in profile, which profiles/builtin composes.
export const builtinFrameworks: Readonly<Record<'ichinoseki' | 'toride' | 'plan-004', readonly Framework[]>> = {
  ichinoseki: [],
  toride: [],
  'plan-004': [],
};
