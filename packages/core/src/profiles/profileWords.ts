import type { Bilingual } from '../problems/Problem.js';

/** The parts of a profile a reference names, as a problem says them. */
export const PROFILE_PARTS = {
  domain: { en: 'domain', ja: '領域' },
  actor: { en: 'actor', ja: '主体' },
  form: { en: 'form', ja: '形態' },
  evaluationFramework: { en: 'evaluation framework', ja: '評価の枠組み' },
  reviewFramework: { en: 'review framework', ja: '審査の基準' },
  program: { en: 'program', ja: '補助事業' },
} as const satisfies Readonly<Record<string, Bilingual>>;

/** What a property of a profile was expected to be, as a problem says it. */
export const TYPES: Record<string, { en: string; ja: string }> = {
  string: { en: 'a text', ja: '文字列' },
  number: { en: 'a number', ja: '数値' },
  int: { en: 'a whole number', ja: '整数' },
  boolean: { en: 'true or false', ja: 'true か false' },
  array: { en: 'a list [ … ]', ja: '配列 [ … ]' },
  object: { en: 'an object { … }', ja: 'オブジェクト { … }' },
  record: { en: 'an object { … }', ja: 'オブジェクト { … }' },
};

/** The forms a text of a profile must have. */
export const FORMAT_WORDS = {
  id: {
    en: "an id of ASCII letters, digits, '-', '_', '.', '/' (e.g. jikko-iinkai)",
    ja: '英数字と - _ . / からなるid（例: jikko-iinkai）',
  },
  localGovernmentCode: { en: '6 digits (地方公共団体コード)', ja: '6桁の数字（地方公共団体コード）' },
} as const satisfies Readonly<Record<string, Bilingual>>;

/** The keys a schema does not know, in one text for both languages. */
export function unknownKeysDetail(keys: readonly string[]): string {
  return `unknown keys / 不明なキー: ${keys.join(', ')}`;
}
