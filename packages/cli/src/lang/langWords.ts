import type { Bilingual } from '@kyodo/core';

/** A --lang value that is not one of the languages (said in both: the language is not known yet). */
export function unknownLangWords(given: string, langs: readonly string[]): Bilingual {
  return {
    ja: `--lang は ${langs.join('、')} のどれかです (${given})`,
    en: `--lang is one of ${langs.join(', ')} (not ${given})`,
  };
}
