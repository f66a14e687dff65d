import type { Bilingual } from '@kyodo/core';

/** Arguments util.parseArgs refuses for a reason parseArgs does not say itself. */
export function unreadableArgsWords(reason: string): Bilingual {
  return { ja: `引数を読めません: ${reason}`, en: `cannot read the arguments: ${reason}` };
}
