import type { Rate } from '../money/types.js';
import type { Bilingual } from '../problems/Problem.js';
import { BASIS_LABELS } from '../sources/basisOf.js';
import { dateJa, fyEn, fyJa, periodEn, periodJa, rateText, yenEn, yenJa } from './format.js';
import type { StepKind, StepValue } from './types.js';

// The sentences of a subsidy computation's steps (docs/contributing.md "Conventions": text in
// words tables): rendered from a step's kind and inputs when it is read.

/** A step's inputs, by name. */
export type Inputs = Readonly<Record<string, StepValue>>;

const num = (v: StepValue | undefined): number => (typeof v === 'number' ? v : 0);
const str = (v: StepValue | undefined): string => (typeof v === 'string' ? v : '');
const optNum = (v: StepValue | undefined): number | undefined => (typeof v === 'number' ? v : undefined);
const rateOf = (v: StepValue | undefined): Rate =>
  typeof v === 'object' && v !== null ? v : { numerator: 0, denominator: 1 };

/** Words that change with the kind of program: 補助金 / 交付金 / 人的支援. */
export function termsOf(kind: string): {
  baseJa: string;
  baseEn: string;
  amountJa: string;
  amountEn: string;
} {
  if (kind === 'grant')
    return { baseJa: '交付対象経費', baseEn: 'Eligible expense', amountJa: '交付額', amountEn: 'grant' };
  if (kind === 'staff')
    return { baseJa: '支援対象経費', baseEn: 'Eligible cost', amountJa: '支援額', amountEn: 'support' };
  return { baseJa: '補助対象経費', baseEn: 'Eligible expense', amountJa: '補助金額', amountEn: 'subsidy' };
}

const UNIT_JA: Record<number, string> = { 1: '円', 10: '10円', 100: '100円', 1000: '千円' };

/** '円未満切り捨て' / 'truncated below 1 yen'. */
export function roundingText(mode: string, unit: number): Bilingual {
  const u = UNIT_JA[unit] ?? `${unit}円`;
  const uEn = yenEn(unit);
  if (mode === 'half-up') return { ja: `${u}未満四捨五入`, en: `rounded half up to ${uEn}` };
  if (mode === 'ceil') return { ja: `${u}未満切り上げ`, en: `rounded up to ${uEn}` };
  return { ja: `${u}未満切り捨て`, en: `truncated below ${uEn}` };
}

