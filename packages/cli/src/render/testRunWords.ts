import type { Bilingual } from '@kyodo/core';

/** The fixed words of kyodo test's report. */
export const TEST_RUN_WORDS = {
  howComputed: { ja: '計算の根拠:', en: 'How kyodo computed it:' },
} as const satisfies Readonly<Record<string, Bilingual>>;

/** A failed expectation: what was expected and what came out. */
export function failureWords(path: string, expected: string, actual: string): Bilingual {
  return {
    ja: `${path}: 期待 ${expected}、実際 ${actual}`,
    en: `${path}: expected ${expected}, got ${actual}`,
  };
}
