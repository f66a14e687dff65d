import { type ParseError, parse, printParseErrorCode } from 'jsonc-parser';
import { err, type Result } from '../problems/Result.js';
import { PROFILE_LIMITS } from './limits.js';
import { type LoadProfileOptions, loadProfile } from './loadProfile.js';
import { profileMessages } from './messages.js';
import type { Profile } from './schema.js';

/** jsonc-parser's error names, in words. */
const WHAT: Readonly<Record<string, string>> = {
  InvalidSymbol: 'an invalid character',
  InvalidNumberFormat: 'an invalid character',
  PropertyNameExpected: 'a property name was expected',
  ValueExpected: 'a value was expected',
  ColonExpected: 'a colon was expected',
  CommaExpected: 'a comma was expected',
  CloseBraceExpected: 'a closing bracket was expected',
  CloseBracketExpected: 'a closing bracket was expected',
  EndOfFileExpected: 'text after the end',
  InvalidCommentToken: 'a comment',
  UnexpectedEndOfComment: 'a comment',
  UnexpectedEndOfString: 'an unterminated string',
  UnexpectedEndOfNumber: 'unexpected end of text',
  InvalidUnicode: 'an invalid character',
  InvalidEscapeCharacter: 'an invalid character',
  InvalidCharacter: 'an invalid character',
};

/** Line and column (1-based, as an editor counts them) of an offset in text. */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      start = i + 1;
    }
  }
  return { line, column: offset - start + 1 };
}

/** Where JSON.parse failed, found by jsonc-parser (strict: no comments, no trailing comma). */
function syntaxError(text: string): { line: number; column: number; what: string } {
  const errors: ParseError[] = [];
  try {
    parse(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  } catch {
    // a text deep enough to exhaust the parser's stack: say where it starts
  }
  const first = errors[0];
  if (first === undefined) return { ...lineAndColumn(text, 0), what: 'an invalid character' };
  const atEnd = first.offset >= text.length;
  const name = printParseErrorCode(first.error);
  const trailing =
    (name === 'PropertyNameExpected' || name === 'ValueExpected') &&
    /,\s*$/.test(text.slice(0, first.offset));
  const what = atEnd
    ? 'unexpected end of text'
    : trailing
      ? 'a trailing comma'
      : (WHAT[name] ?? 'an invalid character');
  return { ...lineAndColumn(text, first.offset), what };
}

/**
 * Read a user's profile from its JSON text (a file, a pasted text, a sheet): refused in one
 * clear error when larger than PROFILE_LIMITS.maxChars or not valid JSON (the line and column,
 * and what was expected there), then read by loadProfile — which refuses keys such as
 * `__proto__`, nesting past the limit and an `extends` cycle or chain past the limit, each at
 * its path in the JSON, and warns of a misspelt key with the nearest known one. A byte order
 * mark is allowed. Nothing in a profile reaches beyond its own data (docs/security.md).
 *
 * @example
 * readProfileJson('{ "id": "x", "extends": "toride", }').ok //=> false ('profile.bad-json': line 1, column 34)
 */
export function readProfileJson(text: string, options: LoadProfileOptions = {}): Result<Profile> {
  if (typeof text !== 'string')
    return err(profileMessages.problem('profile.not-object', { received: typeof text }, { input: text }));
  if (text.length > PROFILE_LIMITS.maxChars)
    return err(
      profileMessages.problem('profile.too-large', { size: text.length, limit: PROFILE_LIMITS.maxChars }),
    );
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return err(profileMessages.problem('profile.bad-json', syntaxError(body)));
  }
  return loadProfile(json, options);
}
