/** The two languages of the add-on: Japanese first, English for other locales. */
export type Lang = 'ja' | 'en';

/**
 * The add-on's language for a user locale ('ja', 'ja_JP', 'en_US'): Japanese for Japanese and
 * for an unknown locale (the users are Japanese municipal staff), English otherwise.
 */
export function langOf(locale: string | null | undefined): Lang {
  if (!locale) return 'ja';
  return /^ja\b|^ja[_-]/i.test(locale) ? 'ja' : 'en';
}

/**
 * The language of the user running a handler, read inside the handler (never at load:
 * docs/addon.md "Apps Script facts"). Session may be unavailable (AuthMode.NONE): then Japanese.
 */
export function userLang(): Lang {
  try {
    return langOf(Session.getActiveUserLocale());
  } catch {
    return 'ja';
  }
}
