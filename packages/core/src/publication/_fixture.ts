import { builtinFrameworks } from '../evaluation/builtin.js';
import type { Framework } from '../evaluation/schema.js';
import type { EvaluationInput } from '../evaluation/scoreEvaluation.js';
import type { PublicationInput } from './buildPublicationSummary.js';

/**
 * Internal test fixture (not exported): one fiscal year of ichinoseki evaluations, five projects
 * of different forms, the city's and the partner's self-evaluations on all eleven items, the
 * council on one project, two survey respondents on another, and one project the partner has
 * not evaluated. Used by the publication unit tests and the headless-Chromium e2e test.
 */
export const fixtureFramework: Framework = builtinFrameworks.ichinoseki[0] as Framework;

/**
 * Answers from a string of levels in framework item order (5 principles, 3 objective, 3
 * improvement items); spaces are ignored, '-' leaves an item blank.
 */
export function answersOf(levels: string, framework: Framework = fixtureFramework): Record<string, string> {
  const chars = [...levels.replace(/\s/gu, '')];
  const out: Record<string, string> = {};
  framework.items.forEach((item, i) => {
    const c = chars[i];
    if (c !== undefined && c !== '-') out[item.id] = c;
  });
  return out;
}

const P1 = '子ども食堂「みんなの食卓」運営';
const P2 = '地区防災訓練';
const P3 = '市民活動センター運営';
const P4 = '協働のまちづくり講演会';
const P5 = '花いっぱい運動';

export const fixtureEvaluations: readonly EvaluationInput[] = [
  //                                     原則(5)  客観(3) 改善(3)
  { project: P1, evaluator: '市', answers: answersOf('ABAAB ABB ABB') },
  { project: P1, evaluator: '団体', answers: answersOf('AAABA AAB AAB') },
  { project: P2, evaluator: '市担当課', answers: answersOf('BBBCB BCD BCC') },
  { project: P2, evaluator: '協働相手', answers: answersOf('BABBB ABB BBC') },
  { project: P3, evaluator: '市', answers: answersOf('BBAAB BBB CBA') },
  { project: P3, evaluator: '団体', answers: answersOf('CBBBC BCB BCC') },
  { project: P3, evaluator: '協働推進会議', answers: answersOf('----- BBC ---') },
  { project: P4, evaluator: '市', answers: answersOf('ABBBB BAB BBC') },
  { project: P4, evaluator: '団体', answers: answersOf('AABBA AAA A-B') },
  { project: P4, evaluator: '参加者アンケート', answers: answersOf('----- AB- ---') },
  { project: P4, evaluator: '参加者アンケート', answers: answersOf('----- BB- ---') },
  { project: P5, evaluator: '市', answers: answersOf('BBBCB CBC CCC') },
];

export const fixtureInput: PublicationInput = {
  publisher: '一関市 まちづくり推進部 いちのせき元気な地域づくり推進課',
  profile: { id: 'ichinoseki', name: { ja: '一関市', en: 'Ichinoseki' } },
  fiscalYear: '令和6年度',
  date: '2025-05-30',
  framework: fixtureFramework,
  evaluations: fixtureEvaluations,
  projects: [
    {
      project: P1,
      form: '補助・助成',
      domain: '市民が主体となり市が支援する領域',
      budget: 600_000,
      actual: 540_000,
    },
    { project: P2, form: '共催', domain: '市民と市が連携・協力する領域', budget: 300_000, actual: 390_000 },
    {
      project: P3,
      form: '事業委託',
      domain: '市の領域',
      budget: 4_800_000,
      actual: 4_750_000,
      scalePlanned: 1200,
      scaleActual: 1350,
    },
    {
      project: P4,
      form: '実行委員会・協議会',
      domain: '市民と市が連携・協力する領域',
      budget: 250_000,
      actual: 180_000,
      scalePlanned: 200,
      scaleActual: 130,
    },
    { project: P5, form: '後援・協賛', domain: '市民が主体となり市が支援する領域' },
  ],
  subsidies: [
    {
      program: 'ichinoseki/kyodotai-shien',
      label: '地域協働体支援事業費補助金',
      granted: 200_000,
      settled: 200_000,
      refund: 0,
    },
    {
      program: 'ichinoseki/kyodotai-shien',
      label: '地域協働体支援事業費補助金',
      granted: 160_000,
      settled: 148_000,
      refund: 12_000,
    },
    {
      program: 'ichinoseki/goi-keisei',
      label: '地域の合意形成を図る事業に対する支援',
      granted: 50_000,
      settled: 50_000,
      refund: 0,
    },
  ],
};
