import { getProfile, type Problem, type Profile } from '@kyodo/core';
import { AddonError } from '../errors/AddonError.js';
import { userLang } from '../i18n/lang.js';
import { documentProfile } from '../store/documentProfile.js';

/** The profile used when the document has not chosen one: the first built-in (一関市). */
export const DEFAULT_PROFILE = 'ichinoseki';

/** Up to three problems as one line, each with its path: 'forms.2.label.ja: …'. */
export function problemsText(problems: readonly Problem[], lang: 'ja' | 'en'): string {
  const shown = problems
    .slice(0, 3)
    .map((p) => (p.path.length > 0 ? `${p.path.join('.')}: ` : '') + p.message[lang]);
  const more = problems.length - shown.length;
  return shown.join(' / ') + (more > 0 ? (lang === 'ja' ? ` ほか ${more} 件` : ` and ${more} more`) : '');
}

/**
 * A built-in profile by id, or the document's own (kept in its hidden sheet _kyodo_profile) when
 * the id is its id; otherwise an AddonError said as a sentence.
 */
export function profileById(id: string): Profile {
  const builtin = getProfile(id);
  if (builtin.ok) return builtin.value;
  const own = documentProfile(SpreadsheetApp.getActiveSpreadsheet());
  if (own !== null && !own.ok)
    throw new AddonError('profileInvalid', { detail: problemsText(own.problems, userLang()) });
  if (own?.ok && own.value.id === id) return own.value;
  throw new AddonError('unknownProfile', { profile: id });
}
