import type { Path } from '../problems/Problem.js';
import { err, ok, type Result } from '../problems/Result.js';
import { matchKey } from '../text/normalise.js';
import { evaluationMessages } from './messages.js';
import type { Level, Scale } from './schema.js';

/** Whether a cell or answer is blank: undefined, null, or only whitespace. */
export function isBlankAnswer(input: unknown): boolean {
  return input === undefined || input === null || (typeof input === 'string' && input.trim() === '');
}

/** The accepted spellings of a scale, for messages: 'A (4) 十分達成, B (3) 概ね達成, …'. */
export function acceptedSpellings(scale: Scale): string {
  return scale.levels.map((l) => `${l.spellings.join('/')}`).join(', ');
}

const indexes = new WeakMap<Scale, Map<string, Level>>();

/** The scale's levels by the matchKey of each spelling, built once per scale object. */
function spellingIndex(scale: Scale): Map<string, Level> {
  let index = indexes.get(scale);
  if (!index) {
    index = new Map();
    for (const level of scale.levels) {
      for (const spelling of level.spellings) {
        const key = matchKey(spelling);
        if (!index.has(key)) index.set(key, level);
      }
    }
    indexes.set(scale, index);
  }
  return index;
}

/**
 * Read one answer as a level of the scale (RULES E7): its letter, number or label as the scale
 * spells them, width and case folded (Ａ, ａ and A are one spelling; ４ is 4). A number cell
 * reads as its digits. A blank or a spelling the scale does not have is a problem with the
 * path and the accepted spellings.
 *
 * @example
 * parseLevel(defaultScale, 'Ｂ') //=> ok({ value: 3, label: { ja: '概ね達成', … }, … })
 * parseLevel(defaultScale, 'E').ok //=> false ('evaluation.level-unknown')
 */
export function parseLevel(scale: Scale, input: unknown, options: { path?: Path } = {}): Result<Level> {
  if (isBlankAnswer(input)) {
    const place = { path: options.path ?? [], input };
    return err(
      evaluationMessages.problem('evaluation.level-missing', { accepted: acceptedSpellings(scale) }, place),
    );
  }
  const text = typeof input === 'number' ? String(input) : typeof input === 'string' ? input : undefined;
  if (text !== undefined) {
    const level = spellingIndex(scale).get(matchKey(text));
    if (level) return ok(level);
  }
  const place = { path: options.path ?? [], input };
  const shown = text ?? (typeof input === 'object' ? JSON.stringify(input) : String(input));
  return err(
    evaluationMessages.problem(
      'evaluation.level-unknown',
      { text: shown, accepted: acceptedSpellings(scale) },
      place,
    ),
  );
}
