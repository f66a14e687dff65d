import { defineMessages } from '../problems/messages.js';
import { cite } from '../sources/Source.js';

const E7 = cite(
  'kyodo',
  'docs/rules.md「計画が定めていないこと」',
  'E7',
  'The documents give no scale; kyodo default.',
);
const E1 = cite(
  'kyodo',
  'docs/rules.md「計画が定めていないこと」',
  'E1',
  'Who evaluates: the city, its partner, the council, a third party (kyodo reads these spellings).',
);
const E4 = cite(
  'kyodo',
  'docs/rules.md「計画が定めていないこと」',
  'E4',
  'Plan versus actual: kyodo compares the amounts it is given.',
);

const EVALUATOR_JA: Readonly<Record<string, string>> = {
  city: '市',
  partner: '協働相手（団体）',
  council: '協働推進会議',
  'third-party': '第三者',
};
const evaluatorJa = (kind: string) => EVALUATOR_JA[kind] ?? kind;
const signedPercent = (ratio: number) => {
  const tenths = Math.round(Math.abs(ratio) * 1000) / 10;
  return `${ratio < 0 ? '−' : '+'}${tenths}%`;
};
type Variance = { parameter: string; planned: number; actual: number; ratio: number; threshold: number };
const grouped = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/gu, ',');

/**
 * The problems of the evaluation engine (RULES E1–E8): levels off the scale, items the framework
 * does not have, unknown evaluators, missing evaluations, gaps between the city and the partner,
 * plan-versus-actual variances and incomplete rolling indicators. Each message is in Japanese and
 * English and says where and what was expected.
 */
