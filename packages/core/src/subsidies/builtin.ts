import type { RuleId } from '../sources/Source.js';
import type { Program, ProgramSource } from './schema.js';

const S2 = '002_5a3cd8c23b61ef14.txt';
const S3 = '003_77c600037372601a.txt';

const JIGYO1 = '8-1-4 事業1';
const JIGYO4 = '8-2-1 事業4';
const JIGYO5 = '8-2-1 事業5';
const JIGYO6 = '8-2-1 事業6';

function src(document: string, section: string, rule: RuleId, note?: string): ProgramSource {
  return note === undefined ? { document, section, rule } : { document, section, rule, note };
}

/** The documents give no rounding rule; RULES C4 names the library default. */
const NO_ROUNDING_IN_DOCUMENT =
  'The document states no rounding rule; kyodo truncates to the yen (円未満切り捨て, RULES C4).';

const KYODOTAI = { ja: '地域協働体', en: 'regional cooperation body' } as const;

/** ichinoseki/goi-keisei — RULES S-ichinoseki-1; 002_5a3cd8c23b61ef14.txt 8-1-4 事業1. */
const goiKeisei: Program = {
  id: 'ichinoseki/goi-keisei',
  names: {
    ja: '地域の合意形成を図る事業に対する支援',
    en: 'Support for building regional consensus',
    aliases: ['事業1', '合意形成支援', '地域の合意形成を図る事業'],
  },
  kind: 'subsidy',
  rule: 'S-ichinoseki-1',
  source: src(S2, JIGYO1, 'S-ichinoseki-1'),
  years: [
    {
      from: 2014,
      to: 2018,
      source: src(
        S2,
        `${JIGYO1} 実施年度`,
        'T2',
        'The 実施年度 table spans 26–30年度 (the plan period, RULES T2); its applicants are limited to 準備会 started by 27年度.',
      ),
    },
  ],
  applicants: {
    types: [{ ja: '地域協働体設立準備会', en: 'preparatory committee of a regional cooperation body' }],
    source: src(
      S2,
      `${JIGYO1} 実施年度`,
      'S-ichinoseki-1',
      '交付対象は当面、27年度までに発足した地域協働体設立準備会とします。',
    ),
  },
  conditions: [
    {
      kind: 'founded-by',
      date: '2016-03-31',
      what: {
        ja: '地域協働体設立準備会の発足',
        en: 'the start of the preparatory committee',
      },
      source: src(
        S2,
        `${JIGYO1} 実施年度`,
        'S-ichinoseki-1',
        '交付対象は当面、27年度までに発足した地域協働体設立準備会とします (27年度 = FY2015, ending 2016-03-31).',
      ),
    },
  ],
  rate: [
    {
      from: 2014,
      value: { numerator: 1, denominator: 1 },
      source: src(S2, JIGYO1, 'S-ichinoseki-1', '補助率：100%'),
    },
  ],
  annualLimit: [
    { from: 2014, value: 50_000, source: src(S2, JIGYO1, 'S-ichinoseki-1', '限度額：1地区5万円') },
  ],
  limitPer: { ja: '1地区', en: 'per district' },
  caps: {
    totalYen: 50_000,
    maxYears: 2,
    source: src(
      S2,
      JIGYO1,
      'S-ichinoseki-1',
      '限度額：1地区5万円（2箇年までとし、総額5万円、単年度精算、前金払い可）',
    ),
  },
  rounding: {
    mode: 'truncate',
    unit: 1,
    source: src('kyodo', 'docs/rules.md「計画が定めていないこと」', 'C4', NO_ROUNDING_IN_DOCUMENT),
  },
  advance: { allowed: true, kinds: ['maekin'], source: src(S2, JIGYO1, 'S-ichinoseki-1', '前金払い可') },
  settlement: { kind: 'single-year', source: src(S2, JIGYO1, 'S-ichinoseki-1', '単年度精算') },
  expenses: {
    eligible: [
      { ja: '会議', en: 'meetings' },
      { ja: '啓発', en: 'awareness-raising' },
      { ja: 'その他の準備費用', en: 'other preparation costs' },
    ],
    source: src(
      S2,
      JIGYO1,
      'S-ichinoseki-1',
      '地域協働体の設立に向け、地域の合意形成を図るため行う会議、啓発その他の準備費用に対する支援',
    ),
  },
  notes: [
    {
      ja: '従前は地域協働体の設立時に褒賞金を交付していたが、設立準備会に対し交付するものとして制度改正',
      en: 'Formerly a reward was paid when a body was founded; it is now paid to the preparatory committee instead.',
      source: src(S2, JIGYO1, 'S-ichinoseki-1'),
    },
  ],
};

