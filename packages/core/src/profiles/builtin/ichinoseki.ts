import { builtinFrameworks } from '../../evaluation/builtin.js';
import { builtinReviewFrameworks } from '../../review/builtin.js';
import { cite } from '../../sources/Source.js';
import { builtinPrograms } from '../../subsidies/builtin.js';
import { DEFAULT_MISSING_MARKERS } from '../defaults.js';
import type { Profile } from '../schema.js';
import { defaultHeaders } from './shared.js';

const S0 = '000_0726a29b17f6f262.txt';
const S1 = '001_9b5b631400e119ce.txt';
const S2 = '002_5a3cd8c23b61ef14.txt';
const frameworks = [...builtinFrameworks.ichinoseki];
const defaultFramework = frameworks[0]?.id;

const P1_GROUP = { ja: '協働の原則', en: 'Principles of cooperation' };
const P4_GROUP = { ja: '地域協働推進に関する基本的な方針', en: 'Basic policy for regional cooperation' };
const PLAN = '(参考)「地域づくり計画書」の例';
const FORM_CHOICE = '協働のための仕組みづくり 事業形態の選択活用 アクション';

/**
 * The built-in profile of 一関市 (Ichinoseki, Iwate), from the second basic plan (S0,
 * 000_0726a29b17f6f262.txt), the action plan (S1, 001_9b5b631400e119ce.txt) and the regional
 * cooperation plan (S2, 002_5a3cd8c23b61ef14.txt): definitions (RULES D1, D3), actors and their
 * effects (D4, D5), principles and action standards (P1–P4), forms as ichinoseki uses them
 * (F2, F3), regional cooperation bodies (G1–G4) and what the 実施主体 of a 地域づくり計画 means (F2).
 */
