import { defineMessages } from '../problems/messages.js';
import { cite } from '../sources/Source.js';

const X3 = cite(
  '003_77c600037372601a.txt',
  '第4章(1)⑦',
  'X3',
  '市民提案型の一般公募補助金: the plan names the program a review serves, not its rules (RULES X3: municipal practice)',
);
const FAIR = cite(
  '000_0726a29b17f6f262.txt',
  '6 協働の考え方 ■協働の原則（3）',
  'X3',
  '選定…において、公正、公平な判断を行い: a reviewer with a conflict of interest is left out',
);

type Who = { reviewer: string; application: string };
type Missing = { framework: string; labelJa: string; labelEn: string; need: string; needs: string };
type Tie = { applications: string; rank: number; why: string; whyEn: string };

type Invalid = { path: string; expectedJa: string; expected: string; receivedJa: string; received: string };

/**
 * The problems of the review engine (審査, RULES X3): a parameter the profile lacks, a score
 * missing, unreadable or off the scale, a total that disagrees with its points, a reviewer
 * scoring an application they have a conflict on, and ties the rule cannot resolve. Each says
 * where (the reviewer, the application, the criterion) and what was expected, in Japanese and
 * English.
 */
export const reviewMessages = defineMessages({
  'review.invalid-input': {
    summaryJa: '審査の関数に、受け付けない値が渡されました（プログラムの誤り）',
    action: {
      ja: '呼び出す側で渡す値の形を確かめてください（docs/contributing.md）',
      en: 'Check the shape of what the caller passes (docs/contributing.md)',
    },
    severity: 'error',
    summary:
      'A review function given something that is not what it takes (null, a number where a list or an object is expected)',
    rule: 'X3',
    source: X3,
    ja: (p: Invalid) => `${p.path} は${p.expectedJa}でなければなりません（${p.receivedJa}でした）`,
    en: (p: Invalid) => `${p.path} must be ${p.expected}, not ${p.received}`,
  },
  'review.missing-parameter': {
    summaryJa: '審査の基準に、計算に要る値（プロファイルの値）がありません',
    action: {
      ja: '市の審査基準の値をプロファイルに加えてください（docs/profiles.md）',
      en: 'Add the value from your 審査基準 to the profile (docs/profiles.md)',
    },
    severity: 'error',
    summary: 'The review framework lacks a parameter the computation needs (a profile parameter)',
    rule: 'X3',
    source: X3,
    ja: (p: Missing) =>
      `審査の基準「${p.framework}」に${p.labelJa}（${p.need}）が定められていません。プロファイルで定めてください（必要なもの: ${p.needs}）`,
    en: (p: Missing) =>
      `Review framework "${p.framework}" does not define its ${p.labelEn} (${p.need}): the profile must give it (still needed: ${p.needs})`,
  },
  'review.no-framework': {
    summaryJa: 'プロファイルに審査の基準がありません',
    action: {
      ja: '審査の基準のあるプロファイルを選ぶか、加えてください',
      en: 'Choose a profile with a review framework, or add one',
    },
    severity: 'error',
    summary: 'The profile has no review framework',
    rule: 'X3',
    source: X3,
    ja: (p: { profile: string }) =>
      `プロファイル「${p.profile}」に審査の基準（review.frameworks）がありません`,
    en: (p: { profile: string }) => `Profile "${p.profile}" has no review framework (review.frameworks)`,
  },
  'review.unknown-framework': {
    summaryJa: 'この ID の審査の基準がありません',
    action: {
      ja: 'kyodo profile show で審査の基準の ID を確かめてください',
      en: 'See the frameworks’ ids with kyodo profile show',
    },
    severity: 'error',
    summary: 'No review framework with this ID',
    rule: 'X3',
    source: X3,
    ja: (p: { framework: string; known: string }) =>
      `審査の基準「${p.framework}」はありません（あるもの: ${p.known}）`,
    en: (p: { framework: string; known: string }) =>
      `There is no review framework "${p.framework}" (known: ${p.known})`,
  },
  'review.program-missing': {
    summaryJa: '審査の基準が指す補助事業が、与えられていないかプロファイルにありません',
    action: {
      ja: 'プロファイルの補助事業と審査の基準を確かめてください',
      en: 'Check the profile’s programs and the review framework',
    },
    severity: 'error',
    summary: 'The framework names a program that was not given or is not in the profile',
    rule: 'X3',
    source: X3,
    ja: (p: { framework: string; program: string }) =>
      `審査の基準「${p.framework}」の交付額は補助事業「${p.program}」で計算しますが、その補助事業がありません`,
    en: (p: { framework: string; program: string }) =>
      `Review framework "${p.framework}" computes awards with program "${p.program}", which is not available`,
  },
  'review.application-missing': {
    summaryJa: '申請番号のない申請です',
    action: { ja: '申請番号を入力してください', en: 'Enter the application’s number' },
    severity: 'error',
    summary: 'An application without an ID',
    rule: 'X3',
    source: X3,
    ja: () => '申請の番号（ID）がありません',
    en: () => 'An application has no ID',
  },
  'review.duplicate-application': {
    summaryJa: '同じ申請番号の申請が2つあります',
    action: { ja: '申請番号を確かめて直してください', en: 'Check the numbers and correct them' },
    severity: 'error',
    summary: 'Two applications with one ID',
    rule: 'X3',
    source: X3,
    ja: (p: { application: string }) => `申請「${p.application}」が二つあります`,
    en: (p: { application: string }) => `Application "${p.application}" is listed twice`,
  },
  'review.unknown-application': {
    summaryJa: '申請一覧にない申請の審査です',
    action: { ja: '申請番号を確かめてください', en: 'Check the application’s number' },
    severity: 'error',
    summary: 'A review of an application that is not in the list',
    rule: 'X3',
    source: X3,
    ja: (p: Who) => `審査員「${p.reviewer}」の採点の申請「${p.application}」は、申請の一覧にありません`,
    en: (p: Who) =>
      `Reviewer "${p.reviewer}" scored application "${p.application}", which is not in the list`,
  },
  'review.duplicate-review': {
    summaryJa: '同じ審査員が同じ申請を2度採点しています',
    action: { ja: 'どちらかの行を消してください', en: 'Delete one of the rows' },
    severity: 'error',
    summary: 'One reviewer scored one application twice',
    rule: 'X3',
    source: X3,
    ja: (p: Who) => `審査員「${p.reviewer}」の申請「${p.application}」の採点が二つあります`,
    en: (p: Who) => `Reviewer "${p.reviewer}" scored application "${p.application}" twice`,
  },
  'review.unknown-reviewer': {
    summaryJa: '審査員名簿にない人の採点です',
    action: { ja: '審査員の名前を確かめてください', en: 'Check the reviewer’s name' },
    severity: 'error',
    summary: 'Scores by someone who is not on the panel',
    rule: 'X3',
    source: X3,
    ja: (p: Who & { panel: string }) =>
      `「${p.reviewer}」は審査員（${p.panel}）ではありませんが、申請「${p.application}」を採点しています`,
    en: (p: Who & { panel: string }) =>
      `"${p.reviewer}" is not on the panel (${p.panel}) but scored application "${p.application}"`,
  },
  'review.reviewer-missing': {
    summaryJa: '審査員の1人が、ある申請を採点していません（利害関係もなし）',
    action: {
      ja: '採点を入力するか、利害関係を記入してください',
      en: 'Enter the scores, or mark the conflict of interest',
    },
    severity: 'error',
    summary: 'A reviewer of the panel has no scores for an application (and no conflict)',
    rule: 'X3',
    source: X3,
    ja: (p: Who) =>
      `審査員「${p.reviewer}」の申請「${p.application}」の採点がありません（利害関係があるなら、そう記入してください）`,
    en: (p: Who) =>
      `Reviewer "${p.reviewer}" has no scores for application "${p.application}" (mark a conflict of interest if there is one)`,
  },
  'review.score-missing': {
    summaryJa: '審査員が採点していない項目があります',
    action: { ja: '点数を入力してください', en: 'Enter the points' },
    severity: 'error',
    summary: 'A criterion a reviewer did not score',
    rule: 'X3',
    source: X3,
    ja: (p: Who & { criterion: string }) =>
      `審査員「${p.reviewer}」の申請「${p.application}」の「${p.criterion}」の点数がありません`,
    en: (p: Who & { criterion: string }) =>
      `Reviewer "${p.reviewer}" gave no points for "${p.criterion}" on application "${p.application}"`,
  },
  'review.unknown-criterion': {
    summaryJa: '審査の基準にない項目の点数です',
    action: {
      ja: '項目名を審査の基準に合わせてください',
      en: 'Rename the criterion to one of the framework',
    },
    severity: 'error',
    summary: 'Points for a criterion the framework does not have',
    rule: 'X3',
    source: X3,
    ja: (p: Who & { criterion: string; known: string }) =>
      `審査項目「${p.criterion}」は審査の基準にありません（審査項目: ${p.known}）`,
    en: (p: Who & { criterion: string; known: string }) =>
      `"${p.criterion}" is not a criterion of the framework (criteria: ${p.known})`,
  },
  'review.score-unreadable': {
    summaryJa: '点数が数値ではありません',
    action: { ja: '点数を数値で入力してください', en: 'Enter the points as a number' },
    severity: 'error',
    summary: 'Points that are not a number',
    rule: 'X3',
    source: X3,
    ja: (p: Who & { criterion: string; text: string }) =>
      `審査員「${p.reviewer}」の「${p.criterion}」の点数「${p.text}」は数として読めません`,
    en: (p: Who & { criterion: string; text: string }) =>
      `Reviewer "${p.reviewer}": the points "${p.text}" for "${p.criterion}" are not a number`,
  },
  'review.score-off-scale': {
    summaryJa: '点数が尺度の外か、刻みの間です',
    action: { ja: '尺度にある点数で入力してください', en: 'Enter points on the scale' },
    severity: 'error',
    summary: 'Points outside the scale, or between its steps',
    rule: 'X3',
    source: X3,
    ja: (p: Who & { criterion: string; points: number; min: number; max: number; step: number }) =>
      `審査員「${p.reviewer}」の「${p.criterion}」の点数 ${p.points} は尺度（${p.min}〜${p.max} 点、${p.step} 点刻み）にありません`,
    en: (p: Who & { criterion: string; points: number; min: number; max: number; step: number }) =>
      `Reviewer "${p.reviewer}": ${p.points} points for "${p.criterion}" are off the scale (${p.min} to ${p.max} in steps of ${p.step})`,
  },
  'review.total-off-scale': {
    summaryJa: '審査員の合計が、尺度で取りうる範囲の外です',
    action: { ja: '点数と合計を確かめてください', en: 'Check the points and the total' },
    severity: 'error',
    summary: "A reviewer's total outside what the scale allows",
    rule: 'X3',
    source: X3,
    ja: (p: Who & { total: number; min: number; max: number }) =>
      `審査員「${p.reviewer}」の申請「${p.application}」の合計 ${p.total} 点は、あり得る範囲（${p.min}〜${p.max} 点）の外です`,
    en: (p: Who & { total: number; min: number; max: number }) =>
      `Reviewer "${p.reviewer}": the total of ${p.total} for application "${p.application}" is outside ${p.min} to ${p.max}`,
  },
  'review.total-mismatch': {
    summaryJa: '審査員の合計が、各項目の点数の和と合いません',
    action: { ja: '合計を計算し直してください', en: 'Compute the total again' },
    severity: 'error',
    summary: "A reviewer's total that disagrees with the points it sums",
    rule: 'X3',
    source: X3,
    ja: (p: Who & { written: number; computed: number }) =>
      `審査員「${p.reviewer}」の申請「${p.application}」の合計 ${p.written} 点が、項目の点数から計算した ${p.computed} 点と合いません`,
    en: (p: Who & { written: number; computed: number }) =>
      `Reviewer "${p.reviewer}": the total of ${p.written} for application "${p.application}" disagrees with its points, which make ${p.computed}`,
  },
  'review.conflicted-scored': {
    summaryJa: '利害関係のある審査員が採点しています（その点数は除きました）',
    action: { ja: '利害関係の記入と採点を確かめてください', en: 'Check the conflict mark and the scores' },
    severity: 'warning',
    summary: 'A reviewer scored an application they have a conflict of interest on (the scores are left out)',
    rule: 'X3',
    source: FAIR,
    ja: (p: Who) =>
      `審査員「${p.reviewer}」は申請「${p.application}」に利害関係がありますが、採点しています。この採点は除き、他の審査員の平均で評価します`,
    en: (p: Who) =>
      `Reviewer "${p.reviewer}" has a conflict of interest on application "${p.application}" but scored it: the scores are left out and the others' average stands in`,
  },
  'review.no-reviewer': {
    summaryJa: '申請を採点できる審査員が残っていません',
    action: {
      ja: '審査員を加えるか、利害関係の記入を確かめてください',
      en: 'Add a reviewer or check the conflict marks',
    },
    severity: 'error',
    summary: 'No reviewer is left to score an application',
    rule: 'X3',
    source: FAIR,
    ja: (p: { application: string }) =>
      `申請「${p.application}」を採点できる審査員がいません（全員が利害関係あり、または採点なし）`,
    en: (p: { application: string }) =>
      `No reviewer is left to score application "${p.application}" (all have a conflict or no scores)`,
  },
  'review.tie-unresolved': {
    summaryJa: '同点の決め方でも区別できない申請が同じ順位です',
    action: { ja: '審査会で順位を決めてください', en: 'Decide the order at the review meeting' },
    severity: 'warning',
    summary: 'Applications the tie rule cannot tell apart share a rank',
    rule: 'X3',
    source: X3,
    ja: (p: Tie) =>
      `申請 ${p.applications} は同点で、${p.why}。同じ ${p.rank} 位とし、予算は受付番号の順に充てました。審査会で順位を決めてください`,
    en: (p: Tie) =>
      `Applications ${p.applications} have the same score and ${p.whyEn}: they share rank ${p.rank} and the budget went to them in order of their IDs; the committee must decide their order`,
  },
});
