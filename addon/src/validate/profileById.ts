import { getProfile, type Profile } from '@kyodo/core';
import { AddonError } from '../errors/AddonError.js';

/** The profile used when the document has not chosen one: the first built-in (一関市). */
export const DEFAULT_PROFILE = 'ichinoseki';

/** A built-in profile by id, or an AddonError 'unknownProfile' said as a sentence. */
export function profileById(id: string): Profile {
  const found = getProfile(id);
  if (!found.ok) throw new AddonError('unknownProfile', { profile: id });
  return found.value;
}