export const ichinosekiProfile: Profile = {
  id: 'ichinoseki',
  name: { ja: '一関市', en: 'Ichinoseki' },
  localGovernmentCode: '032093',
  description: {
    ja: '第2次一関市協働基本計画、一関市協働推進アクションプラン、一関市地域協働推進計画に基づくプロファイル',
    en: 'Profile built from Ichinoseki’s second basic plan for cooperation, its action plan and its regional cooperation plan',
  },
  sources: [
    {
      document: S0,
      title: {
        ja: '第2次一関市協働基本計画の概要',
        en: 'Second Ichinoseki Basic Plan for Cooperation (summary)',
      },
      adopted: '令和4年3月',
      period: '令和4年度–令和8年度 (FY2022–2026)',
      revision: {
        after: { ja: '総合計画基本構想の策定', en: 'the adoption of the comprehensive plan’s basic vision' },
        fiscalYearsAfter: 1,
        source: cite(
          S0,
          '8 協働の取組の推進 ■基本計画の見直し',
          'T1',
          'この基本計画は、社会情勢の変化に対応し、協働のまちづくりをより一層推進するため、市協働推進会議の意見を踏まえて、総合計画基本構想の策定の翌年度に見直します。',
        ),
      },
    },
    {
      document: S1,
      title: { ja: '一関市協働推進アクションプラン', en: 'Ichinoseki Cooperation Action Plan' },
      adopted: '平成22年12月',
    },
    {
      document: S2,
      title: { ja: '一関市地域協働推進計画', en: 'Ichinoseki Regional Cooperation Plan' },
      adopted: '平成26年3月',
      period: '平成26年度–平成30年度 (FY2014–2018)',
    },
  ],
  definitions: [
    {
      id: 'kyodo',
      term: { ja: '協働', en: 'Cooperation' },
      text: {
        ja: '協働の主体である市民組織、企業、行政がお互いの立場を尊重し、公共的、公益的な活動を継続的な話し合いと合意により、協力して行動すること。',
        en: 'Citizen organisations, businesses and the government, the actors of cooperation, respecting each other’s position and acting together on public and public-benefit activity through continued discussion and agreement.',
      },
      source: cite(S0, '6 協働の考え方 ■協働とは', 'D1', 'The same definition is in 001 協働とは.'),
    },
    {
      id: 'chiiki-kyodo',
      term: { ja: '地域協働', en: 'Regional cooperation' },
      text: {
        ja: '地域の自治会（民区、町内会、集落公民館等を含む。）、消防団やPTAなど各種団体、市民、民間事業者（企業）等の多様な主体が、一定の地域において互いに、又は行政と、地域の特性や課題などを共有した上で、役割を分担しながら、地域課題の解決や地域の実情に沿って地域づくりを進めること。',
        en: 'Diverse actors of an area (neighbourhood associations, fire brigades, PTAs and other groups, citizens, businesses), with one another or with the government, sharing the area’s character and issues and dividing roles to solve local issues and develop the area as fits it.',
      },
      source: cite(S2, '4-1 地域協働の定義', 'D3'),
    },
    {
      id: 'shimin-soshiki',
      term: { ja: '市民組織', en: 'Citizen organisations' },
      text: {
        ja: '自治会、各種団体、市民活動団体、まちづくり団体、ボランティア団体など',
        en: 'Neighbourhood associations, various groups, citizen groups, town-making groups, volunteer groups and the like',
      },
      source: cite(S1, '用語解説 市民組織', 'D4'),
    },
    {
      id: 'shimin',
      term: { ja: '市民', en: 'Citizens' },
      text: {
        ja: '地域コミュニティ（例：自治会など）、市民活動団体、企業、行政などにおいて、一関市の公益的活動に主体的に関わるすべての人',
        en: 'Everyone who takes part on their own initiative in public-benefit activity in Ichinoseki, in a community (a neighbourhood association), a citizen group, a business or the government',
      },
      source: cite(S1, '用語解説 市民', 'D4'),
    },
  ],
  principles: [
    {
      id: 'jishu-jiritsu-taito',
      label: { ja: '自主、自立、対等の原則', en: 'Autonomy, independence and equality' },
      description: {
        ja: '自主性を尊重し、自立してそれぞれの持てる力を発揮し合うこと。対等な横の関係にあって、お互いを補完し合い（補完性の原則）、おのおのの独自性や専門性を高めていくこと。',
        en: 'Respect autonomy and bring each one’s strength independently; side by side as equals, complement each other (subsidiarity) and deepen each one’s own character and expertise.',
      },
      group: P1_GROUP,
      source: cite(S0, '6 協働の考え方 ■協働の原則（1）', 'P1'),
    },
    {
      id: 'sogo-rikai-mokuteki-kyoyu',
      label: { ja: '相互理解、目的共有の原則', en: 'Mutual understanding and shared purpose' },
      description: {
        ja: 'お互いの立場や特性を十分に理解し、協働の目的や役割、活動に必要な情報を共有し、お互いの信頼関係を築いていくこと。',
        en: 'Understand each other’s position and character, share the purpose, roles and information of the cooperation, and build trust.',
      },
      group: P1_GROUP,
      source: cite(S0, '6 協働の考え方 ■協働の原則（2）', 'P1'),
    },
    {
      id: 'kosei-kohei-kokai',
      label: { ja: '公正、公平、公開の原則', en: 'Fairness, impartiality and openness' },
      description: {
        ja: '選定や活動に対する評価において、公正、公平な判断を行い、積極的に情報を公開し、説明責任を果たしていくこと。',
        en: 'Judge selection and evaluation fairly and impartially, publish information actively and be accountable.',
      },
      group: P1_GROUP,
      source: cite(S0, '6 協働の考え方 ■協働の原則（3）', 'P1'),
    },
    {
      id: 'hyoka-kensho',
      label: { ja: '評価、検証の原則', en: 'Evaluation and review' },
      description: {
        ja: '行政が負担する予算、事業規模等が、当初計画したとおり完結したかどうかなど、協働して取り組んだ事業の評価、検証を行うこと。',
        en: 'Evaluate and review cooperative projects, including whether the budget the government bears and the project’s scale were completed as first planned.',
      },
      group: P1_GROUP,
      source: cite(S0, '6 協働の考え方 ■協働の原則（4）', 'P1'),
    },
    {
      id: 'hanashiai-keizoku',
      label: { ja: '話し合いの継続の原則', en: 'Continued discussion' },
      description: {
        ja: '上記の4つの原則を踏まえ、話し合いを継続していくこと。',
        en: 'On the basis of the four principles above, keep discussing.',
      },
      group: P1_GROUP,
      source: cite(S0, '6 協働の考え方 ■協働の原則（5）', 'P1'),
    },
    {
      id: 'hokansei',
      label: { ja: '補完性の原則', en: 'Subsidiarity' },
      description: {
        ja: '個人や家庭、地域でできることは自助・共助で解決し、それでもできない場合は、地域と行政との協働、もしくは公助として行政が補完、支援すること。',
        en: 'What individuals, families and the area can do they solve themselves (self-help, mutual help); what they cannot, the area and the government do together (cooperation), or the government complements and supports (public help).',
      },
      group: P4_GROUP,
      ordering: [
        {
          id: 'jijo',
          order: 1,
          label: { ja: '自助（個人や家庭）', en: 'Self-help (individuals, families)' },
          source: cite(S2, '5 ※補完性の原則', 'P3'),
        },
        {
          id: 'kyojo',
          order: 2,
          label: { ja: '共助（地域）', en: 'Mutual help (the area)' },
          source: cite(S2, '5 ※補完性の原則', 'P3'),
        },
        {
          id: 'kyodo',
          order: 3,
          label: { ja: '地域と行政との協働', en: 'Cooperation of the area and the government' },
          source: cite(S2, '5 ※補完性の原則', 'P3'),
        },
        {
          id: 'kojo',
          order: 4,
          label: {
            ja: '公助（行政が補完、支援）',
            en: 'Public help (the government complements and supports)',
          },
          source: cite(S2, '5 ※補完性の原則', 'P3'),
        },
      ],
      source: cite(
        S2,
        '5 地域協働推進に関する基本的な方針 ○補完性の原則',
        'P3',
        'Also 000 6 協働の考え方 ○補完性の原則.',
      ),
    },
    {
      id: 'jiritsugata',
      label: { ja: '自立型の地域づくり', en: 'Self-reliant regional development' },
      description: {
        ja: '「自分たちの地域は自分たちで守り、創る」を基本に、市民一人ひとりが当事者となり、自主・自立の地域づくりを促進する。',
        en: '“We protect and build our own area”: each citizen takes part and develops the area autonomously.',
      },
      group: P4_GROUP,
      source: cite(S2, '5 地域協働推進に関する基本的な方針 ○自立型の地域づくり', 'P4'),
    },
    {
      id: 'chiiki-bunken',
      label: { ja: '地域分権の推進', en: 'Devolution to the regions' },
      description: {
        ja: '地域が取り組んだ方が効果的、効率的なものなどについて、事業と財源を地域に委ねる「地域分権」を進める。',
        en: 'Where the area does a thing better, entrust projects and funds to it (“regional devolution”).',
      },
      group: P4_GROUP,
      source: cite(S2, '5 地域協働推進に関する基本的な方針 ○地域分権の推進', 'P4'),
    },
  ],
  actionStandards: [
    {
      id: 'taito-yakuwari',
      label: {
        ja: '対等の立場で相互の役割と責任を果たすこと',
        en: 'Fulfil each one’s role and responsibility as equals',
      },
      source: cite(S0, '6 協働の考え方 ■協働とは 行動基準', 'P2', 'Also 001 協働とは ❶.'),
    },
    {
      id: 'keizoku-hanashiai',
      label: {
        ja: '地域課題を解決するため、継続して話し合うこと',
        en: 'Keep discussing to solve local issues',
      },
      source: cite(S0, '6 協働の考え方 ■協働とは 行動基準', 'P2', 'Also 001 協働とは ❷.'),
    },
    {
      id: 'chiiki-community',
      label: {
        ja: '地域の良さを尊重し、地域コミュニティを重視したまちづくりを推進すること',
        en: 'Respect the area’s strengths and build the town around its communities',
      },
      source: cite(S0, '6 協働の考え方 ■協働とは 行動基準', 'P2', 'Also 001 協働とは ❸.'),
    },
  ],
  actors: [
    {
      id: 'kojin',
      label: { ja: '個人', en: 'Individuals' },
      synonyms: ['市民', '個人として参加する人'],
      effects: [
        {
          label: {
            ja: 'きめ細やかで多様な公共サービス、参画の機会と自己実現、市民が主体となったまちづくり',
            en: 'Fine-grained, varied public services; chances to take part and fulfil oneself; town-making led by citizens',
          },
          source: cite(S0, '6 協働の考え方 ■協働による効果 (1) 個人', 'D5'),
        },
      ],
      source: cite(S0, '6 協働の考え方 ■協働による効果 (1)', 'D4'),
    },
    {
      id: 'jichikai',
      label: { ja: '自治会等', en: 'Neighbourhood associations' },
      group: 'shimin-soshiki',
      examples: ['自治会', '民区', '町内会', '集落公民館'],
      synonyms: ['自治会', '民区', '町内会', '集落公民館', '集落公民館組織', '各自治会'],
      effects: [
        {
          label: {
            ja: '担い手育成や負担軽減による持続可能な地域づくり、話し合いの機会の広がり、組織のレベルアップ',
            en: 'Sustainable development through new officers and a lighter load; more chances to discuss; a stronger organisation',
          },
          source: cite(S0, '6 協働の考え方 ■協働による効果 (2) 自治会等', 'D5'),
        },
      ],
      source: cite(S2, '4-1 地域協働の定義', 'D4', 'Also 000 6 ■協働による効果 (2).'),
    },
    {
      id: 'shimin-katsudo-dantai',
      label: { ja: '市民活動団体', en: 'Citizen groups' },
      group: 'shimin-soshiki',
      examples: ['NPO', 'まちづくり団体', 'ボランティア団体'],
      synonyms: ['NPO', 'NPO法人', 'まちづくり団体', 'ボランティア団体', 'ボランティア組織'],
      effects: [
        {
          label: {
            ja: '専門性を活かした取組、行政との相互理解と改善提案、企業・団体との連携による専門的な事業',
            en: 'Work that uses expertise; mutual understanding with the government and proposals; specialised projects with businesses and groups',
          },
          source: cite(S0, '6 協働の考え方 ■協働による効果 (3) 市民活動団体', 'D5'),
        },
      ],
      source: cite(S1, '用語解説 市民組織', 'D4'),
    },
    {
      id: 'shimin-soshiki',
      label: { ja: '市民組織', en: 'Citizen organisations' },
      examples: ['自治会', '各種団体', '市民活動団体', 'まちづくり団体', 'ボランティア団体'],
      synonyms: ['各種団体'],
      source: cite(S1, '用語解説 市民組織', 'D4'),
    },
    {
      id: 'kigyo',
      label: { ja: '企業', en: 'Businesses' },
      synonyms: ['民間事業者', '民間事業者（企業）', '事業者', '経済団体', '商店街組合', '農家組合'],
      effects: [
        {
          label: {
            ja: '地域の一員としての社会的信頼、専門性を活かした社会貢献、市民活動団体との連携による活動の広がり',
            en: 'Social trust as a member of the area; contribution through expertise; a wider field through citizen groups',
          },
          source: cite(S0, '6 協働の考え方 ■協働による効果 (4) 企業', 'D5'),
        },
      ],
      source: cite(S0, '6 協働の考え方 ■協働とは', 'D4'),
    },
    {
      id: 'gyosei',
      label: { ja: '行政', en: 'Government (the city)' },
      synonyms: ['市', '一関市', '市役所'],
      effects: [
        {
          label: {
            ja: '市民ニーズの把握と施策決定の透明性、市民と共通した認識での施策実行、事務事業の見直し',
            en: 'Knowledge of needs and transparent decisions; policy carried out with a shared view; review of the city’s work',
          },
          source: cite(S0, '6 協働の考え方 ■協働による効果 (5) 行政', 'D5'),
        },
      ],
      source: cite(S2, '2 用語 行政', 'D4', '市長、教育委員会、農業委員会などの行政機関の総体.'),
    },
    {
      id: 'chiiki-kyodotai',
      label: { ja: '地域協働体', en: 'Regional cooperation body' },
      synonyms: ['協議会', 'まちづくり協議会', '地区まちづくり協議会'],
      source: cite(S2, '8-1-1 地域協働体の位置づけ', 'D4'),
    },
    {
      id: 'setsuritsu-junbikai',
      label: { ja: '地域協働体設立準備会', en: 'Preparatory committee of a regional cooperation body' },
      group: 'chiiki-kyodotai',
      synonyms: ['設立準備会', '準備会'],
      source: cite(S2, '8-1-4 地域協働体の設立', 'D4'),
    },
    {
      id: 'kosei-dantai',
      label: { ja: '地域協働体の構成団体', en: 'Member organisations of a regional cooperation body' },
      group: 'chiiki-kyodotai',
      examples: [
        '自治会',
        '消防団',
        '学校',
        '幼稚園・保育所',
        '民区',
        'NPO',
        '子供会育成会',
        '経済団体',
        '老人クラブ',
        'PTA',
        '体育団体・文化団体',
        '集落公民館組織',
        'ボランティア組織',
        '福祉委員会',
        '商店街組合',
        '農家組合',
        '民間事業者（企業）',
        '個人として参加する人',
      ],
      synonyms: [
        '消防団',
        '学校',
        '幼稚園',
        '保育所',
        '子供会育成会',
        '老人クラブ',
        'PTA',
        '体育団体',
        '文化団体',
        '福祉委員会',
        '婦人会',
      ],
      source: cite(
        S1,
        '地域協働体 一関市の地域協働体の組織づくりと行政との協働のイメージ',
        'D4',
        'The document says the members are examples.',
      ),
    },
  ],
  forms: [
    {
      id: 'kyosai',
      label: { ja: '共催', en: 'Co-hosting' },
      synonyms: ['共同主催'],
      organisers: ['joint'],
      description: {
        ja: '共催事業では、人的な役割も担い、信頼関係を構築する。',
        en: 'In a co-hosted project the city takes on human roles too and builds trust.',
      },
      source: cite(S1, `${FORM_CHOICE} ①`, 'F2'),
    },
    {
      id: 'koen',
      label: { ja: '後援', en: 'Endorsement' },
      synonyms: ['後援・協賛', '協賛'],
      organisers: ['citizen', 'city'],
      description: {
        ja: '後援事業では、可能な支援を自発的に実施し、社会的信頼を確保する。',
        en: 'In an endorsed project the endorser gives what support it can and secures social trust.',
      },
      source: cite(S1, `${FORM_CHOICE} ②`, 'F2'),
    },
    {
      id: 'jikko-iinkai',
      label: { ja: '実行委員会', en: 'Executive committee' },
      // Not 協議会: in 002 協議会 is the citizens' own regional body (〇〇地区まちづくり協議会).
      synonyms: ['実行委員会・協議会', '実行委員会・協議会等'],
      organisers: ['joint'],
      description: {
        ja: '実行委員会事業では、より多くの協働の主体が集結し、これまで実施できなかった事業を実現する。',
        en: 'An executive committee brings together more actors and makes possible what could not be done before.',
      },
      source: cite(S1, `${FORM_CHOICE} ③`, 'F2'),
    },
    {
      id: 'itaku',
      label: { ja: '委託', en: 'Commissioning' },
      synonyms: ['事業委託', '市委託事業'],
      organisers: ['city'],
      description: {
        ja: '地域づくり計画書の例では、市民センターの管理運営を協議会が市委託事業として担う。',
        en: 'In the example 地域づくり計画, the regional body runs the citizens’ centre as a project commissioned by the city.',
      },
      source: cite(S2, PLAN, 'F2'),
    },
    {
      id: 'hojo',
      label: { ja: '補助', en: 'Subsidy' },
      synonyms: ['補助・助成', '助成', '補助金', '助成金', '市補助事業', '交付金'],
      organisers: ['citizen'],
      description: {
        ja: '市民組織が行う公共的、公益的活動について、行政等は人、物、お金の支援を行う（補助金等で支援）。',
        en: 'The government supports public-benefit activity of citizen organisations with people, things and money (subsidies).',
      },
      source: cite(
        S0,
        '7 協働の取組の基本方針 基本方針3 (2) 行政等の支援',
        'F2',
        'Also 001 行政等の支援策 アクション①; 002 (参考) 協議会（市補助事業）.',
      ),
    },
    {
      id: 'kikaku-sankaku',
      label: { ja: '企画立案への参画', en: 'Participation in policy-making' },
      synonyms: ['参画', '審議会委員'],
      organisers: ['city'],
      description: {
        ja: '市の各種計画づくりでのワークショップ開催とメンバー公募、市の各種審議会委員の公募。',
        en: 'Workshops with open membership for the city’s plans; open recruitment of members of the city’s councils.',
      },
      source: cite(S1, '協働のための仕組みづくり 情報の共有と意見の反映 アクション②③', 'F2'),
    },
    {
      id: 'kyoryoku',
      label: { ja: '事業協力', en: 'Project cooperation' },
      synonyms: ['協力'],
      organisers: ['citizen', 'joint', 'city'],
      description: {
        ja: '一関市の文書は名前を挙げないが、協働事業一覧に現れる形態として kyodo が加えたもの（主体のいずれかが主催し、役割を取り決めて協力する）。',
        en: 'Ichinoseki’s documents do not name it; kyodo adds it because it appears in project registers (one party organises, roles agreed).',
      },
      source: cite(
        'kyodo',
        'docs/rules.md「計画が定めていないこと」',
        'F3',
        'Not in the ichinoseki documents (000 7 基本方針3 (4) only asks to choose the form with the greatest synergy); kyodo adds it as project registers use it.',
      ),
    },
  ],
  domains: [],
  administrativeActs: [],
  regionalBodies: {
    label: { ja: '地域協働体', en: 'Regional cooperation body' },
    description: {
      ja: '地域住民や各種団体等と情報共有、連携、調整を行い、地域の特性を活かした地域づくりや公共的課題の解決に取り組む地域コミュニティの代表組織であり、地域と行政の協働のメインパートナー。',
      en: 'The organisation that represents an area’s community, sharing information and coordinating with residents and groups; the main partner of the city in regional cooperation.',
    },
    source: cite(S2, '8-1-1 地域協働体の位置づけ', 'G3'),
    area: {
      rule: {
        ja: '公民館（本館）が管轄する区域を原則とする。地域の合意形成があれば、公民館（本館）の区域とは別に設定できる。',
        en: 'By default the district of one 公民館 (main hall). Another area may be set with the region’s consensus.',
      },
      constraints: [
        {
          id: 'kominkan-30',
          label: {
            ja: '市内30の公民館の管轄区域を基本とする',
            en: 'Based on the districts of the city’s 30 公民館',
          },
          source: cite(S1, '地域協働体 ■地域協働体の役割', 'G1'),
        },
        {
          id: 'consensus',
          label: {
            ja: '別の区域は地域の合意形成があれば設定でき、世帯数や人口等の規模も勘案する',
            en: 'Another area needs the region’s consensus and regard for households and population',
          },
          source: cite(S2, '8-1-3 地域協働体の区域の設定', 'G1'),
        },
        {
          id: 'not-single-jichikai',
          label: {
            ja: '単一自治会のみで地域協働体の区域としない',
            en: 'Never a single neighbourhood association alone',
          },
          source: cite(S2, '8-1-3 地域協働体の区域の設定', 'G1'),
        },
        {
          id: 'no-overlap',
          label: { ja: '複数の地域協働体の区域が重複しない', en: 'Two bodies’ areas never overlap' },
          source: cite(S2, '8-1-3 地域協働体の区域の設定', 'G1'),
        },
      ],
      source: cite(S2, '8-1-3 地域協働体の区域の設定', 'G1'),
    },
    foundingSteps: [
      {
        id: 'gakushukai',
        order: 1,
        label: { ja: '学習会の開催', en: 'Study meetings' },
        source: cite(S2, '8-1-4 ①', 'G2'),
      },
      {
        id: 'yobikake',
        order: 2,
        label: {
          ja: '地域の各種団体等や市民への参加呼びかけ',
          en: 'Calling on local groups and citizens to join',
        },
        source: cite(S2, '8-1-4 ②', 'G2'),
      },
      {
        id: 'junbikai',
        order: 3,
        label: { ja: '設立準備会の立ち上げ', en: 'Setting up the preparatory committee' },
        source: cite(S2, '8-1-4 ③', 'G2'),
      },
      {
        id: 'kyogi',
        order: 4,
        label: {
          ja: '規約や組織、事業計画の協議',
          en: 'Discussing the by-laws, organisation and plan of work',
        },
        source: cite(S2, '8-1-4 ④', 'G2'),
      },
      {
        id: 'setsumeikai',
        order: 5,
        label: { ja: '設立説明会', en: 'Founding briefing' },
        source: cite(S2, '8-1-4 ⑤', 'G2'),
      },
      {
        id: 'sokai',
        order: 6,
        label: { ja: '設立総会', en: 'Founding general meeting' },
        source: cite(S2, '8-1-4 ⑥', 'G2'),
      },
    ],
    functions: [
      {
        id: 'keikaku',
        label: {
          ja: '地域づくり計画を策定し、その実行を推進する',
          en: 'Draw up the 地域づくり計画 and carry it out',
        },
        source: cite(S2, '8-1-1 ①', 'G3'),
      },
      {
        id: 'iken',
        label: {
          ja: '当該地域に係わる重要計画等に関して、行政からの要請に応じて意見する',
          en: 'Give views on important plans concerning the area when the government asks',
        },
        source: cite(S2, '8-1-1 ②', 'G3'),
      },
      {
        id: 'teian',
        label: {
          ja: '当該地域での市の施策等（道路整備、景観形成等）に関して、行政に提案する',
          en: 'Propose to the government on city measures in the area (roads, landscape)',
        },
        source: cite(S2, '8-1-1 ③', 'G3'),
      },
      {
        id: 'shisetsu',
        label: {
          ja: '当該地域における公の施設の設置、廃止に関し、行政からの提案内容について意見する',
          en: 'Give views on the government’s proposals to open or close public facilities in the area',
        },
        source: cite(S2, '8-1-1 ④', 'G3'),
      },
      {
        id: 'jigyo',
        label: {
          ja: '地域が行った方が効果的・効率的な事業を行政と協議のうえ、実施する（公園等の管理運営、道路等維持、子育て・福祉事業の運営等）',
          en: 'Carry out, after discussion with the government, projects the area does better (parks, road upkeep, childcare and welfare)',
        },
        source: cite(S2, '8-1-1 ⑤', 'G3'),
      },
    ],
    roles: [
      {
        id: 'shien-hokan',
        label: {
          ja: '行政機能や基礎的コミュニティ機能の支援・補完',
          en: 'Support and complement government and basic community functions',
        },
        examples: [
          '単位自治会や単独の地域組織でできないことへの連携対応',
          '活動拠点としての施設の管理運営',
          '市総合計画等への意見提出',
        ],
        source: cite(S2, '8-1-2 ①', 'G3', 'Also 001 ■地域協働体の役割.'),
      },
      {
        id: 'saisei-soshutsu',
        label: {
          ja: '多様な住民参画を通じたコミュニティ機能の再生・創出',
          en: 'Renew and create community functions through diverse participation',
        },
        examples: [
          '高齢者サロン、買物代行、子育てサロン、子どもフェスタ',
          '環境パトロール、防犯パトロール',
          '都市と農村の交流事業',
        ],
        source: cite(S2, '8-1-2 ②', 'G3'),
      },
      {
        id: 'chosei-shuyaku',
        label: {
          ja: '民主的な地域意見の調整や集約',
          en: 'Coordinate and gather the area’s views democratically',
        },
        examples: [
          'アンケート、意見交換、ワークショップ等',
          '将来ビジョン、地域づくり計画の策定',
          '地域要望、ニーズの取りまとめと提案',
        ],
        source: cite(S2, '8-1-2 ③', 'G3'),
      },
      {
        id: 'jinzai',
        label: {
          ja: 'コミュニティ活動を通じた地域の人材育成、確保',
          en: 'Develop and keep local people through community activity',
        },
        examples: [
          '各種事業の実施による地域内交流の促進、人材育成',
          '研修会、講演会、視察、講座の実施',
          '活動や交流を通じた地域人材の発掘',
        ],
        source: cite(S2, '8-1-2 ④', 'G3'),
      },
      {
        id: 'kasseika',
        label: { ja: '新たなまちづくりや活性化の実現', en: 'Realise new town-making and revitalisation' },
        examples: [
          '夏まつり、食のバザール、文化祭、体験学習等受入',
          '共同店舗運営、農産物の加工、提携販売、特産品開発販売',
          '有償ボランティアによる輸送サービス',
        ],
        source: cite(S2, '8-1-2 ⑤', 'G3'),
      },
    ],
    planTemplate: {
      headings: [
        {
          id: 'tokushoku-kadai',
          order: 1,
          label: { ja: 'この地域の特色、課題', en: 'Character and issues of the area' },
          source: cite(S2, PLAN, 'G4'),
        },
        {
          id: 'vision',
          order: 2,
          label: { ja: '地域ビジョン', en: 'Vision for the area' },
          source: cite(S2, PLAN, 'G4'),
        },
        {
          id: 'torikumi',
          order: 3,
          label: { ja: '私たちの具体的な取組み方向、実施事業', en: 'Our directions and projects' },
          source: cite(S2, PLAN, 'G4'),
        },
        {
          id: 'schedule',
          order: 4,
          label: { ja: 'スケジュール', en: 'Schedule' },
          source: cite(S2, PLAN, 'G4'),
        },
      ],
      columns: [
        { id: 'item', label: { ja: '実施項目', en: 'Item' }, required: true, source: cite(S2, PLAN, 'G4') },
        {
          id: 'project',
          label: { ja: '実施事業', en: 'Project' },
          required: true,
          source: cite(S2, PLAN, 'G4'),
        },
        {
          id: 'implementer',
          label: { ja: '実施主体', en: 'Implementer' },
          required: true,
          source: cite(S2, PLAN, 'G4'),
        },
      ],
      source: cite(
        S2,
        '8-1-5 地域づくり計画の策定と市政への反映',
        'G4',
        'The document says there is no fixed template; the example at its end gives these headings.',
      ),
    },
  },
  implementers: [
    {
      id: 'kyogikai-hojo',
      label: { ja: '協議会（市補助事業）', en: 'Regional body (city-subsidised project)' },
      synonyms: ['協議会（市補助事業）', '市補助事業', '補助事業'],
      kind: 'form',
      form: 'hojo',
      source: cite(S2, PLAN, 'F2'),
    },
    {
      id: 'kyogikai-itaku',
      label: { ja: '協議会（市委託事業）', en: 'Regional body (project commissioned by the city)' },
      synonyms: ['協議会（市委託事業）', '市委託事業', '委託事業'],
      kind: 'form',
      form: 'itaku',
      source: cite(S2, PLAN, 'F2'),
    },
    {
      id: 'shi-ni-teian',
      label: { ja: '市に提案', en: 'Proposal to the city' },
      synonyms: ['市に提案', '行政に提案', '市へ提案'],
      kind: 'proposal',
      notes: {
        ja: '地域から行政に実施を提案するもの（協働事業ではなく提案）。',
        en: 'The area proposes that the government carry it out: a proposal, not a cooperative project.',
      },
      source: cite(S2, PLAN, 'F2', 'Also 8-1-5: 行政に実施を提案するもの.'),
    },
    {
      id: 'kyogikai-shusai',
      label: { ja: '協議会（主催）', en: 'Regional body (organiser)' },
      synonyms: ['協議会（主催）', '協議会主催'],
      kind: 'own-work',
      notes: {
        ja: '地域協働体（協議会）が自ら主催する事業。市の関与が書かれていないため地域の自主的な取組みとして扱う。',
        en: 'The regional body organises it itself; no part of the city is written, so it is read as the region’s own work.',
      },
      source: cite(S2, PLAN, 'F2'),
    },
    {
      id: 'kyogikai-issei',
      label: { ja: '協議会（地域一斉作業）', en: 'Regional body (joint community work)' },
      synonyms: ['協議会（地域一斉作業）', '地域一斉作業'],
      kind: 'own-work',
      source: cite(S2, PLAN, 'F2'),
    },
    {
      id: 'kaku-jichikai',
      label: { ja: '各自治会', en: 'Each neighbourhood association' },
      synonyms: ['各自治会', '自治会'],
      kind: 'own-work',
      source: cite(S2, PLAN, 'F2'),
    },
    {
      id: 'chiiki-dantai',
      label: { ja: '協議会・地域の団体', en: 'Regional body and local groups' },
      synonyms: ['協議会', '婦人会', '老人クラブ'],
      kind: 'own-work',
      source: cite(
        S2,
        PLAN,
        'F2',
        'Example row: 協議会、婦人会、老人クラブ (with support proposed to the city).',
      ),
    },
  ],
  programs: [...builtinPrograms.ichinoseki],
  rollingIndicators: {
    fiscalYears: 3,
    source: cite(
      S1,
      '協働の取り組みの推進方策 3 取り組み項目の実施年次指標',
      'E8',
      '年次指標を定め、協働のアクションに基づき、毎年度、向こう3か年度分についてローリング方式により進行管理します。',
    ),
  },
  evaluation: defaultFramework === undefined ? { frameworks } : { frameworks, default: defaultFramework },
  review: { frameworks: [...builtinReviewFrameworks.ichinoseki] },
  headers: defaultHeaders(),
  missingMarkers: [...DEFAULT_MISSING_MARKERS],
};