/** ichinoseki/kyodotai-shien — RULES S-ichinoseki-4; 002_5a3cd8c23b61ef14.txt 8-2-1 事業4. */
const kyodotaiShien: Program = {
  id: 'ichinoseki/kyodotai-shien',
  names: {
    ja: '地域協働体支援事業費補助金',
    en: 'Regional cooperation body support subsidy',
    aliases: ['事業4', '協働体支援補助金'],
  },
  kind: 'subsidy',
  rule: 'S-ichinoseki-4',
  source: src(S2, JIGYO4, 'S-ichinoseki-4'),
  years: [
    {
      from: 2014,
      to: 2015,
      source: src(
        S2,
        `${JIGYO4} 実施年度`,
        'S-ichinoseki-4',
        '当面は27年度まで (26年度 = FY2014 … 27年度 = FY2015)',
      ),
    },
  ],
  applicants: {
    types: [KYODOTAI],
    source: src(S2, JIGYO4, 'S-ichinoseki-4', '限度額：1地域協働体 単年度20万円'),
  },
  conditions: [
    {
      kind: 'before-plan-adopted',
      what: { ja: '地域づくり計画の策定', en: 'the adoption of its regional plan (地域づくり計画)' },
      source: src(S2, JIGYO4, 'S-ichinoseki-4', '地域づくり計画を策定するまでの間の活動に係る支援'),
    },
  ],
  rate: [
    {
      from: 2014,
      value: { numerator: 2, denominator: 3 },
      source: src(S2, JIGYO4, 'S-ichinoseki-4', '補助率：2/3'),
    },
  ],
  annualLimit: [
    {
      from: 2014,
      value: 200_000,
      source: src(S2, JIGYO4, 'S-ichinoseki-4', '限度額：1地域協働体 単年度20万円'),
    },
  ],
  limitPer: { ja: '1地域協働体', en: 'per body' },
  rounding: {
    mode: 'truncate',
    unit: 1,
    source: src('kyodo', 'docs/rules.md「計画が定めていないこと」', 'C4', NO_ROUNDING_IN_DOCUMENT),
  },
  expenses: {
    eligible: [
      { ja: '研修会', en: 'training sessions' },
      { ja: '講演会', en: 'lectures' },
      { ja: 'アンケート調査', en: 'questionnaire surveys' },
      { ja: '会議', en: 'meetings' },
      { ja: '地域づくり計画書の印刷等', en: 'printing of the regional plan' },
      { ja: 'パンフレットの印刷等', en: 'printing of pamphlets' },
    ],
    source: src(
      S2,
      JIGYO4,
      'S-ichinoseki-4',
      '研修会、講演会、アンケート調査、会議等に要する経費; 地域づくり計画書、パンフレットの印刷等に要する経費',
    ),
  },
};

/** ichinoseki/yume-zukuri — RULES S-ichinoseki-5; 002_5a3cd8c23b61ef14.txt 8-2-1 事業5. */
const yumeZukuri: Program = {
  id: 'ichinoseki/yume-zukuri',
  names: {
    ja: '地域ゆめづくり交付金',
    en: 'Regional dream-making grant',
    aliases: [
      '事業5',
      '地域交付金',
      '(仮称) 地域ゆめづくり交付金',
      '仮称 地域ゆめづくり交付金',
      '地域づくり計画に基づく事業に対する地域交付金',
    ],
  },
  kind: 'grant',
  rule: 'S-ichinoseki-5',
  source: src(S2, JIGYO5, 'S-ichinoseki-5', 'The name is provisional (仮称) in the document.'),
  years: [
    {
      from: 2015,
      to: 2018,
      source: src(
        S2,
        `${JIGYO5} 実施年度`,
        'T2',
        '平成27年度から支援 (26年度: 交付金制度の具体的な制度設計); the 実施年度 table spans 26–30年度, the plan period (3 計画期間: 平成26年度から平成30年度までの5年間), as for 事業1.',
      ),
    },
  ],
  applicants: { types: [KYODOTAI], source: src(S2, JIGYO5, 'S-ichinoseki-5') },
  use: {
    carryOver: true,
    reserve: true,
    passOn: true,
    source: src(
      S2,
      `${JIGYO5} 地域交付金のイメージ`,
      'S-ichinoseki-5',
      '予算の次年度繰越や一部予算の積立も可能な仕組み; 地域協働体が組織の構成団体等へ助成することも可能',
    ),
  },
  expenses: {
    eligible: [
      { ja: '健康福祉', en: 'health and welfare' },
      { ja: '環境美化', en: 'environment and beautification' },
      { ja: '防犯防災', en: 'crime and disaster prevention' },
      { ja: '教育子育て', en: 'education and child-rearing' },
      { ja: '地域行事', en: 'regional events' },
      { ja: '産業観光', en: 'industry and tourism' },
      { ja: '広報啓発', en: 'public relations and awareness' },
      {
        ja: '自治会への助成',
        en: 'grants to neighbourhood associations',
        note: {
          ja: '自治会等活動費総合補助金等の一括交付金化後',
          en: 'after the association subsidies are merged into the grant',
        },
      },
      { ja: 'その他', en: 'other' },
    ],
    pending: [
      { ja: '景観形成', en: 'townscape' },
      { ja: 'まちの魅力の向上', en: 'attractiveness of the town' },
      { ja: '伝統文化の継承・歴史的施設の保全', en: 'traditional culture and historic buildings' },
      { ja: '観光振興', en: 'tourism promotion' },
      { ja: '安全安心なまちづくり', en: 'a safe town' },
      { ja: 'その他', en: 'other' },
    ],
    source: src(
      S2,
      `${JIGYO5} 地域交付金のイメージ`,
      'S-ichinoseki-5',
      'ソフト事業 are eligible (ハード事業以外); ハード事業 only once the city has designed that part with the bodies (pending).',
    ),
  },
  notes: [
    {
      ja: '交付額・算定方法は文書に記載がなく、プロファイルで定める',
      en: 'The document gives no amount or formula: the profile supplies them.',
      source: src(S2, JIGYO5, 'S-ichinoseki-5'),
    },
  ],
};