/** A step's sentence in Japanese and English, from its kind, inputs and result. */
export function renderStep(kind: StepKind, i: Inputs, result: StepValue): Bilingual {
  switch (kind) {
    case 'years': {
      const fy = num(i.fiscalYear);
      const from = num(i.from);
      const to = optNum(i.to);
      return result
        ? {
            ja: `${fyJa(fy)}は実施年度（${periodJa(from, to)}）の内`,
            en: `${fyEn(fy)} is within the program years (${periodEn(from, to)})`,
          }
        : {
            ja: `${fyJa(fy)}は実施年度（${periodJa(from, to)}）の外 → 対象外`,
            en: `${fyEn(fy)} is outside the program years (${periodEn(from, to)}) → not eligible`,
          };
    }
    case 'applicant': {
      const type = i.applicantType;
      if (typeof type !== 'string')
        return {
          ja: `申請者の種別の指定なし → ${str(i.expectedJa)}として計算`,
          en: `applicant type not given → computed as ${str(i.expectedEn)}`,
        };
      return result
        ? {
            ja: `申請者の種別「${type}」は対象（${str(i.expectedJa)}）`,
            en: `applicant type "${type}" is supported (${str(i.expectedEn)})`,
          }
        : {
            ja: `申請者の種別「${type}」は対象外（対象：${str(i.expectedJa)}）`,
            en: `applicant type "${type}" is not supported (supported: ${str(i.expectedEn)})`,
          };
    }
    case 'founded-by': {
      const founded = str(i.founded);
      const deadline = str(i.deadline);
      return result
        ? {
            ja: `${str(i.whatJa)} ${dateJa(founded)} ≦ 期限 ${dateJa(deadline)} → 対象`,
            en: `${str(i.whatEn)} on ${founded} ≤ deadline ${deadline} → eligible`,
          }
        : {
            ja: `${str(i.whatJa)} ${dateJa(founded)} > 期限 ${dateJa(deadline)} → 対象外`,
            en: `${str(i.whatEn)} on ${founded} > deadline ${deadline} → not eligible`,
          };
    }
    case 'before-plan-adopted': {
      const fy = num(i.fiscalYear);
      const adopted = i.planAdopted;
      if (typeof adopted !== 'string')
        return {
          ja: `${str(i.whatJa)}の日付の指定なし → 未策定として対象`,
          en: `no date given for ${str(i.whatEn)} → treated as not adopted yet: eligible`,
        };
      if (!result)
        return {
          ja: `${str(i.whatJa)} ${dateJa(adopted)} は${fyJa(fy)}の開始より前 → 対象外`,
          en: `${str(i.whatEn)} on ${adopted} is before ${fyEn(fy)} starts → not eligible`,
        };
      if (adopted <= str(i.fiscalYearEnd))
        return {
          ja: `${str(i.whatJa)} ${dateJa(adopted)} は${fyJa(fy)}中 → 策定日までの活動の経費が対象`,
          en: `${str(i.whatEn)} on ${adopted} is during ${fyEn(fy)} → expenses until then are eligible`,
        };
      return {
        ja: `${str(i.whatJa)} ${dateJa(adopted)} は${fyJa(fy)}の後 → 対象`,
        en: `${str(i.whatEn)} on ${adopted} is after ${fyEn(fy)} → eligible`,
      };
    }
    case 'base': {
      const t = termsOf(str(i.kind));
      const inel = optNum(i.ineligibleExpense);
      const base = num(result);
      const income = optNum(i.income);
      if (income !== undefined)
        return {
          ja: `${t.baseJa} ${yenJa(num(i.eligibleExpense))} − 事業収入 ${yenJa(income)} = ${yenJa(base)}${inel === undefined ? '' : `（対象外経費 ${yenJa(inel)} は含めない）`}`,
          en: `${t.baseEn} ${yenEn(num(i.eligibleExpense))} − project income ${yenEn(income)} = ${yenEn(base)}${inel === undefined ? '' : ` (ineligible expense ${yenEn(inel)} not included)`}`,
        };
      return inel === undefined
        ? { ja: `${t.baseJa} ${yenJa(base)}`, en: `${t.baseEn} ${yenEn(base)}` }
        : {
            ja: `${t.baseJa} ${yenJa(base)}（対象外経費 ${yenJa(inel)} は含めない）`,
            en: `${t.baseEn} ${yenEn(base)} (ineligible expense ${yenEn(inel)} not included)`,
          };
    }
    case 'rate': {
      const t = termsOf(str(i.kind));
      const r = rateText(rateOf(i.rate));
      const round = roundingText(str(i.roundingMode), num(i.roundingUnit));
      // The rounding is the plan's only where the plan says it: kyodo's default or the
      // municipality's choice is named as such, never shown under the rate's citation (C4).
      const basis = i.roundingBasis;
      const whose = basis === 'kyodo' || basis === 'municipality' ? BASIS_LABELS[basis] : undefined;
      const award = optNum(i.award);
      const awardJa = award === undefined ? '' : `${award}回目の交付の補助率 `;
      const awardEn = award === undefined ? '' : `rate of award ${award}: `;
      return {
        ja: `${t.baseJa} ${yenJa(num(i.base))} × ${awardJa}${r} = ${yenJa(num(result))}（${round.ja}${whose === undefined ? '' : `：${whose.ja}`}）`,
        en: `${t.baseEn} ${yenEn(num(i.base))} × ${awardEn}${r} = ${yenEn(num(result))} (${round.en}${whose === undefined ? '' : `: ${whose.en}`})`,
      };
    }
    case 'fixed': {
      const t = termsOf(str(i.kind));
      const fixed = num(i.fixed);
      const base = num(i.base);
      return base < fixed
        ? {
            ja: `定額 ${yenJa(fixed)} > ${t.baseJa} ${yenJa(base)} → ${yenJa(base)}`,
            en: `fixed amount ${yenEn(fixed)} > ${t.baseEn.toLowerCase()} ${yenEn(base)} → ${yenEn(base)}`,
          }
        : { ja: `定額 ${yenJa(fixed)}`, en: `fixed amount ${yenEn(fixed)}` };
    }
    case 'income-bound': {
      const t = termsOf(str(i.kind));
      const before = num(i.amount);
      const bound = num(i.bound);
      const head = {
        ja: `${t.baseJa} ${yenJa(num(i.eligibleExpense))} − 事業収入 ${yenJa(num(i.income))} = ${yenJa(bound)}`,
        en: `${t.baseEn} ${yenEn(num(i.eligibleExpense))} − project income ${yenEn(num(i.income))} = ${yenEn(bound)}`,
      };
      return before > bound
        ? {
            ja: `${head.ja}；${yenJa(before)} → ${yenJa(bound)}`,
            en: `${head.en}; ${yenEn(before)} → ${yenEn(bound)}`,
          }
        : {
            ja: `${head.ja} ≧ ${yenJa(before)} → ${yenJa(before)}`,
            en: `${head.en} ≥ ${yenEn(before)} → ${yenEn(before)}`,
          };
    }
    case 'annual-limit': {
      const before = num(i.amount);
      const perJa = str(i.perJa);
      const perEn = str(i.perEn);
      if (i.limit === 'none')
        return {
          ja: `限度額の定めなし → ${yenJa(before)}`,
          en: `no limit per fiscal year → ${yenEn(before)}`,
        };
      const limit = num(i.limit);
      const whoJa = perJa === '' ? '単年度' : `${perJa} 単年度`;
      const whoEn = perEn === '' ? 'per fiscal year' : `${perEn}, per fiscal year`;
      return before > limit
        ? {
            ja: `${yenJa(before)} → 限度額 ${yenJa(limit)}（${whoJa}）`,
            en: `${yenEn(before)} → limit ${yenEn(limit)} (${whoEn})`,
          }
        : {
            ja: `${yenJa(before)} ≦ 限度額 ${yenJa(limit)}（${whoJa}）→ ${yenJa(before)}`,
            en: `${yenEn(before)} ≤ limit ${yenEn(limit)} (${whoEn}) → ${yenEn(before)}`,
          };
    }
    case 'cap-years': {
      const years = str(i.paidYears)
        .split(',')
        .filter((s) => s !== '')
        .map(Number);
      const listJa = years.length === 0 ? 'なし' : years.map(fyJa).join('・');
      const listEn = years.length === 0 ? 'none' : years.map(fyEn).join(', ');
      const max = num(i.maxYears);
      return result
        ? {
            ja: `交付済みの年度 ${years.length}箇年（${listJa}）< 上限 ${max}箇年 → 交付可`,
            en: `fiscal years with payments ${years.length} (${listEn}) < at most ${max} → may be paid`,
          }
        : {
            ja: `交付済みの年度 ${years.length}箇年（${listJa}）＝ 上限 ${max}箇年 → 対象外`,
            en: `fiscal years with payments ${years.length} (${listEn}) = at most ${max} → not eligible`,
          };
    }
    case 'cap-total': {
      const before = num(i.amount);
      const total = num(i.total);
      const paid = num(i.paid);
      const remaining = num(i.remaining);
      const head = {
        ja: `総額上限 ${yenJa(total)} − 交付済み ${yenJa(paid)} = 残額 ${yenJa(remaining)}`,
        en: `total cap ${yenEn(total)} − paid ${yenEn(paid)} = ${yenEn(remaining)} left`,
      };
      return before > remaining
        ? {
            ja: `${head.ja}；${yenJa(before)} → ${yenJa(remaining)}`,
            en: `${head.en}; ${yenEn(before)} → ${yenEn(remaining)}`,
          }
        : {
            ja: `${head.ja} ≧ ${yenJa(before)} → ${yenJa(before)}`,
            en: `${head.en} ≥ ${yenEn(before)} → ${yenEn(before)}`,
          };
    }
    case 'amount':
      return renderAmount(i, num(result));
    case 'granted': {
      const computed = num(i.computed);
      const granted = num(i.granted);
      return computed > granted
        ? {
            ja: `実績による額 ${yenJa(computed)} > 交付決定額 ${yenJa(granted)} → 精算額 ${yenJa(granted)}`,
            en: `amount from actual expense ${yenEn(computed)} > granted ${yenEn(granted)} → settled ${yenEn(granted)}`,
          }
        : {
            ja: `実績による額 ${yenJa(computed)} ≦ 交付決定額 ${yenJa(granted)} → 精算額 ${yenJa(computed)}`,
            en: `amount from actual expense ${yenEn(computed)} ≤ granted ${yenEn(granted)} → settled ${yenEn(computed)}`,
          };
    }
    case 'advance': {
      // The words of the text that allows it (002 8-1-4 事業1 「前金払い可」), when the source has them.
      const words = str(i.words);
      return {
        ja: `前払額 ${yenJa(num(i.advance))} は認められた前金払${words === '' ? '' : `（「${words}」）`} → 精算する`,
        en: `advance ${yenEn(num(i.advance))} is allowed${words === '' ? '' : ` ("${words}")`} → settled`,
      };
    }
    case 'settlement': {
      const settled = num(i.settled);
      const advance = num(i.advance);
      const diff = num(result);
      if (i.direction === 'refund')
        return {
          ja: `前払額 ${yenJa(advance)} − 精算額 ${yenJa(settled)} = 返還額 ${yenJa(diff)}`,
          en: `advance ${yenEn(advance)} − settled ${yenEn(settled)} = refund ${yenEn(diff)}`,
        };
      if (i.direction === 'further-payment')
        return {
          ja: `精算額 ${yenJa(settled)} − 前払額 ${yenJa(advance)} = 追加交付額 ${yenJa(diff)}`,
          en: `settled ${yenEn(settled)} − advance ${yenEn(advance)} = further payment ${yenEn(diff)}`,
        };
      return {
        ja: `精算額 ${yenJa(settled)} ＝ 前払額 ${yenJa(advance)} → 返還・追加交付なし`,
        en: `settled ${yenEn(settled)} = advance ${yenEn(advance)} → no refund, no further payment`,
      };
    }
  }
}

