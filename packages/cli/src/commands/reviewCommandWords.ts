import type { Bilingual } from '@kyodo/core';

/** The fixed words of `kyodo review` (docs/cli.md "kyodo review"). */
export const reviewCommandWords = {
  oneFile: {
    ja: '審査集計表のファイルを 1 つ指定してください (例: kyodo review 審査集計.xlsx --budget 1,000,000円)',
    en: 'give one review workbook (e.g. kyodo review review.xlsx --budget 1000000)',
  },
} as const satisfies Readonly<Record<string, Bilingual>>;

/** A workbook none of whose sheets reads as a 審査集計表, with what its header needs. */
export function noReviewSheetWords(file: string, sheetNames: readonly string[]): Bilingual {
  const names = sheetNames.join(', ');
  return {
    ja: `${file} に審査集計表が見つかりません (シート: ${names})。見出しに「審査員」「事業名」と審査項目（公益性 など）、または委員ごとの列（委員A …）が必要です。--map シート名:kind=reviews で指定もできます`,
    en: `${file} has no review sheet (sheets: ${names}): its header needs 審査員, 事業名 and the criteria (公益性 …), or one column per reviewer (委員A …); or give it with --map SHEET:kind=reviews`,
  };
}

/** The ranking written to a file. */
export function reviewWrittenWords(out: string): Bilingual {
  return { ja: `審査結果を ${out} に書きました`, en: `wrote the review to ${out}` };
}
