import type { Bilingual } from '@kyodo/core';
import type { Lang } from '../render/words.js';
import { unknownLangWords } from './langWords.js';
import { localeLang } from './localeLang.js';

/** The values --lang takes. */
export const langs: readonly Lang[] = ['ja', 'en', 'both'];

/**
 * The language staff output is in: `--lang ja|en|both` when given, else the locale's
 * (localeLang). A value --lang does not take is a bilingual message (the language is not known yet).
 *
 * @example
 * chooseLang(undefined, { LANG: 'en_US.UTF-8' }) //=> 'en'
 * chooseLang('both', { LANG: 'en_US.UTF-8' }) //=> 'both'
 */
export function chooseLang(
  given: string | undefined,
  env: Readonly<Record<string, string | undefined>>,
): Lang | Bilingual {
  if (given === undefined) return localeLang(env);
  const value = given.normalize('NFKC').trim().toLowerCase();
  const lang = langs.find((l) => l === value);
  if (lang !== undefined) return lang;
  return unknownLangWords(given, langs);
}
