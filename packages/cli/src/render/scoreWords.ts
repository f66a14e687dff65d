import { type Bilingual, formatFiscalYear, formatYen, type IndicatorYear } from '@kyodo/core';
import type {
  EvaluationScores,
  IndicatorScores,
  ProjectScores,
  RegionalPlanScores,
  ReviewScores,
  SubsidyScores,
} from '@kyodo/sheets';

/**
 * The words of a sheet's scores in the reports (docs/sheets.md, the scores of each kind): one
 * function per line, each taking the values it shows. scoreLines.ts chooses which lines a
 * sheet has.
 */

/** Who evaluated (E7): the evaluator keys of an evaluation sheet. */
const evaluatorWords: Readonly<Record<string, Bilingual>> = {
  city: { ja: '市', en: 'city' },
  partner: { ja: '団体', en: 'partner' },
  council: { ja: '協働推進会議', en: 'council' },
  'third-party': { ja: '第三者', en: 'third party' },
};

const yen = (n: number) => formatYen(n);
const yenEn = (n: number) => `${n.toLocaleString('en-US')} yen`;
const pct = (ratio: number) => `${Math.round(ratio * 100)}%`;
const rows = (n: number) => `${n} ${n === 1 ? 'row' : 'rows'}`;

/** Projects per form, with their budget and, where compared, their actual amounts. */
export function byFormWords(byForm: ProjectScores['byForm']): Bilingual {
  return {
    ja: `形態別: ${byForm.map((f) => `${f.label} ${f.count} 件 (予算 ${yen(f.budget)}${f.compared > 0 ? `、決算 ${yen(f.actual)}` : ''})`).join('、')}`,
    en: `by form: ${byForm.map((f) => `${f.label} ${f.count} (budget ${yenEn(f.budget)}${f.compared > 0 ? `, actual ${yenEn(f.actual)}` : ''})`).join('; ')}`,
  };
}

/** Projects per domain. */
export function byDomainWords(byDomain: ProjectScores['byDomain']): Bilingual {
  return {
    ja: `領域別: ${byDomain.map((d) => `${d.label} ${d.count} 件`).join('、')}`,
    en: `by domain: ${byDomain.map((d) => `${d.label} ${d.count}`).join('; ')}`,
  };
}

/** Plan against actual (E4): how many compared, and those past the threshold with their ratio. */
export function planVersusActualWords(s: ProjectScores): Bilingual {
  const compared = s.planVersusActual.length;
  const over = s.planVersusActual.filter((p) => p.over);
  const listed = (sep: string) =>
    over.length > 0
      ? ` (${over.map((p) => `${p.project} ${p.ratio === null ? '' : signed(p.ratio)}`).join(sep)})`
      : '';
  return {
    ja: `計画と実績: ${compared} 事業を比較、${s.thresholdPercent}% を超える差 ${over.length} 事業${listed('、')}`,
    en: `plan vs actual: ${compared} projects compared, ${over.length} differ by more than ${s.thresholdPercent}%${listed('; ')}`,
  };
}

/** A program's totals for one fiscal year in a subsidy ledger. */
export function subsidyTotalWords(t: SubsidyScores['totals'][number]): Bilingual {
  return {
    ja: `${t.programName} ${formatFiscalYear(t.fiscalYear)}: ${t.rows} 件、交付決定 ${yen(t.granted)}、確定 ${yen(t.settled)}${t.refund > 0 ? `、返還 ${yen(t.refund)}` : ''}${t.computed > 0 ? ` (計算上の交付額 ${yen(t.allowed)}、${t.computed} 件で計算)` : ''}`,
    en: `${t.programName}, FY${t.fiscalYear}: ${rows(t.rows)}, granted ${yenEn(t.granted)}, settled ${yenEn(t.settled)}${t.refund > 0 ? `, refunded ${yenEn(t.refund)}` : ''}${t.computed > 0 ? ` (the rules allow ${yenEn(t.allowed)} over ${rows(t.computed)} computed)` : ''}`,
  };
}

