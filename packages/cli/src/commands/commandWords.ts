import type { Bilingual } from '@kyodo/core';

/** What was being read, when nothing says why it could not be. */
export function unreadableWords(prefix: string): Bilingual {
  return { ja: `${prefix}読めません`, en: `${prefix}cannot be read` };
}

/** The first problem of a failed read, and how many more there are. */
export function firstProblemWords(prefix: string, message: Bilingual, more: number): Bilingual {
  return {
    ja: `${prefix}${message.ja}${more > 0 ? ` (ほか ${more} 件)` : ''}`,
    en: `${prefix}${message.en}${more > 0 ? ` (and ${more} more)` : ''}`,
  };
}

/** An error kyodo did not expect: a bug, said as one. */
export function internalErrorWords(text: string): Bilingual {
  return {
    ja: `内部エラーが起きました (kyodo の不具合です): ${text}`,
    en: `internal error (a bug in kyodo): ${text}`,
  };
}

/** A command that does not exist, with the ones that do. */
export function unknownCommandWords(command: string, names: readonly string[]): Bilingual {
  return {
    ja: `「${command}」というコマンドはありません (${names.join(', ')})。kyodo --help で一覧を表示します`,
    en: `unknown command "${command}" (${names.join(', ')}); kyodo --help lists them`,
  };
}

/** A --format the command does not write: "text か json", or "a, b, c のどれか". */
export function formatChoiceWords(formats: readonly string[], given: string): Bilingual {
  if (formats.length === 2)
    return {
      ja: `--format は ${formats[0]} か ${formats[1]} です (${given})`,
      en: `--format is ${formats[0]} or ${formats[1]} (not ${given})`,
    };
  return {
    ja: `--format は ${formats.join(', ')} のどれかです (${given})`,
    en: `--format is one of ${formats.join(', ')} (not ${given})`,
  };
}
