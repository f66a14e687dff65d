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
    summaryJa: '評価の段階が空欄です',
    action: { ja: '評価（A・B・C・D など）を入力してください', en: 'Enter the level (A, B, C, D)' },
    severity: 'error',
    summary: 'An evaluation level is blank',
    rule: 'E7',
    source: E7,
    ja: (p: { accepted: string }) => `評価が空欄です。次のいずれかを入力してください: ${p.accepted}`,
    en: (p: { accepted: string }) => `The evaluation is blank; expected one of: ${p.accepted}`,
  },
  'evaluation.level-unknown': {
    summaryJa: '尺度にない評価の段階です',
    action: {
      ja: 'docs/rules.md「評価の枠組み」の尺度にある段階で入力してください',
      en: 'Enter a level of the scale in docs/rules.md “Evaluation frameworks”',
    },
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
    summaryJa: '評価の枠組みにない項目への回答です',
    action: {
      ja: '項目名を確かめ、枠組みの項目に合わせてください',
      en: 'Check the item’s name against the framework',
    },
    severity: 'error',
    summary: 'An answer to an item the framework does not have',
    rule: 'E1',
    ja: (p: { item: string; framework: string; known: string }) =>
      `評価項目「${p.item}」は評価の枠組み「${p.framework}」にありません。項目: ${p.known}`,
    en: (p: { item: string; framework: string; known: string }) =>
      `Item "${p.item}" is not in framework "${p.framework}"; its items are: ${p.known}`,
  },
  'evaluation.duplicate-answer': {
    summaryJa: '1つの評価で同じ項目に2つの回答があります',
    action: { ja: 'どちらかを消してください', en: 'Delete one of them' },
    severity: 'error',
    summary: 'Two answers to one item in one evaluation',
    rule: 'E1',
    ja: (p: { item: string }) => `評価項目「${p.item}」に二つの回答があります`,
    en: (p: { item: string }) => `Item "${p.item}" is answered twice`,
  },
  'evaluation.item-unanswered': {
    summaryJa: '回答のない項目です（0 とせず平均から外しました）',
    action: { ja: '評価が済んだら入力してください', en: 'Enter it once it is evaluated' },
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
    summaryJa: '評価者が、市・協働相手・協議会・第三者のどれでもありません',
    action: {
      ja: '評価者を「市」「協働相手」などで入力してください',
      en: 'Enter 市, 協働相手 or another evaluator of the framework',
    },
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
    summaryJa: '事業名のない評価です',
    action: { ja: '事業名を入力してください', en: 'Enter the project’s name' },
    severity: 'error',
    summary: 'An evaluation without a project name',
    rule: 'E1',
    ja: () => '評価の事業名が空欄です。事業名を入力してください',
    en: () => 'The evaluation has no project name; expected the name of the project',
  },
  'evaluation.missing-evaluator': {
    summaryJa: '枠組みが求める評価者（市と協働相手）の評価がない事業です',
    action: { ja: '足りない評価者の評価を入力してください', en: 'Add the evaluation of the missing party' },
    severity: 'warning',
    summary: 'A project not evaluated by a party the framework requires (city and partner, E1)',
    rule: 'E1',
    ja: (p: { project: string; evaluator: string; whoseJa: string }) =>
      `「${p.project}」に${evaluatorJa(p.evaluator)}の評価がありません。協働の主体は各々自己評価を行います（${p.whoseJa}）`,
    en: (p: { project: string; evaluator: string; whoseEn: string }) =>
      `"${p.project}" has no evaluation by the ${p.evaluator}; each party evaluates itself on the common items (${p.whoseEn})`,
  },
  'evaluation.gap': {
    summaryJa: '市と協働相手の評価が、しきい値以上に違う項目です',
    action: {
      ja: '両者で話し合い、評価の理由を確かめてください（相互理解）',
      en: 'Talk it over with the partner and compare the reasons (相互理解)',
    },
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
    summaryJa: '予実比較に要る数（計画額・実績額）がありません',
    action: { ja: '計画額と実績額を入力してください', en: 'Enter the plan and the actual figures' },
    severity: 'error',
    summary: 'A number that a plan-versus-actual comparison needs is missing',
    rule: 'E4',
    source: E4,
    ja: (p: { parameter: string }) => `計画と実績の比較に必要な「${p.parameter}」がありません`,
    en: (p: { parameter: string }) =>
      `"${p.parameter}" is missing; the plan-versus-actual comparison needs it`,
  },
  'evaluation.invalid-amount': {
    summaryJa: '計画額か実績額が負か、数値ではありません',
    action: { ja: '金額を確かめて直してください', en: 'Check the amounts and correct them' },
    severity: 'error',
    summary: 'A plan or actual figure that is negative or not a number',
    rule: 'E4',
    ja: (p: { parameter: string; value: string }) =>
      `「${p.parameter}」の値 ${p.value} は使えません。0 以上の数値を入力してください`,
    en: (p: { parameter: string; value: string }) =>
      `"${p.parameter}" is ${p.value}; expected a number of 0 or more`,
  },
  'evaluation.plan-zero': {
    summaryJa: '計画額が 0 で、予実差の割合を出せません',
    action: { ja: '計画額を確かめてください', en: 'Check the planned amount' },
    severity: 'warning',
    summary: 'A plan of zero: the variance ratio cannot be computed',
    rule: 'E4',
    ja: (p: { parameter: string; actual: number }) =>
      `「${p.parameter}」の計画が 0 のため増減率を計算できません（実績 ${p.actual}）`,
    en: (p: { parameter: string; actual: number }) =>
      `The planned "${p.parameter}" is 0, so no variance ratio can be computed (actual ${p.actual})`,
  },
  'evaluation.variance-over': {
    summaryJa: '実績が計画としきい値を超えて違います',
    action: {
      ja: '差の理由を確かめ、評価シートや報告に残してください',
      en: 'Find out why and note it in the evaluation or report',
    },
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
    summaryJa: '当年度か向こう2年度の目標のない指標です',
    action: { ja: '目標を入力してください（実施年次指標）', en: 'Enter the targets (rolling indicators)' },
    severity: 'warning',
    summary: 'A rolling indicator without a target for the current or one of the next two fiscal years (E8)',
    rule: 'E8',
    ja: (p: { item: string; fiscalYear: number; current: number; years: number }) =>
      `取組項目「${p.item}」に ${p.fiscalYear}年度の目標がありません。毎年度、向こう${p.years}か年度分（${p.current}〜${p.current + p.years - 1}年度）の指標を定めます`,
    en: (p: { item: string; fiscalYear: number; current: number; years: number }) =>
      `Item "${p.item}" has no target for FY${p.fiscalYear}; each year targets are set for the next ${p.years} fiscal years (FY${p.current}–FY${p.current + p.years - 1})`,
  },
  'evaluation.indicator-duplicate': {
    summaryJa: '同じ項目・年度の指標の行が2つあります',
    action: { ja: 'どちらかを消すか、年度を直してください', en: 'Delete one row or correct its fiscal year' },
    severity: 'error',
    summary: 'Two indicator rows for one item and fiscal year',
    rule: 'E8',
    ja: (p: { item: string; fiscalYear: number; first: number }) =>
      `取組項目「${p.item}」の ${p.fiscalYear}年度が重複しています（${p.first + 1} 件目と同じ）`,
    en: (p: { item: string; fiscalYear: number; first: number }) =>
      `Item "${p.item}" has FY${p.fiscalYear} twice (same as entry ${p.first + 1})`,
  },
  'evaluation.indicator-invalid': {
    summaryJa: '指標の行に、空の項目・読めない年度・数値でない値があります',
    action: {
      ja: 'その行の項目・年度・値を直してください',
      en: 'Correct the row’s item, fiscal year or value',
    },
    severity: 'error',
    summary: 'An indicator row with a blank item, an invalid fiscal year or a value that is not a number',
    rule: 'E8',
    ja: (p: { field: string; value: string }) => `指標の「${p.field}」の値 ${p.value} は使えません`,
    en: (p: { field: string; value: string }) =>
      `Indicator field "${p.field}" has an unusable value ${p.value}`,
  },
  'evaluation.indicator-target-zero': {
    summaryJa: '目標が 0 で、達成率を出せません',
    action: { ja: '目標を確かめてください', en: 'Check the target' },
    severity: 'warning',
    summary: 'A target of zero: no achievement rate',
    rule: 'E8',
    ja: (p: { item: string; fiscalYear: number }) =>
      `取組項目「${p.item}」の ${p.fiscalYear}年度の目標が 0 のため達成率を計算できません`,
    en: (p: { item: string; fiscalYear: number }) =>
      `Item "${p.item}" has a target of 0 for FY${p.fiscalYear}, so no achievement rate can be computed`,
  },
});
