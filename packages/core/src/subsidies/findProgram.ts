import type { Problem } from '../problems/Problem.js';
import { err, ok, type Result } from '../problems/Result.js';
import { matchKey } from '../text/index.js';
import { requireObject } from '../text/requireObject.js';
import { requireText } from '../text/requireText.js';
import { subsidyMessages } from './messages.js';
import type { Program } from './schema.js';
import type { HasPrograms } from './types.js';

/** The names a program can be found by: its ID, the ID after the '/', its names and aliases. */
function keysOf(program: Program): string[] {
  const slash = program.id.indexOf('/');
  const keys = [program.id, program.names.ja, program.names.en, ...(program.names.aliases ?? [])];
  if (slash >= 0) keys.push(program.id.slice(slash + 1));
  return keys.map(matchKey);
}

/** Strip the quotes a name is often written in: 「地域協働体支援事業費補助金」, "事業4". */
function unquote(text: string): string {
  return text.trim().replace(/^[「『"“']+|[」』"”']+$/gu, '');
}

/**
 * Find a program of a profile by ID ('ichinoseki/kyodotai-shien', or 'kyodotai-shien'), by its
 * Japanese or English name or an alias ('地域協働体支援事業費補助金', '事業4'), tolerant of width,
 * spaces and quotes (text/matchKey; RULES S). An unknown name is 'subsidy.unknown-program'
 * listing the programs; a name shared by several programs is 'subsidy.ambiguous-program'.
 *
 * @example
 * unwrap(findProgram(unwrap(getProfile('ichinoseki')), '事業４')).id //=> 'ichinoseki/kyodotai-shien'
 */
export function findProgram(profile: HasPrograms, idOrName: string): Result<Program> {
  requireObject(profile, 'profile', ['programs']);
  requireText(idOrName, 'idOrName');
  const programs = profile.programs;
  const byId = programs.find((p) => p.id === idOrName);
  if (byId !== undefined) return ok(byId);
  const key = matchKey(unquote(idOrName));
  const matches = key === '' ? [] : programs.filter((p) => keysOf(p).includes(key));
  const first = matches[0];
  if (first !== undefined && matches.length === 1) return ok(first);
  let problem: Problem;
  if (matches.length > 1) {
    problem = subsidyMessages.problem(
      'subsidy.ambiguous-program',
      { query: idOrName, matches: matches.map((p) => `${p.id} ${p.names.ja}`).join(', ') },
      { input: idOrName },
    );
  } else {
    const known = programs.length === 0 ? '—' : programs.map((p) => `${p.id} ${p.names.ja}`).join(', ');
    problem = subsidyMessages.problem(
      'subsidy.unknown-program',
      { query: idOrName, known },
      { input: idOrName },
    );
  }
  return err(problem);
}
