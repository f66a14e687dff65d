import type { Bilingual } from '@kyodo/core';

/** The fixed words of `kyodo report`. */
export const summaryWords = {
  noFiles: {
    ja: 'まとめるファイルを指定してください (例: kyodo report 評価シート.xlsx --out 評価結果.html)',
    en: 'give the file(s) to summarise (e.g. kyodo report evaluations.xlsx --out report.html)',
  },
} as const satisfies Record<string, Bilingual>;

/** The publication summary written to a file. */
export function summaryWrittenWords(out: string): Bilingual {
  return { ja: `公表用のまとめを ${out} に書きました`, en: `wrote the publication summary to ${out}` };
}
