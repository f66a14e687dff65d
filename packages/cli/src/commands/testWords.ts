import type { Bilingual } from '@kyodo/core';

/** The fixed words of `kyodo test`. */
export const testWords = {
  noProfile: {
    ja: 'プロファイルとテストのファイルを指定してください (例: kyodo test mirai.json mirai-tests.yaml)',
    en: 'give the profile and the test files (e.g. kyodo test mirai.json mirai-tests.yaml)',
  },
} as const satisfies Readonly<Record<string, Bilingual>>;

/** A profile file with no tests of its own, when no test file is given. */
export function noBuiltinTestsWords(profile: string): Bilingual {
  return {
    ja: `テストのファイルを指定してください (${profile} は組み込みのテストを持ちません)`,
    en: `give the test files (${profile} carries no built-in tests)`,
  };
}

/** A problem of a test file: its prefix, message, line and (in Japanese) where the rule comes from. */
export function testProblemWords(pre: string, message: Bilingual, cite: string, line?: number): Bilingual {
  const ja = line === undefined ? '' : `（${line} 行目）`;
  const en = line === undefined ? '' : ` (line ${line})`;
  return { ja: `${pre}${message.ja}${ja}${cite}`, en: `${pre}${message.en}${en}` };
}
