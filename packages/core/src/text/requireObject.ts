import { KyodoError } from '../problems/KyodoError.js';
import { textMessages } from './messages.js';

/**
 * The record a function was given (a profile, a framework, an evaluation, options), with each
 * of `lists` checked to be a list — or a KyodoError ('text.not-an-object') naming the argument,
 * never a TypeError from reading a member of null or a number (internal; docs/security.md).
 * `undefined` is allowed where the argument is optional (`optional`).
 */
export function requireObject<T>(value: T, what: string, lists: readonly string[] = [], optional = false): T {
  if (value === undefined && optional) return value;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) fail(what, value, 'オブジェクト');
  for (const name of lists) {
    const member = (value as Record<string, unknown>)[name];
    if (!Array.isArray(member)) fail(`${what}.${name}`, member, 'リスト');
  }
  return value;
}

function fail(what: string, value: unknown, expected: string): never {
  const received = value === null ? 'null' : Array.isArray(value) ? 'a list' : typeof value;
  throw new KyodoError([
    textMessages.problem('text.not-an-object', { what, received, expected }, { input: value }),
  ]);
}
