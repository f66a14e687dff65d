import { type Bilingual, formatFiscalYear, formatYen } from '@kyodo/core';
import type {
  EvaluationScores,
  IndicatorScores,
  ProjectScores,
  RegionalPlanScores,
  ReviewScores,
  SheetReport,
  SubsidyScores,
} from '@kyodo/sheets';

const evaluatorWords: Readonly<Record<string, Bilingual>> = {
  city: { ja: '市', en: 'city' },
  partner: { ja: '団体', en: 'partner' },
  council: { ja: '協働推進会議', en: 'council' },
  'third-party': { ja: '第三者', en: 'third party' },
};

const yen = (n: number) => formatYen(n);
const yenEn = (n: number) => `${n.toLocaleString('en-US')} yen`;
const pct = (ratio: number) => `${Math.round(ratio * 100)}%`;

/**
 * The scores of one sheet as short bilingual lines for the text, Markdown and HTML reports
 * (docs/sheets.md, the scores of each kind): projects per form with their amounts and the
 * plan-versus-actual variances (E4); subsidy totals per program and fiscal year; each
 * evaluated project's means by evaluator and the gaps between the city and the partner (E7);
 * indicator targets for the rolling years and achievement (E8); a regional plan per form; a
 * review sheet's applications scored and the first of its ranking (X3; kyodo review shows it all).
 */
export function scoreLines(sheet: SheetReport): Bilingual[] {
  if (sheet.scores === null) return [];
  switch (sheet.kind) {
    case 'projects':
      return projectLines(sheet.scores);
    case 'subsidies':
      return subsidyLines(sheet.scores);
    case 'evaluations':
      return evaluationLines(sheet.scores);
    case 'indicators':
      return indicatorLines(sheet.scores);
    case 'regional-plan':
      return planLines(sheet.scores);
    case 'reviews':
      return reviewLines(sheet.scores);
    default:
      return [];
  }
}

function projectLines(s: ProjectScores): Bilingual[] {
  const lines: Bilingual[] = [];
  if (s.byForm.length > 0)
    lines.push({
      ja: `形態別: ${s.byForm.map((f) => `${f.label} ${f.count} 件 (予算 ${yen(f.budget)}${f.compared > 0 ? `、決算 ${yen(f.actual)}` : ''})`).join('、')}`,
      en: `by form: ${s.byForm.map((f) => `${f.label} ${f.count} (budget ${yenEn(f.budget)}${f.compared > 0 ? `, actual ${yenEn(f.actual)}` : ''})`).join('; ')}`,
    });
  if (s.byDomain.length > 0)
    lines.push({
      ja: `領域別: ${s.byDomain.map((d) => `${d.label} ${d.count} 件`).join('、')}`,
      en: `by domain: ${s.byDomain.map((d) => `${d.label} ${d.count}`).join('; ')}`,
    });
  const over = s.planVersusActual.filter((p) => p.over);
  if (s.planVersusActual.length > 0)
    lines.push({
      ja: `計画と実績: ${s.planVersusActual.length} 事業を比較、${s.thresholdPercent}% を超える差 ${over.length} 事業${over.length > 0 ? ` (${over.map((p) => `${p.project} ${p.ratio === null ? '' : signed(p.ratio)}`).join('、')})` : ''}`,
      en: `plan vs actual: ${s.planVersusActual.length} projects compared, ${over.length} differ by more than ${s.thresholdPercent}%${over.length > 0 ? ` (${over.map((p) => `${p.project} ${p.ratio === null ? '' : signed(p.ratio)}`).join('; ')})` : ''}`,
    });
  return lines;
}

function signed(ratio: number): string {
  const p = Math.round(ratio * 100);
  return p > 0 ? `+${p}%` : `${p}%`;
}

function subsidyLines(s: SubsidyScores): Bilingual[] {
  return s.totals.map((t) => ({
    ja: `${t.programName} ${formatFiscalYear(t.fiscalYear)}: ${t.rows} 件、交付決定 ${yen(t.granted)}、確定 ${yen(t.settled)}${t.refund > 0 ? `、返還 ${yen(t.refund)}` : ''}${t.computed > 0 ? ` (計算上の交付額 ${yen(t.allowed)}、${t.computed} 件で計算)` : ''}`,
    en: `${t.programName}, FY${t.fiscalYear}: ${t.rows} ${t.rows === 1 ? 'row' : 'rows'}, granted ${yenEn(t.granted)}, settled ${yenEn(t.settled)}${t.refund > 0 ? `, refunded ${yenEn(t.refund)}` : ''}${t.computed > 0 ? ` (the rules allow ${yenEn(t.allowed)} over ${t.computed} ${t.computed === 1 ? 'row' : 'rows'} computed)` : ''}`,
  }));
}