/** ichinoseki/jimukyoku — RULES S-ichinoseki-6; 002_5a3cd8c23b61ef14.txt 8-2-1 事業6. */
const jimukyoku: Program = {
  id: 'ichinoseki/jimukyoku',
  names: {
    ja: '地域協働体が雇用する職員（事務局員）に対する支援',
    en: 'Support for the staff member (secretariat) of a regional cooperation body',
    aliases: ['事業6', '事務局員支援', '事務局員'],
  },
  kind: 'staff',
  rule: 'S-ichinoseki-6',
  source: src(S2, JIGYO6, 'S-ichinoseki-6'),
  years: [
    {
      from: 2014,
      to: 2018,
      source: src(
        S2,
        `${JIGYO6} 実施年度`,
        'T2',
        '26年度: 先行して設立された地域協働体の地区に配置; 27年度以降: 設立状況に応じて雇用に対する支援; the 実施年度 table spans 26–30年度, the plan period (3 計画期間), as for 事業1.',
      ),
    },
  ],
  applicants: {
    types: [
      KYODOTAI,
      { ja: '地域協働体設立準備会', en: 'preparatory committee of a regional cooperation body' },
    ],
    source: src(
      S2,
      `${JIGYO6} 実施年度`,
      'S-ichinoseki-6',
      '地域協働体の設立までのスケジュールが明確な場合は、設立準備会を含む',
    ),
  },
  notes: [
    {
      ja: '1年目：市非常勤特別職として雇用（地域協働体あたり1名、公民館に配置、週29時間以内の年間雇用）',
      en: 'Year 1: employed by the city as a part-time special post (one per body, placed at the 公民館, at most 29 hours a week, for the year).',
      source: src(S2, JIGYO6, 'S-ichinoseki-6'),
    },
    {
      ja: '2年目以降：地域協働体が直接雇用し、市非常勤特別職の年間雇用相当分の費用を支援（希望により初年度から直接雇用も可）',
      en: 'Year 2 on: employed by the body, supported with the cost of a year of that post (direct employment from year 1 if the body wishes).',
      source: src(S2, JIGYO6, 'S-ichinoseki-6'),
    },
    {
      ja: '平成26年度までの期間に限り、現行の推進員制度との選択が可能',
      en: 'Until FY2014 a body may choose the older 推進員制度 instead.',
      source: src(S2, JIGYO6, 'S-ichinoseki-6'),
    },
    {
      ja: '支援額は文書に記載がなく、プロファイルで定める',
      en: 'The document gives no amount: the profile supplies it.',
      source: src(S2, JIGYO6, 'S-ichinoseki-6'),
    },
  ],
};

/** toride/shimin-teian — RULES S-toride-1; 003_77c600037372601a.txt 第4章(1)⑦. A template. */
const shiminTeian: Program = {
  id: 'toride/shimin-teian',
  names: {
    ja: '市民提案型一般公募補助金',
    en: 'Citizen-proposal open-call subsidy',
    aliases: ['市民提案型補助金', '市民提案型の一般公募補助金', '一般公募補助金'],
  },
  kind: 'subsidy',
  rule: 'S-toride-1',
  source: src(
    S3,
    '第4章(1)⑦',
    'S-toride-1',
    'The document names the program but gives no rate, limit or years: a template whose numbers the profile supplies.',
  ),
  applicants: {
    types: [{ ja: '市民活動団体等', en: 'citizen activity groups' }],
    source: src(S3, '第4章(1)⑦', 'S-toride-1', '市民活動団体等が企画・提案する公益的な事業を支援'),
  },
};

/**
 * The programs of RULES S for each built-in profile (profiles/builtin composes them):
 * ichinoseki (002_5a3cd8c23b61ef14.txt 8-1-4 事業1, 8-2-1 事業4–6), toride
 * (003_77c600037372601a.txt 第4章(1)⑦), plan-004 (none: 004 describes no support program).
 * Numbers a document does not give are absent, never 0.
 */
export const builtinPrograms: Readonly<Record<'ichinoseki' | 'toride' | 'plan-004', readonly Program[]>> = {
  ichinoseki: [goiKeisei, kyodotaiShien, yumeZukuri, jimukyoku],
  toride: [shiminTeian],
  'plan-004': [],
};