/** The chain: 補助対象経費 360,000円 × 2/3 = 240,000円 → 限度額 200,000円 → 補助金額 200,000円. */
function renderAmount(i: Inputs, amount: number): Bilingual {
  const t = termsOf(str(i.kind));
  if (i.eligible === false)
    return {
      ja: `対象外のため${t.amountJa} 0円（該当なし）`,
      en: `not eligible: ${t.amountEn} 0 yen (not applicable)`,
    };
  let ja: string;
  let en: string;
  if (i.rate === null && typeof i.fixed === 'number') {
    ja = `定額 ${yenJa(i.fixed)}`;
    en = `fixed amount ${yenEn(i.fixed)}`;
    if (num(i.rateAmount) < i.fixed) {
      ja += ` → ${t.baseJa} ${yenJa(num(i.rateAmount))}`;
      en += ` → ${t.baseEn.toLowerCase()} ${yenEn(num(i.rateAmount))}`;
    }
  } else {
    const r = rateText(rateOf(i.rate));
    ja = `${t.baseJa} ${yenJa(num(i.base))} × ${r} = ${yenJa(num(i.rateAmount))}`;
    en = `${t.baseEn} ${yenEn(num(i.base))} × ${r} = ${yenEn(num(i.rateAmount))}`;
  }
  if (typeof i.incomeBound === 'number') {
    ja += ` → 事業収入を除いた額 ${yenJa(i.incomeBound)}`;
    en += ` → ${yenEn(i.incomeBound)} net of project income`;
  }
  const limitedBy = i.limitedBy;
  if (limitedBy === 'annual-limit') {
    ja += ` → 限度額 ${yenJa(num(i.annualLimit))}`;
    en += ` → limit ${yenEn(num(i.annualLimit))}`;
  } else if (limitedBy === 'cap-total') {
    ja += ` → 総額上限の残額 ${yenJa(num(i.capRemaining))}`;
    en += ` → ${yenEn(num(i.capRemaining))} left of the total cap`;
  }
  return { ja: `${ja} → ${t.amountJa} ${yenJa(amount)}`, en: `${en} → ${t.amountEn} ${yenEn(amount)}` };
}
