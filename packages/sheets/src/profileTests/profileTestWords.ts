import type { Bilingual } from '@kyodo/core';

/** What a part of a test file was expected to be, as a bad file's problem says it. */
export const TYPES: Readonly<Record<string, { en: string; ja: string }>> = {
  string: { en: 'text', ja: '文字列' },
  number: { en: 'a number', ja: '数値' },
  int: { en: 'a whole number', ja: '整数' },
  boolean: { en: 'true or false', ja: '真偽値（true か false）' },
  array: { en: 'a list (- …)', ja: '一覧（- …）' },
  object: { en: 'a mapping (key: value)', ja: '「キー: 値」の組' },
  record: { en: 'a mapping (key: value)', ja: '「キー: 値」の組' },
  null: { en: 'null', ja: 'null' },
};

/** A test's evaluation framework that the profile does not have. */
export function noFrameworkWords(profile: string, framework: string, known: readonly string[]): Bilingual {
  return {
    ja: `プロファイル「${profile}」に評価の枠組み「${framework}」がありません（あるもの: ${known.join(', ') || 'なし'}）`,
    en: `profile "${profile}" has no evaluation framework "${framework}" (known: ${known.join(', ') || 'none'})`,
  };
}

/** How an evaluation test's score came about: each item's level, then the mean. */
export function evaluationWords(
  label: Bilingual,
  levels: Readonly<Record<string, unknown>>,
  itemLabels: ReadonlyMap<string, string>,
  mean: number | null | undefined,
): Bilingual {
  return {
    ja: `評価の枠組み「${label.ja}」: ${Object.entries(levels)
      .map(([id, v]) => `${itemLabels.get(id) ?? id} ${v}`)
      .join('、')} → 平均 ${mean ?? '（回答なし）'}`,
    en: `framework "${label.en}": ${Object.entries(levels)
      .map(([id, v]) => `${id} ${v}`)
      .join(', ')} → mean ${mean ?? '(none answered)'}`,
  };
}

/** One application of a review test: its rank and award. */
export function rankedWords(a: {
  readonly application: string;
  readonly name?: string | undefined;
  readonly rank: number;
  readonly award: number;
}): Bilingual {
  return {
    ja: `■ ${a.application}${a.name === undefined ? '' : ` ${a.name}`}: ${a.rank} 位、交付額 ${a.award.toLocaleString('ja-JP')}円`,
    en: `■ ${a.application}${a.name === undefined ? '' : ` ${a.name}`}: rank ${a.rank}, award ${a.award.toLocaleString('en-US')} yen`,
  };
}

/** An issue a sheet test found, at its cell or on the whole sheet. */
export function issueWords(cell: string | null | undefined, message: Bilingual): Bilingual {
  return { ja: `${cell ?? '（シート全体）'} ${message.ja}`, en: `${cell ?? '(whole sheet)'} ${message.en}` };
}

/** A step of a computation, numbered, with its citation in the Japanese line. */
export function stepWords(n: number, sentence: Bilingual, cited: string): Bilingual {
  return { ja: `${n}. ${sentence.ja} [${cited}]`, en: `${n}. ${sentence.en}` };
}

/** When no problem says why. */
export const UNKNOWN: Bilingual = { ja: '不明', en: 'unknown' };
