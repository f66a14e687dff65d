import { formatYen } from '../money/formatYen.js';
import type { Yen } from '../money/types.js';
import type { Bilingual } from '../problems/Problem.js';
import { pointsText } from './_exact.js';

// The sentences of a review's steps, Japanese and English (docs/contributing.md "Conventions":
// text in words tables).

const pt = pointsText;
const yenEn = (n: Yen) => `${n.toLocaleString('en-US')} yen`;

/** One part of a reviewer's total: 公益性 8 or 公益性 8×2. */
export interface Part {
  readonly labelJa: string;
  readonly labelEn: string;
  readonly points: number;
  readonly weight: number | null;
}

/** 委員A: 公益性 8×2 + 実現性 7 = 23 点. */
export function reviewerSentence(reviewer: string, parts: readonly Part[] | null, total: number): Bilingual {
  if (parts === null)
    return {
      ja: `${reviewer}: 合計 ${pt(total)} 点`,
      en: `${reviewer}: total ${pt(total)} points`,
    };
  const term = (p: Part, label: string) =>
    `${label} ${pt(p.points)}${p.weight === null ? '' : `×${pt(p.weight)}`}`;
  return {
    ja: `${reviewer}: ${parts.map((p) => term(p, p.labelJa)).join(' + ')} = ${pt(total)} 点`,
    en: `${reviewer}: ${parts.map((p) => term(p, p.labelEn)).join(' + ')} = ${pt(total)} points`,
  };
}

/** A reviewer left out for a conflict of interest. */
export function conflictSentence(reviewer: string, scored: boolean): Bilingual {
  return {
    ja: `${reviewer} は利害関係があるため、この申請の採点から除きます${scored ? '（記入された点数は数えません）' : ''}。他の審査員の平均で評価します`,
    en: `${reviewer} has a conflict of interest and is left out of this application${scored ? ' (the points written are not counted)' : ''}; the others' average stands in`,
  };
}

/** The mean or the panel total. */
export function combineSentence(
  method: 'mean' | 'total',
  totals: readonly number[],
  mean: number,
  panel: number,
  score: number,
  maximum: number,
): Bilingual {
  const list = totals.map(pt).join(' + ');
  const k = totals.length;
  if (method === 'mean')
    return {
      ja: `平均点 = (${list}) ÷ ${k} = ${pt(mean)} 点（${pt(maximum)} 点満点）`,
      en: `mean = (${list}) ÷ ${k} = ${pt(mean)} points (out of ${pt(maximum)})`,
    };
  const left = panel - k;
  if (left === 0)
    return {
      ja: `合計点 = ${list} = ${pt(score)} 点（${pt(maximum)} 点満点）`,
      en: `total = ${list} = ${pt(score)} points (out of ${pt(maximum)})`,
    };
  return {
    ja: `合計点 = (${list}) + 除いた ${left} 人分は他の審査員の平均 ${pt(mean)} 点 × ${left} = ${pt(score)} 点（${pt(maximum)} 点満点）`,
    en: `total = (${list}) + the others' mean ${pt(mean)} × ${left} for the ${left} left out = ${pt(score)} points (out of ${pt(maximum)})`,
  };
}

/** score ≥ threshold, and how the threshold was set. */
export function thresholdSentence(
  score: number,
  threshold: number,
  passed: boolean,
  share: { percent: string; maximum: number } | null,
): Bilingual {
  const how =
    share === null
      ? { ja: `採択基準 ${pt(threshold)} 点`, en: `the threshold of ${pt(threshold)} points` }
      : {
          ja: `採択基準（満点 ${pt(share.maximum)} 点 × ${share.percent}）${pt(threshold)} 点`,
          en: `the threshold, ${share.percent} of ${pt(share.maximum)} = ${pt(threshold)} points`,
        };
  return passed
    ? {
        ja: `${pt(score)} 点 ≥ ${how.ja} → 基準を満たす`,
        en: `${pt(score)} points ≥ ${how.en}: passes`,
      }
    : {
        ja: `${pt(score)} 点 < ${how.ja} → 基準に満たない`,
        en: `${pt(score)} points < ${how.en}: does not pass`,
      };
}

/** The rank, and what broke a tie. */
export function rankSentence(
  rank: number,
  score: number,
  tie: {
    readonly others: string;
    readonly count: number;
    readonly how: 'smaller-request' | 'unresolved';
  } | null,
): Bilingual {
  if (tie === null)
    return { ja: `得点 ${pt(score)} 点で ${rank} 位`, en: `rank ${rank} with ${pt(score)} points` };
  if (tie.how === 'smaller-request')
    return {
      ja: `得点 ${pt(score)} 点で ${rank} 位（同点の ${tie.others} とは申請額の少ない順）`,
      en: `rank ${rank} with ${pt(score)} points (tied with ${tie.others}: the smaller request ranks first)`,
    };
  return {
    ja: `得点 ${pt(score)} 点で ${rank} 位（${tie.others} と同点・同順位。予算は受付番号の順に充てる）`,
    en: `rank ${rank} with ${pt(score)} points (tied with ${tie.others}, same rank; the budget goes in order of ID)`,
  };
}