export const evaluationMessages = defineMessages({
  'evaluation.level-missing': {
    severity: 'error',
    summary: 'An evaluation level is blank',
    rule: 'E7',
    source: E7,
    ja: (p: { accepted: string }) => `評価が空欄です。次のいずれかを入力してください: ${p.accepted}`,
    en: (p: { accepted: string }) => `The evaluation is blank; expected one of: ${p.accepted}`,
  },
  'evaluation.level-unknown': {
    severity: 'error',
    summary: 'A level that is not on the scale',
    rule: 'E7',
    source: E7,
    ja: (p: { text: string; accepted: string }) =>
      `「${p.text}」は評価の段階にありません。次のいずれかを入力してください: ${p.accepted}`,
    en: (p: { text: string; accepted: string }) =>
      `"${p.text}" is not a level of the scale; expected one of: ${p.accepted}`,
  },
  'evaluation.unknown-item': {
    severity: 'error',
    summary: 'An answer to an item the framework does not have',
    rule: 'E1',
    ja: (p: { item: string; framework: string; known: string }) =>
      `評価項目「${p.item}」は評価の枠組み「${p.framework}」にありません。項目: ${p.known}`,
    en: (p: { item: string; framework: string; known: string }) =>
      `Item "${p.item}" is not in framework "${p.framework}"; its items are: ${p.known}`,
  },
  'evaluation.duplicate-answer': {
    severity: 'error',
    summary: 'Two answers to one item in one evaluation',
    rule: 'E1',
    ja: (p: { item: string }) => `評価項目「${p.item}」に二つの回答があります`,
    en: (p: { item: string }) => `Item "${p.item}" is answered twice`,
  },
  'evaluation.item-unanswered': {
    severity: 'warning',
    summary: 'An item left unanswered (left out of the mean, not counted as zero)',
    rule: 'E7',
    source: E7,
    ja: (p: { project: string; evaluator: string; item: string }) =>
      `「${p.project}」の${evaluatorJa(p.evaluator)}の評価で「${p.item}」が未回答です。平均には含めません（0点とはしません）`,
    en: (p: { project: string; evaluator: string; item: string }) =>
      `"${p.item}" is unanswered in the ${p.evaluator} evaluation of "${p.project}"; it is left out of the mean, not counted as zero`,
  },
  'evaluation.evaluator-unknown': {
    severity: 'error',
    summary: 'An evaluator that is not the city, the partner, the council or a third party',
    rule: 'E1',
    source: E1,
    ja: (p: { text: string }) =>
      `評価者「${p.text}」が分かりません。市・団体（協働相手）・協働推進会議・第三者のいずれかを入力してください`,
    en: (p: { text: string }) =>
      `Evaluator "${p.text}" is not known; expected the city (市), the partner (団体), the council (協働推進会議) or a third party (第三者)`,
  },
  'evaluation.project-missing': {
    severity: 'error',
    summary: 'An evaluation without a project name',
    rule: 'E1',
    ja: () => '評価の事業名が空欄です。事業名を入力してください',
    en: () => 'The evaluation has no project name; expected the name of the project',
  },
  'evaluation.missing-evaluator': {
    severity: 'warning',
    summary: 'A project not evaluated by a party the framework requires (city and partner, E1)',
    rule: 'E1',
    ja: (p: { project: string; evaluator: string; whoseJa: string }) =>
      `「${p.project}」に${evaluatorJa(p.evaluator)}の評価がありません。協働の主体は各々自己評価を行います（${p.whoseJa}）`,
    en: (p: { project: string; evaluator: string; whoseEn: string }) =>
      `"${p.project}" has no evaluation by the ${p.evaluator}; each party evaluates itself on the common items (${p.whoseEn})`,
  },
  'evaluation.gap': {
    severity: 'warning',
    summary: 'The city and the partner differ by the gap threshold or more on one item (E7)',
    rule: 'E7',
    source: E7,
    ja: (p: {
      project: string;
      item: string;
      city: number;
      partner: number;
      threshold: number;
      whoseJa: string;
    }) =>
      `「${p.project}」の「${p.item}」で市 (${p.city}) と協働相手 (${p.partner}) の評価が${p.threshold}段階（${p.whoseJa}）以上異なります。見方の違いを話し合ってください（相互理解）`,
    en: (p: {
      project: string;
      item: string;
      city: number;
      partner: number;
      threshold: number;
      whoseEn: string;
    }) =>
      `On "${p.item}" of "${p.project}" the city (${p.city}) and the partner (${p.partner}) differ by ${p.threshold} levels (${p.whoseEn}) or more; talk the difference through (mutual understanding)`,
  },
  'evaluation.missing-parameter': {
    severity: 'error',
    summary: 'A number that a plan-versus-actual comparison needs is missing',
    rule: 'E4',
    source: E4,
    ja: (p: { parameter: string }) => `計画と実績の比較に必要な「${p.parameter}」がありません`,
    en: (p: { parameter: string }) =>
      `"${p.parameter}" is missing; the plan-versus-actual comparison needs it`,
  },
  'evaluation.invalid-amount': {
    severity: 'error',
    summary: 'A plan or actual figure that is negative or not a number',
    rule: 'E4',
    ja: (p: { parameter: string; value: string }) =>
      `「${p.parameter}」の値 ${p.value} は使えません。0 以上の数値を入力してください`,
    en: (p: { parameter: string; value: string }) =>
      `"${p.parameter}" is ${p.value}; expected a number of 0 or more`,
  },
  'evaluation.plan-zero': {
    severity: 'warning',
    summary: 'A plan of zero: the variance ratio cannot be computed',
    rule: 'E4',
    ja: (p: { parameter: string; actual: number }) =>
      `「${p.parameter}」の計画が 0 のため増減率を計算できません（実績 ${p.actual}）`,
    en: (p: { parameter: string; actual: number }) =>
      `The planned "${p.parameter}" is 0, so no variance ratio can be computed (actual ${p.actual})`,
  },
  'evaluation.variance-over': {
    severity: 'warning',
    summary:
      'Actual differs from plan by more than the threshold (kyodo’s default 20%, or the profile’s; E4)',
    rule: 'E4',
    ja: (p: Variance & { whoseJa: string }) =>
      `「${p.parameter}」の実績 ${grouped(p.actual)} は計画 ${grouped(p.planned)} に対し ${signedPercent(p.ratio)} で、しきい値 ${p.threshold}%（${p.whoseJa}）を超えています。当初計画どおりか検証してください`,
    en: (p: Variance & { whoseEn: string }) =>
      `Actual "${p.parameter}" ${grouped(p.actual)} differs from the plan ${grouped(p.planned)} by ${signedPercent(p.ratio)}, more than ${p.threshold}% (${p.whoseEn}); review it against the first plan`,
  },
  'evaluation.indicator-target-missing': {
    severity: 'warning',
    summary: 'A rolling indicator without a target for the current or one of the next two fiscal years (E8)',
    rule: 'E8',
    ja: (p: { item: string; fiscalYear: number; current: number; years: number }) =>
      `取組項目「${p.item}」に ${p.fiscalYear}年度の目標がありません。毎年度、向こう${p.years}か年度分（${p.current}〜${p.current + p.years - 1}年度）の指標を定めます`,
    en: (p: { item: string; fiscalYear: number; current: number; years: number }) =>
      `Item "${p.item}" has no target for FY${p.fiscalYear}; each year targets are set for the next ${p.years} fiscal years (FY${p.current}–FY${p.current + p.years - 1})`,
  },
  'evaluation.indicator-duplicate': {
    severity: 'error',
    summary: 'Two indicator rows for one item and fiscal year',
    rule: 'E8',
    ja: (p: { item: string; fiscalYear: number; first: number }) =>
      `取組項目「${p.item}」の ${p.fiscalYear}年度が重複しています（${p.first + 1} 件目と同じ）`,
    en: (p: { item: string; fiscalYear: number; first: number }) =>
      `Item "${p.item}" has FY${p.fiscalYear} twice (same as entry ${p.first + 1})`,
  },
  'evaluation.indicator-invalid': {
    severity: 'error',
    summary: 'An indicator row with a blank item, an invalid fiscal year or a value that is not a number',
    rule: 'E8',
    ja: (p: { field: string; value: string }) => `指標の「${p.field}」の値 ${p.value} は使えません`,
    en: (p: { field: string; value: string }) =>
      `Indicator field "${p.field}" has an unusable value ${p.value}`,
  },
  'evaluation.indicator-target-zero': {
    severity: 'warning',
    summary: 'A target of zero: no achievement rate',
    rule: 'E8',
    ja: (p: { item: string; fiscalYear: number }) =>
      `取組項目「${p.item}」の ${p.fiscalYear}年度の目標が 0 のため達成率を計算できません`,
    en: (p: { item: string; fiscalYear: number }) =>
      `Item "${p.item}" has a target of 0 for FY${p.fiscalYear}, so no achievement rate can be computed`,
  },
});
