import { KyodoError } from '../problems/KyodoError.js';
import { textMessages } from './messages.js';

/**
 * The text a function was given, or a KyodoError ('text.not-text') naming the argument — never
 * a TypeError from a method of something that is not a string (internal).
 */
export function requireText(value: unknown, what: string): string {
  if (typeof value === 'string') return value;
  const received = value === null ? 'null' : Array.isArray(value) ? 'a list' : typeof value;
  throw new KyodoError([textMessages.problem('text.not-text', { what, received }, { input: value })]);
}