/** A project's mean by evaluator, and the evaluators who did not evaluate it. */
export function evaluationMeansWords(p: EvaluationScores['projects'][number]): Bilingual {
  const entries = Object.entries(p.means) as [string, number | null][];
  const ja = entries.map(
    ([k, m]) => `${evaluatorWords[k]?.ja ?? k} ${m === null ? '回答なし' : m.toFixed(2)}`,
  );
  const en = entries.map(
    ([k, m]) => `${evaluatorWords[k]?.en ?? k} ${m === null ? 'none answered' : m.toFixed(2)}`,
  );
  const lacking = p.missingEvaluators.map((k) => evaluatorWords[k] ?? { ja: k, en: k });
  return {
    ja: `${p.project}: 平均 ${ja.join('、')}${lacking.length > 0 ? ` (${lacking.map((l) => l.ja).join('・')}の評価なし)` : ''}`,
    en: `${p.project}: mean ${en.join(', ')}${lacking.length > 0 ? ` (no ${lacking.map((l) => l.en).join(' or ')} evaluation)` : ''}`,
  };
}

/** An item the city and the partner scored apart (E7). */
export function evaluationGapWords(g: EvaluationScores['gaps'][number]): Bilingual {
  return {
    ja: `評価の差: ${g.project}「${g.itemLabel}」 市 ${g.city}・団体 ${g.partner} (${g.difference} 段階)`,
    en: `gap: ${g.project}, "${g.itemLabel}": city ${g.city}, partner ${g.partner} (${g.difference} levels)`,
  };
}

/** The rolling years' targets (E8): how many items have every year set. */
export function targetsReadyWords(s: IndicatorScores): Bilingual {
  const years = s.requiredYears.map((y) => formatFiscalYear(y));
  const ready = s.items.filter((i) => i.complete).length;
  return {
    ja: `${years.join('・')}の目標: ${s.items.length} 項目中 ${ready} 項目がそろっています`,
    en: `targets for FY${s.requiredYears.join(', ')}: ${ready} of ${s.items.length} items complete`,
  };
}

/** A year of an indicator with its achievement rate (core IndicatorYear, achievement set). */
export type Achieved = IndicatorYear & { readonly achievement: number };

/** An indicator's achievement in the years that have one. */
export function achievementWords(item: string, done: readonly Achieved[]): Bilingual {
  return {
    ja: `${item}: ${done.map((y) => `${formatFiscalYear(y.fiscalYear)} 達成率 ${pct(y.achievement)} (目標 ${y.target}、実績 ${y.actual})`).join('、')}`,
    en: `${item}: ${done.map((y) => `FY${y.fiscalYear} ${pct(y.achievement)} achieved (target ${y.target}, actual ${y.actual})`).join('; ')}`,
  };
}

/** A regional plan's entries per kind of implementer. */
export function implementerWords(byForm: RegionalPlanScores['byForm']): Bilingual {
  const list = (sep: string) => byForm.map((f) => `${f.label} ${f.count}`).join(sep);
  return { ja: `実施主体の区分: ${list('、')}`, en: `by kind of implementer: ${list('; ')}` };
}

/** A review sheet: applications scored, those passing, the reviewers, those not scorable (X3). */
export function reviewScoredWords(s: ReviewScores): Bilingual {
  const passed = s.applications.filter((a) => a.passed).length;
  const unscored = s.unscored.length;
  return {
    ja: `審査: ${s.applications.length} 件を採点、採択基準を満たす ${passed} 件（審査員 ${s.reviewers.length} 人）${unscored > 0 ? `、採点できない ${unscored} 件` : ''}`,
    en: `review: ${s.applications.length} scored, ${passed} pass (${s.reviewers.length} reviewers)${unscored > 0 ? `, ${unscored} cannot be scored` : ''}`,
  };
}

/** The first of a ranking, and a pointer to `kyodo review` when there are more. */
export function rankingTopWords(top: NonNullable<ReviewScores['ranking']>, more: boolean): Bilingual {
  const points = (n: number) => String(Math.round(n * 100) / 100);
  return {
    ja: `順位: ${top.map((a) => `${a.rank} ${a.application} ${points(a.score)}点${a.award === null ? '' : ` ${yen(a.award)}`}`).join('、')}${more ? ' …（kyodo review で全件）' : ''}`,
    en: `ranking: ${top.map((a) => `${a.rank} ${a.application} ${points(a.score)}${a.award === null ? '' : ` ${yenEn(a.award)}`}`).join('; ')}${more ? ' … (kyodo review shows all)' : ''}`,
  };
}

function signed(ratio: number): string {
  const p = Math.round(ratio * 100);
  return p > 0 ? `+${p}%` : `${p}%`;
}
