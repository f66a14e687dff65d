import { type Bilingual, formatFiscalYear, formatYen, type LimitedBy, type Yen } from '@kyodo/core';

/** The fixed words of `kyodo subsidy` (docs/cli.md "kyodo subsidy"). */
export const subsidyWords = {
  profileNeeded: {
    ja: '--profile を指定してください (--program が「ichinoseki/…」の形ならその前半を使います)',
    en: '--profile is required unless --program has the form "ichinoseki/…"',
  },
  settlementNeedsBoth: {
    ja: '精算には --advance (前金払の額) と --actual (実績の補助対象経費) の両方が必要です',
    en: 'settlement needs both --advance (the advance paid) and --actual (the actual eligible expense)',
  },
  notEligible: { ja: '判定: 対象外 — 交付額 0円', en: 'Not eligible — amount 0 yen' },
  howComputed: { ja: '計算の根拠:', en: 'How it was computed:' },
  nothingToSettle: { ja: '返還・追加交付なし', en: 'nothing to return or to pay' },
} as const satisfies Readonly<Record<string, Bilingual>>;

/**
 * What limited the amount (SubsidyResult.limitedBy), said after it. A fixed amount and the
 * income bound have no words here: their own step below says them.
 */
export const limitedByWords: Readonly<Partial<Record<NonNullable<LimitedBy> | 'granted', Bilingual>>> = {
  rate: { ja: '補助率で算定', en: 'set by the rate' },
  expense: { ja: '補助対象経費の全額', en: 'the whole eligible expense' },
  'annual-limit': { ja: '限度額で頭打ち', en: 'capped by the annual limit' },
  'cap-total': { ja: '通算の上限の残り', en: 'what is left of the total over the years' },
  granted: { ja: '交付決定額まで', en: 'capped by the granted amount' },
};

/** Words given where `kyodo subsidy` reads flags only. */
export function noPositionalsWords(positionals: readonly string[]): Bilingual {
  return {
    ja: `subsidy は位置引数をとりません (${positionals.join(' ')})。--expense などで指定してください`,
    en: `subsidy takes no positional arguments (${positionals.join(' ')}): use --expense and the like`,
  };
}

/** A flag the computation cannot go without. */
export function requiredFlagWords(name: string): Bilingual {
  return {
    ja: `--${name} を指定してください (必須です)。kyodo help subsidy で使い方を表示します`,
    en: `--${name} is required; kyodo help subsidy shows the usage`,
  };
}

/** A --prior not written 年度:金額. */
export function priorSyntaxWords(entry: string): Bilingual {
  return {
    ja: `--prior ${entry}: 「年度:金額」の形で書いてください (例: 令和5年度:30,000円)`,
    en: `--prior ${entry}: write it as FY:YEN (e.g. 2023:30000)`,
  };
}

/** The heading: the program and the fiscal year. */
export function programYearWords(names: Bilingual, id: string, fiscalYear: number): Bilingual {
  return {
    ja: `${names.ja} (${id}) ${formatFiscalYear(fiscalYear)}`,
    en: `${names.en} (${id}), fiscal year ${fiscalYear}`,
  };
}

/** The decision for an eligible recipient: the amount, and what limited it. */
export function eligibleWords(amount: Yen, limit: Bilingual | undefined): Bilingual {
  return {
    ja: `判定: 対象 — 交付額 ${formatYen(amount)}${limit === undefined ? '' : ` (${limit.ja})`}`,
    en: `Eligible — amount ${yenEn(amount)}${limit === undefined ? '' : ` (${limit.en})`}`,
  };
}

/**
 * One numbered step: the Japanese with its number and citation, the English under it, indented
 * to start where the Japanese sentence starts.
 */
export function stepWords(number: number, sentence: Bilingual, cite: string): Bilingual {
  return {
    ja: `${number}. ${sentence.ja}${cite}`,
    en: `${' '.repeat(String(number).length + 2)}${sentence.en}`,
  };
}

/** The settlement's line: the advance, the actual expense and the settled amount. */
export function settlementWords(advance: Yen, actualExpense: Yen, settled: Yen): Bilingual {
  return {
    ja: `精算 (前払額 ${formatYen(advance)}、実績の補助対象経費 ${formatYen(actualExpense)}): 確定額 ${formatYen(settled)}`,
    en: `Settlement (advance ${yenEn(advance)}, actual eligible expense ${yenEn(actualExpense)}): settled amount ${yenEn(settled)}`,
  };
}

/** What the recipient returns. */
export function refundWords(refund: Yen): Bilingual {
  return { ja: `返還額 ${formatYen(refund)}`, en: `to be returned: ${yenEn(refund)}` };
}

/** What is still to be paid to the recipient. */
export function furtherPaymentWords(further: Yen): Bilingual {
  return { ja: `追加交付額 ${formatYen(further)}`, en: `still to be paid: ${yenEn(further)}` };
}

/** Yen in English: 200,000 yen. */
function yenEn(n: Yen): string {
  return `${n.toLocaleString('en-US')} yen`;
}
