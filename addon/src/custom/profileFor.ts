import { getProfile, type Profile, type Result } from '@kyodo/core';
import { documentProfile } from '../store/documentProfile.js';
import { isBlank } from './cells.js';

const cache = new Map<string, Result<Profile>>();

/**
 * The profile a custom function names (its last argument): a built-in, or the document's own
 * (hidden sheet _kyodo_profile), or the default when left out. Custom
 * functions run without authorisation and cannot read the document's settings, so the
 * profile comes in as an argument (docs/addon.md "Apps Script facts"). Memoised for the execution.
 */
export function profileFor(arg: unknown, fallback: string): Result<Profile> {
  const id = isBlank(arg) ? fallback : String(arg).trim();
  let found = cache.get(id);
  if (found === undefined) {
    found = getProfile(id);
    if (!found.ok) {
      // Not a built-in: the document's own profile, if it has that id (custom functions may read the sheet).
      try {
        const own = documentProfile(SpreadsheetApp.getActiveSpreadsheet());
        if (own !== null && (!own.ok || own.value.id === id)) found = own;
      } catch {
        // No spreadsheet to read (not bound): the built-in lookup's problem stands.
      }
    }
    cache.set(id, found);
  }
  return found;
}
