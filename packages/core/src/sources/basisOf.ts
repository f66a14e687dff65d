import type { Basis, Source } from './Source.js';

export { BASIS_LABELS } from './sourceWords.js';

/**
 * On what a cited value rests (RULES: where a document is silent, the entry says so and names
 * the default): the source's `basis`, else 'kyodo' for a kyodo default and 'plan' for a document.
 *
 * @example
 * basisOf({ document: 'kyodo', section: 'RULES C4', rule: 'C4' }) //=> 'kyodo'
 * basisOf({ document: '002_5a3cd8c23b61ef14.txt', section: '8-1-4 事業1' }) //=> 'plan'
 */
export function basisOf(source: Source): Basis {
  return source.basis ?? (source.document === 'kyodo' ? 'kyodo' : 'plan');
}

/** Every basis, the plan's first. */
export const BASES: readonly Basis[] = ['plan', 'kyodo', 'municipality'];
