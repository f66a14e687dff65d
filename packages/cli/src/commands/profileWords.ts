import type { Bilingual, ReviewFramework } from '@kyodo/core';

/** The words of `kyodo profiles` and `kyodo profile show`. */
export const profileWords = {
  showUsage: {
    ja: '使い方: kyodo profile show ID (例: kyodo profile show ichinoseki)',
    en: 'usage: kyodo profile show ID (e.g. kyodo profile show ichinoseki)',
  },
  builtIn: { ja: '組み込みのプロファイル', en: 'Built-in profiles' },
  showOne: { ja: 'kyodo profile show ID で内容を表示します', en: 'kyodo profile show ID shows one profile' },
  sources: { ja: '出典', en: 'Sources' },
  forms: { ja: '協働の形態', en: 'Forms' },
  also: { ja: '別名', en: 'also' },
  programs: { ja: '補助事業', en: 'Programs' },
  years: { ja: '年度', en: 'years' },
  yearsNotSet: { ja: '年度: 未設定', en: 'years: not set' },
  rate: { ja: '補助率', en: 'rate' },
  rateNotSet: { ja: '補助率: 未設定', en: 'rate: not set' },
  rateEnded: { ja: '補助率: 終了', en: 'rate: ended' },
  limit: { ja: '限度額', en: 'limit' },
  limitNotSet: { ja: '限度額: 未設定', en: 'limit: not set' },
  limitEnded: { ja: '限度額: 終了', en: 'limit: ended' },
  noLimit: { ja: '限度額なし', en: 'no limit' },
  overTheYears: { ja: '通算', en: 'over the years' },
  evaluationFrameworks: { ja: '評価の枠組み', en: 'Evaluation frameworks' },
  scale: { ja: '尺度', en: 'scale' },
  reviewFrameworks: { ja: '審査の基準', en: 'Review frameworks' },
  notSet: { ja: '未設定', en: 'not set' },
  criteria: { ja: '審査項目', en: 'criteria' },
  combine: { ja: '合わせ方', en: 'combine' },
  threshold: { ja: '採択基準', en: 'threshold' },
  conflict: { ja: '利害関係', en: 'conflict' },
  ties: { ja: '同点', en: 'ties' },
  budgetShort: { ja: '予算不足', en: 'budget short' },
  headerAliases: { ja: '見出しの別名', en: 'Header aliases' },
  missingMarkers: { ja: '欠損の印', en: 'Missing-value markers' },
} as const satisfies Readonly<Record<string, Bilingual>>;

/** "形態 7、補助事業 4、評価の枠組み 1" / "7 forms, 4 programs, 1 evaluation framework". */
export function profileCountsWords(forms: number, programs: number, frameworks: number): Bilingual {
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return {
    ja: `形態 ${forms}、補助事業 ${programs}、評価の枠組み ${frameworks}`,
    en: `${plural(forms, 'form')}, ${plural(programs, 'program')}, ${plural(frameworks, 'evaluation framework')}`,
  };
}

/** A review framework's threshold: points, or a share of the maximum. */
export function thresholdWords(threshold: NonNullable<ReviewFramework['threshold']>): Bilingual {
  if (threshold.kind === 'points')
    return { ja: `${threshold.value} 点以上`, en: `at least ${threshold.value} points` };
  const share = `${threshold.value.numerator}/${threshold.value.denominator}`;
  return { ja: `満点の ${share} 以上`, en: `${share} of the maximum` };
}

/** `kyodo profiles` given an argument: how to show one profile instead. */
export function noArgumentsWords(given: string | undefined): Bilingual {
  return {
    ja: `profiles は引数をとりません。1 つを表示するには kyodo profile show ${given}`,
    en: `profiles takes no arguments; to show one: kyodo profile show ${given}`,
  };
}