/** The program's amount against the request. */
export function subsidySentence(
  program: Bilingual,
  eligible: boolean,
  computed: Yen,
  requested: Yen,
  basis: Yen,
): Bilingual {
  if (!eligible)
    return {
      ja: `${program.ja}の対象外のため、交付額は 0 円`,
      en: `not eligible under ${program.en}: nothing can be awarded`,
    };
  const cut = basis < requested;
  return {
    ja: `${program.ja}の算定額 ${formatYen(computed)}、申請額 ${formatYen(requested)}${cut ? ` → 算定額まで ${formatYen(basis)}` : ` → 申請額 ${formatYen(basis)}`}`,
    en: `${program.en} allows ${yenEn(computed)}, requested ${yenEn(requested)}${cut ? `: up to what the program allows, ${yenEn(basis)}` : `: the request, ${yenEn(basis)}`}`,
  };
}

/** What the award is, from the budget left. */
export function awardSentence(
  outcome: 'funded' | 'reduced' | 'below-threshold' | 'not-eligible' | 'no-budget',
  basis: Yen,
  before: Yen,
  award: Yen,
  how: 'refuse' | 'refuse-and-stop' | 'stopped' | 'empty' | 'reduce' | null,
  unit: number,
): Bilingual {
  const after = before - award;
  switch (outcome) {
    case 'below-threshold':
      return { ja: '採択基準に満たないため交付しない', en: 'below the threshold: not funded' };
    case 'not-eligible':
      return { ja: '補助事業の対象外のため交付しない', en: 'not eligible under the program: not funded' };
    case 'funded':
      return {
        ja: `予算の残り ${formatYen(before)}から ${formatYen(award)}を交付 → 残り ${formatYen(after)}`,
        en: `${yenEn(award)} awarded from the ${yenEn(before)} left → ${yenEn(after)} left`,
      };
    case 'reduced': {
      const round =
        unit > 1
          ? { ja: `（${unitJa(unit)}未満切り捨て）`, en: ` (rounded down to ${unit} yen)` }
          : { ja: '', en: '' };
      return {
        ja: `予算の残り ${formatYen(before)} < ${formatYen(basis)} → 減額して ${formatYen(award)}を交付${round.ja} → 残り ${formatYen(after)}`,
        en: `${yenEn(before)} left < ${yenEn(basis)}: reduced to ${yenEn(award)}${round.en} → ${yenEn(after)} left`,
      };
    }
    default:
      if (how === 'reduce')
        return {
          ja: `予算の残り ${formatYen(before)} < ${formatYen(basis)} → 減額すると ${unitJa(unit)}未満切り捨てで 0円のため交付しない`,
          en: `${yenEn(before)} left < ${yenEn(basis)}: reduced and rounded down to ${unit} yen it is nothing; not funded`,
        };
      if (how === 'empty' || before === 0)
        return { ja: '予算の残りがないため交付しない', en: 'no budget left: not funded' };
      if (how === 'stopped')
        return {
          ja: '上位の申請で交付を打ち切ったため交付しない',
          en: 'funding stopped at a higher-ranked application: not funded',
        };
      return {
        ja: `予算の残り ${formatYen(before)} < ${formatYen(basis)} → 減額せず交付しない${how === 'refuse-and-stop' ? '（以降の交付も打ち切り）' : ''}`,
        en: `${yenEn(before)} left < ${yenEn(basis)}: not reduced, not funded${how === 'refuse-and-stop' ? ' (and funding stops here)' : ''}`,
      };
  }
}

function unitJa(unit: number): string {
  return unit === 1000 ? '千円' : unit === 100 ? '百円' : unit === 10 ? '十円' : '円';
}

/** The parameters of a review framework a computation may lack, as a problem names them. */
export const PARAMETER_WORDS = {
  scale: { ja: '点数の尺度', en: 'scale of points' },
  combine: { ja: '審査員の点の合わせ方（合計か平均か）', en: 'way of combining reviewers (total or mean)' },
  threshold: { ja: '採択基準（基準点）', en: 'pass threshold' },
  conflict: { ja: '利害関係のある審査員の扱い', en: 'rule for a reviewer with a conflict of interest' },
  tie: { ja: '同点の扱い', en: 'tie rule' },
  reduction: {
    ja: '予算が足りないときの扱い（減額か不交付か）',
    en: 'rule when the budget left is short (reduce or refuse)',
  },
} as const satisfies Readonly<Record<string, Bilingual>>;
