import type { Program } from './schema.js';

// PLACEHOLDER contract, to be replaced by the subsidies work (issue 3): the programs of
// RULES S for each built-in profile, which profiles/builtin composes.
export const builtinPrograms: Readonly<Record<'ichinoseki' | 'toride' | 'plan-004', readonly Program[]>> = {
  ichinoseki: [],
  toride: [],
  'plan-004': [],
};
