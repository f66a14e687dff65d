import type { Lang } from '../i18n/lang.js';
import { t } from '../i18n/strings.js';

/**
 * A sentence for an error, in the user's language, never a stack trace (docs/addon.md "Troubleshooting"). Recognises
 * what Apps Script says when several Google accounts are signed in (PERMISSION_DENIED while
 * reading from storage), a missing authorisation and the 6-minute limit. Shared by the
 * server handlers and the sidebar's failure handler.
 */
export function describeError(error: unknown, lang: Lang): string {
  const message =
    error && typeof error === 'object' && 'message' in error
      ? String((error as { message: unknown }).message)
      : String(error);
  if (
    /PERMISSION_DENIED|reading from storage|multiple accounts|NetworkError: Connection failure due to HTTP 403/i.test(
      message,
    )
  )
    return t(lang, 'authorisation');
  if (
    /Authori[sz]ation is required|You do not have permission to call|not authori[sz]ed|ScriptError: Authorization/i.test(
      message,
    )
  )
    return t(lang, 'authorisationNeeded');
  if (/Exceeded maximum execution time|execution time/i.test(message)) return t(lang, 'timeout');
  if (/protected cell|protected range|protected sheet|保護され/i.test(message))
    return t(lang, 'protectedCells');
  const detail = message.replace(/^(Script)?Error:\s*/, '').split('\n')[0] ?? '';
  return t(lang, 'unexpected', { detail: detail.slice(0, 200) });
}
