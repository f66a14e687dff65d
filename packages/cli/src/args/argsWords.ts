import type { Bilingual } from '@kyodo/core';

/** Arguments util.parseArgs refuses for a reason parseArgs does not say itself. */
export function unreadableArgsWords(reason: string): Bilingual {
  return { ja: `引数を読めません: ${reason}`, en: `cannot read the arguments: ${reason}` };
}

/** An option typed with a full-width dash (－－, ー, —), as an IME writes it. */
export function fullWidthDashWords(arg: string): Bilingual {
  return {
    ja: `${arg} の先頭が全角のダッシュです。半角の「--」で書いてください`,
    en: `${arg} starts with a full-width dash: type it as "--"`,
  };
}

/** A switch given a value: --explain=yes. */
export function takesNoValueWords(name: string, value: string | undefined): Bilingual {
  return {
    ja: `--${name} は値をとりません (「=${value}」は不要です)`,
    en: `--${name} takes no value (drop "=${value}")`,
  };
}

/** An option whose value is missing. */
export function needsValueWords(name: string): Bilingual {
  return { ja: `--${name} には値が必要です`, en: `--${name} needs a value` };
}

/** An option given twice that is read once. */
export function givenTwiceWords(name: string, before: string, value: string): Bilingual {
  return {
    ja: `--${name} が2回指定されています (${before} と ${value})`,
    en: `--${name} is given twice (${before} and ${value})`,
  };
}

/** An option the command does not have, with the ones it has. */
export function unknownOptionWords(option: string, known: string): Bilingual {
  return {
    ja: `${option} というオプションはありません (使えるもの: ${known})`,
    en: `unknown option ${option} (known: ${known})`,
  };
}
