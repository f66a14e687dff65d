import type { Bilingual, Problem } from '@kyodo/core';
import { firstProblemWords, unreadableWords } from './commandWords.js';

/**
 * One bilingual message from the problems of a failed Result, prefixed with what was being
 * read (`--expense`, a file name): the first error, and how many more there are.
 */
export function problemText(problems: readonly Problem[], prefix?: string): Bilingual {
  const first = problems.find((p) => p.severity === 'error') ?? problems[0];
  const more = problems.length - 1;
  const pre = prefix === undefined ? '' : `${prefix}: `;
  if (first === undefined) return unreadableWords(pre);
  return firstProblemWords(pre, first.message, more);
}