function evaluationLines(s: EvaluationScores): Bilingual[] {
  const lines: Bilingual[] = [];
  for (const p of s.projects) {
    const entries = Object.entries(p.means) as [string, number | null][];
    const ja = entries.map(
      ([k, m]) => `${evaluatorWords[k]?.ja ?? k} ${m === null ? '回答なし' : m.toFixed(2)}`,
    );
    const en = entries.map(
      ([k, m]) => `${evaluatorWords[k]?.en ?? k} ${m === null ? 'none answered' : m.toFixed(2)}`,
    );
    const lacking = p.missingEvaluators.map((k) => evaluatorWords[k] ?? { ja: k, en: k });
    lines.push({
      ja: `${p.project}: 平均 ${ja.join('、')}${lacking.length > 0 ? ` (${lacking.map((l) => l.ja).join('・')}の評価なし)` : ''}`,
      en: `${p.project}: mean ${en.join(', ')}${lacking.length > 0 ? ` (no ${lacking.map((l) => l.en).join(' or ')} evaluation)` : ''}`,
    });
  }
  for (const g of s.gaps)
    lines.push({
      ja: `評価の差: ${g.project}「${g.itemLabel}」 市 ${g.city}・団体 ${g.partner} (${g.difference} 段階)`,
      en: `gap: ${g.project}, "${g.itemLabel}": city ${g.city}, partner ${g.partner} (${g.difference} levels)`,
    });
  return lines;
}

function indicatorLines(s: IndicatorScores): Bilingual[] {
  const years = s.requiredYears.map((y) => formatFiscalYear(y));
  const ready = s.items.filter((i) => i.complete).length;
  const lines: Bilingual[] = [
    {
      ja: `${years.join('・')}の目標: ${s.items.length} 項目中 ${ready} 項目がそろっています`,
      en: `targets for FY${s.requiredYears.join(', ')}: ${ready} of ${s.items.length} items complete`,
    },
  ];
  for (const item of s.items) {
    const done = item.years.filter((y) => y.achievement !== null);
    if (done.length === 0) continue;
    lines.push({
      ja: `${item.item}: ${done.map((y) => `${formatFiscalYear(y.fiscalYear)} 達成率 ${pct(y.achievement as number)} (目標 ${y.target}、実績 ${y.actual})`).join('、')}`,
      en: `${item.item}: ${done.map((y) => `FY${y.fiscalYear} ${pct(y.achievement as number)} achieved (target ${y.target}, actual ${y.actual})`).join('; ')}`,
    });
  }
  return lines;
}

function planLines(s: RegionalPlanScores): Bilingual[] {
  if (s.byForm.length === 0) return [];
  return [
    {
      ja: `実施主体の区分: ${s.byForm.map((f) => `${f.label} ${f.count}`).join('、')}`,
      en: `by kind of implementer: ${s.byForm.map((f) => `${f.label} ${f.count}`).join('; ')}`,
    },
  ];
}

function reviewLines(s: ReviewScores): Bilingual[] {
  const passed = s.applications.filter((a) => a.passed).length;
  const lines: Bilingual[] = [
    {
      ja: `審査: ${s.applications.length} 件を採点、採択基準を満たす ${passed} 件（審査員 ${s.reviewers.length} 人）${s.unscored.length > 0 ? `、採点できない ${s.unscored.length} 件` : ''}`,
      en: `review: ${s.applications.length} scored, ${passed} pass (${s.reviewers.length} reviewers)${s.unscored.length > 0 ? `, ${s.unscored.length} cannot be scored` : ''}`,
    },
  ];
  if (s.ranking !== null && s.ranking.length > 0) {
    const top = s.ranking.slice(0, 5);
    const points = (n: number) => String(Math.round(n * 100) / 100);
    lines.push({
      ja: `順位: ${top.map((a) => `${a.rank} ${a.application} ${points(a.score)}点${a.award === null ? '' : ` ${yen(a.award)}`}`).join('、')}${s.ranking.length > 5 ? ' …（kyodo review で全件）' : ''}`,
      en: `ranking: ${top.map((a) => `${a.rank} ${a.application} ${points(a.score)}${a.award === null ? '' : ` ${yenEn(a.award)}`}`).join('; ')}${s.ranking.length > 5 ? ' … (kyodo review shows all)' : ''}`,
    });
  }
  return lines;
}
