/** The environment variables that name the locale, first set and non-empty wins (POSIX order). */
export const localeVariables = ['LC_ALL', 'LC_MESSAGES', 'LANG'] as const;

/**
 * The language of the locale: LC_ALL, then LC_MESSAGES, then LANG, the first one set and not
 * empty; `ja…` (ja_JP.UTF-8) is Japanese and `en…` (en_US.UTF-8) English. Anything else — none
 * set, `C`, `POSIX`, another language — is Japanese: the staff who read kyodo's output read
 * Japanese, and a machine left on `C` says nothing about its user (docs/cli.md 言語).
 */
export function localeLang(env: Readonly<Record<string, string | undefined>>): 'ja' | 'en' {
  for (const name of localeVariables) {
    const value = env[name];
    if (value === undefined || value === '') continue;
    const lower = value.toLowerCase();
    if (lower.startsWith('en')) return 'en';
    return 'ja';
  }
  return 'ja';
}
