import { getProfile, type Profile, type Result } from '@kyodo/core';
import { isBlank } from './cells.js';

const cache = new Map<string, Result<Profile>>();

/**
 * The built-in profile a custom function names (its last argument), or the default. Custom
 * functions run without authorisation and cannot read the document's settings, so the
 * profile comes in as an argument (APPS_SCRIPT.md "Limits"). Memoised for the execution.
 */
export function profileFor(arg: unknown, fallback: string): Result<Profile> {
  const id = isBlank(arg) ? fallback : String(arg).trim();
  let found = cache.get(id);
  if (found === undefined) {
    found = getProfile(id);
    cache.set(id, found);
  }
  return found;
}
