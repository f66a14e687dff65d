import { KyodoError } from '../problems/KyodoError.js';
import { textMessages } from './messages.js';

/**
 * The list a function was given (evaluations, rows, projects), each member a record — or a
 * KyodoError ('text.not-an-object') naming the argument or the member (`evaluations[3]`), never
 * a TypeError from a method of something that is not a list (internal; docs/security.md).
 */
export function requireList<T>(value: readonly T[], what: string): readonly T[] {
  if (!Array.isArray(value)) fail(what, value, 'リスト');
  value.forEach((member, index) => {
    if (member === null || typeof member !== 'object' || Array.isArray(member))
      fail(`${what}[${index}]`, member, 'オブジェクト');
  });
  return value;
}

function fail(what: string, value: unknown, expected: string): never {
  const received = value === null ? 'null' : Array.isArray(value) ? 'a list' : typeof value;
  throw new KyodoError([
    textMessages.problem('text.not-an-object', { what, received, expected }, { input: value }),
  ]);
}
