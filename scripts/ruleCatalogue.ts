import type { RuleId } from '../packages/core/src/index.js';

/** What a rule ID stands for, in a line, and the plans (by file and section) it rests on. */
export interface RuleEntry {
  readonly ja: string;
  readonly en: string;
  /** The plans it rests on ('002 8-1-4 事業1'), or 'kyodo' where the plans are silent. */
  readonly rests: string;
}

/**
 * The rule IDs the code and the profiles cite (sources/Source.ts RULE_IDS), each described once
 * so that docs/rules.md lists every ID a comment or a citation may name. A Record over RuleId:
 * a new ID does not build until it is described here.
 */
export const RULE_CATALOGUE: Readonly<Record<RuleId, RuleEntry>> = {
  C1: {
    ja: '年度は4月1日から翌年3月31日まで',
    en: 'A fiscal year (年度) runs from 1 April to 31 March',
    rests: 'kyodo',
  },
  C2: {
    ja: '元号（平成・令和、元年）と、シートでの日付・年度の書き方',
    en: 'Eras (平成, 令和, 元年) and the ways sheets write dates and fiscal years',
    rests: 'kyodo',
  },
  C3: {
    ja: '金額は円単位の整数（シートでの書き方を読む）',
    en: 'Money is whole yen, read in the forms sheets use',
    rests: 'kyodo',
  },
  C4: {
    ja: '率は正確な分数、端数処理は1回だけ',
    en: 'Rates are exact fractions; an amount is rounded once',
    rests: 'kyodo',
  },
  D1: { ja: '協働の定義（一関市）', en: 'Cooperation (協働) as Ichinoseki defines it', rests: '000 §6; 001' },
  D2: {
    ja: '市民協働の定義（取手市）',
    en: 'Citizen cooperation (市民協働) as Toride defines it',
    rests: '003 第2章(2)①',
  },
  D3: { ja: '地域協働の定義', en: 'Regional cooperation (地域協働)', rests: '002 4-1' },
  D4: { ja: '協働の主体', en: 'The actors (主体) of cooperation', rests: '003 第2章(2)②; 000 §6' },
  D5: {
    ja: '主体ごとに期待される効果',
    en: 'The effects expected of each actor',
    rests: '000 §6; 003 第2章(3)',
  },
  D6: { ja: '主体ごとの役割', en: 'The role of each actor', rests: '003 第2章(4)' },
  P1: { ja: '協働の原則（一関市）', en: "Ichinoseki's principles of cooperation", rests: '000 §6' },
  P2: { ja: '行動基準（一関市）', en: "Ichinoseki's action standards", rests: '000 §6; 001' },
  P3: { ja: '補完性の原則', en: 'The principle of subsidiarity (補完性)', rests: '000; 002 §5' },
  P4: {
    ja: '地域協働の基本方針（一関市）',
    en: "Ichinoseki's basic policy on regional cooperation",
    rests: '002 §5',
  },
  P5: { ja: '協働の基本原則（取手市）', en: "Toride's basic principles", rests: '003 第3章(1)' },
  P6: { ja: '協働のポイント（計画004）', en: 'The points of cooperation of plan 004', rests: '004' },
  F1: {
    ja: '協働の形態と、それぞれを主催する者（取手市）',
    en: "Toride's forms of cooperation and who organises each",
    rests: '003 第3章(2)',
  },
  F2: {
    ja: '事業形態と、地域づくり計画の実施主体の読み方（一関市）',
    en: "Ichinoseki's forms, and what a 実施主体 of a regional plan means",
    rests: '001; 002 (参考)',
  },
  F3: { ja: 'シートで見る形態の別名', en: 'The names sheets give the forms (synonyms)', rests: 'kyodo' },
  R1: { ja: '協働の4つの領域', en: 'The four domains of cooperation', rests: '003 第3章(3)' },
  R2: {
    ja: '形態と主催者で領域が決まる。課税・許可などの行政行為は協働ではない',
    en: 'A form and its organiser decide the domain; an administrative act (課税, 許可) is not cooperation',
    rests: '003 第3章(3)',
  },
  G1: { ja: '地域協働体の区域', en: 'The area of a regional cooperation body', rests: '002 8-1-3; 001' },
  G2: {
    ja: '地域協働体の設立の流れ',
    en: 'The steps of founding a regional cooperation body',
    rests: '002 8-1-4',
  },
  G3: { ja: '地域協働体の機能と役割', en: 'Its functions and roles', rests: '002 8-1-1, 8-1-2; 001' },
  G4: {
    ja: '地域づくり計画の見出しと列',
    en: 'The headings and columns of the regional plan',
    rests: '002 8-1-5',
  },
  'S-ichinoseki-1': {
    ja: '地域の合意形成を図る事業に対する支援（事業1）',
    en: 'Support for building regional consensus (事業1)',
    rests: '002 8-1-4 事業1',
  },
  'S-ichinoseki-4': {
    ja: '地域協働体支援事業費補助金（事業4）',
    en: 'Regional cooperation body support subsidy (事業4)',
    rests: '002 8-2-1 事業4',
  },
  'S-ichinoseki-5': {
    ja: '地域ゆめづくり交付金（事業5）',
    en: 'Regional dream grant (事業5)',
    rests: '002 8-2-1 事業5',
  },
  'S-ichinoseki-6': {
    ja: '事務局員の支援（事業6）',
    en: 'Support for a secretariat member (事業6)',
    rests: '002 8-2-1 事業6',
  },
  'S-toride-1': {
    ja: '市民提案型一般公募補助金',
    en: 'The open call for citizen-proposed projects',
    rests: '003 第4章(1)⑦',
  },
  'S-common': {
    ja: '前金払・概算払と精算（返還・追加交付）。対象外経費は算定の基にしない',
    en: 'Advance payment and settlement (refund, further payment); ineligible expense is never part of the base',
    rests: 'kyodo; 002 8-1-4 事業1 単年度精算、前金払い可',
  },
  E1: {
    ja: '評価・検証：共通の項目で各々が自己評価し、結果を共有・公表',
    en: 'Evaluation: each party evaluates itself on common items; the results are shared and published',
    rests: '001; 000 §8',
  },
  E2: { ja: '客観的評価検証の項目', en: 'The items of the objective evaluation', rests: '001' },
  E3: { ja: '改善策の検討の項目', en: 'The items of the review for improvement', rests: '001' },
  E4: {
    ja: '予算と事業規模を当初の計画と比べる（予実差）',
    en: "The city's budget and the project's scale against the first plan (plan versus actual)",
    rests: '000',
  },
  E5: { ja: '評価（計画004）', en: 'Evaluation in plan 004', rests: '004' },
  E6: {
    ja: '評価の項目は基本原則による（取手市）',
    en: "Toride's evaluation items follow its principles",
    rests: '003',
  },
  E7: {
    ja: '評価の尺度（文書になし。既定は A–D の4段階、回答した項目の平均、2段階以上の差を示す）',
    en: 'The scale (no plan gives one; by default four levels A–D, the mean of the answered items, gaps of two levels shown)',
    rests: 'kyodo',
  },
  E8: {
    ja: '実施年次指標：毎年度、向こう3か年度分の指標',
    en: 'Rolling indicators: each year, targets for the next three fiscal years',
    rests: '001',
  },
  T1: {
    ja: '計画の期間と見直しの時期',
    en: "A plan's period and when it is revised",
    rests: '000 8 ■基本計画の見直し',
  },
  T2: { ja: '事業ごとの実施年度', en: 'The implementation years of each 事業', rests: '002' },
  X1: {
    ja: '補助金の算定式（事業収入、逓減する率、定額、前払の割合、交付決定額を超えない精算）',
    en: 'Subsidy formulas (project income, tapering rates, fixed amounts, advance shares, never above the grant)',
    rests: 'kyodo',
  },
  X2: {
    ja: '評価の3段階（自己評価、相互評価、委員会）',
    en: 'Evaluation in three steps (self, mutual, committee)',
    rests: 'kyodo',
  },
  X3: {
    ja: '提案事業の審査（採点、合格点、利害関係、予算の範囲で採択、減額）',
    en: 'Selecting proposed projects (scores, pass mark, conflicts of interest, funding in rank order, reductions)',
    rests: 'kyodo; 003 第4章(1)⑦',
  },
};
