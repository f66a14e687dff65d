import { builtinFrameworks } from '../../evaluation/builtin.js';
import { builtinReviewFrameworks } from '../../review/builtin.js';
import { cite } from '../../sources/Source.js';
import { builtinPrograms } from '../../subsidies/builtin.js';
import { DEFAULT_MISSING_MARKERS } from '../defaults.js';
import type { Profile } from '../schema.js';
import { defaultHeaders } from './shared.js';

const S3 = '003_77c600037372601a.txt';
const frameworks = [...builtinFrameworks.toride];
const defaultFramework = frameworks[0]?.id;

/**
 * The built-in profile of 取手市 (Toride, Ibaraki), from 取手市市民協働基本方針 (S3,
 * 003_77c600037372601a.txt): the definition of 市民協働 (RULES D2), its actors with their
 * effects and roles (D4–D6), six principles (P5), seven forms with their organisers (F1, F3)
 * and four domains (R1, R2).
 */
export const torideProfile: Profile = {
  id: 'toride',
  name: { ja: '取手市', en: 'Toride' },
  localGovernmentCode: '082171',
  description: {
    ja: '取手市市民協働基本方針（最終報告）に基づくプロファイル',
    en: 'Profile built from the Toride Basic Policy on Citizen Cooperation (final report)',
  },
  sources: [
    {
      document: S3,
      title: {
        ja: '取手市市民協働基本方針 最終報告',
        en: 'Toride Basic Policy on Citizen Cooperation (final report)',
      },
    },
  ],
  definitions: [
    {
      id: 'shimin-kyodo',
      term: { ja: '市民協働', en: 'Citizen cooperation' },
      text: {
        ja: 'あらゆる主体同士が、それぞれの特性を活かし、協力し合いながら、取手の魅力・活力を創造し、市民生活の向上のために取り組むこと。',
        en: 'All actors, each using its own strengths and cooperating with one another, creating the appeal and vitality of Toride and working to improve citizens’ lives.',
      },
      source: cite(S3, '第2章(2)① 市民協働の定義', 'D2'),
    },
    {
      id: 'shimin',
      term: { ja: '市民', en: 'Citizens' },
      text: {
        ja: '市民個人ばかりでなく、町内会・自治会などの地域活動団体、NPO・ボランティア団体など各種市民活動団体、事業者や教育機関を含んだ、取手市に暮らし、学び、働くなど全ての人たち。',
        en: 'Not only individual citizens but community groups (neighbourhood associations), citizen groups (NPOs, volunteer groups), businesses and educational institutions: everyone who lives, studies or works in Toride.',
      },
      source: cite(S3, '第1章(1) ※', 'D4'),
    },
  ],
  principles: [
    {
      id: 'jishusei',
      label: {
        ja: '自主性・自立性・自律性尊重の原則',
        en: 'Respect for autonomy, independence and self-governance',
      },
      description: {
        ja: 'お互いの立場や特性を理解し合い、自主性を確保するとともに、それぞれが自立して活動していること、またその活動は市民によって自律的に行われていることを尊重する。',
        en: 'Understand each other’s position, secure autonomy, and respect that each acts independently and that citizens’ activity governs itself.',
      },
      group: { ja: '市民協働の基本原則', en: 'Basic principles of citizen cooperation' },
      source: cite(S3, '第3章(1)①', 'P5'),
    },
    {
      id: 'sogo-rikai',
      label: { ja: '相互理解の原則', en: 'Mutual understanding' },
      description: {
        ja: '十分なコミュニケーションを図り、互いの長所や立場など特性について理解を深め、相互に補い合いながら信頼関係を築く。',
        en: 'Communicate fully, understand each other’s strengths and positions, complement each other and build trust.',
      },
      group: { ja: '市民協働の基本原則', en: 'Basic principles of citizen cooperation' },
      source: cite(S3, '第3章(1)②', 'P5'),
    },
    {
      id: 'mokuteki-kyoyu',
      label: { ja: '目的・目標共有の原則', en: 'Shared purpose and goals' },
      description: {
        ja: '地域課題の解決や社会的な目的・目標の実現に向け、公益的な価値を相乗的に生み出すために協働することを相互に理解し、認識する。',
        en: 'Both sides understand that they cooperate to create public value together, towards solving local issues and shared social goals.',
      },
      group: { ja: '市民協働の基本原則', en: 'Basic principles of citizen cooperation' },
      source: cite(S3, '第3章(1)③', 'P5'),
    },
    {
      id: 'taito',
      label: { ja: '対等関係の原則', en: 'Equal partnership' },
      description: {
        ja: 'お互いが相手をまちづくりの主体と認識し、上下ではなく横の関係にある。対等とは、組織の規模・資金・権限等が違っていても意見や考え方が尊重される状態を指す。',
        en: 'Each sees the other as an actor of town-making, side by side rather than above or below. Equal means each one’s views are respected whatever the difference in size, funds or authority.',
      },
      group: { ja: '市民協働の基本原則', en: 'Basic principles of citizen cooperation' },
      source: cite(S3, '第3章(1)④ 参考※2', 'P5'),
    },
    {
      id: 'joho-hasshin',
      label: { ja: '情報の発信・共有の原則', en: 'Publishing and sharing information' },
      description: {
        ja: '透明性を高め、信頼関係を築くため、協働での取り組みや過程などに関する情報を積極的に発信する。',
        en: 'To be transparent and build trust, actively publish information on cooperative work and its process.',
      },
      group: { ja: '市民協働の基本原則', en: 'Basic principles of citizen cooperation' },
      source: cite(S3, '第3章(1)⑤', 'P5'),
    },
    {
      id: 'jiko-henkaku',
      label: { ja: '自己変革の原則', en: 'Self-renewal' },
      description: {
        ja: '協働することによって互いの組織を刺激し合い、新たな気づきや振り返りから、これまでとは違った事業のあり方や役割を見い出し、自己変革する。',
        en: 'Cooperation stimulates both organisations; from new insight and reflection they find new ways and roles and change themselves.',
      },
      group: { ja: '市民協働の基本原則', en: 'Basic principles of citizen cooperation' },
      source: cite(S3, '第3章(1)⑥', 'P5'),
    },
  ],
  actionStandards: [],
  actors: [
    {
      id: 'shimin',
      label: { ja: '市民', en: 'Citizens' },
      examples: ['取手市に暮らし、学び、働くなど全ての人'],
      synonyms: ['個人', '市民個人'],
      effects: [
        {
          label: {
            ja: '市民参加意識の高まりや地域コミュニティの発展。新たな人との出会い、仲間づくりや生きがいづくり。',
            en: 'Stronger will to take part, a growing community, new encounters, friends and purpose in life.',
          },
          source: cite(S3, '第2章(3)① 市民', 'D5'),
        },
      ],
      roles: [
        {
          label: {
            ja: '自治会・町内会など地域活動への参加、市民活動への参加、まちづくりに関する情報の収集',
            en: 'Take part in neighbourhood associations and citizen activity; gather information on town-making.',
          },
          source: cite(S3, '第2章(4)① 市民', 'D6'),
        },
      ],
      source: cite(S3, '第2章(2)② 協働の主体 ①', 'D4'),
    },
    {
      id: 'chiiki-katsudo-dantai',
      label: { ja: '地域活動団体', en: 'Community groups' },
      examples: ['自治会', '町内会'],
      synonyms: ['自治会', '町内会', '自治会・町内会', '地縁団体'],
      effects: [
        {
          label: {
            ja: '自治意識が高まり、地域のつながりを深め、活動の場も広がる。組織基盤の強化、認知度の向上。',
            en: 'Stronger self-government and local ties, more places to act, a firmer organisation and better recognition.',
          },
          source: cite(S3, '第2章(3)② 地域活動団体', 'D5'),
        },
      ],
      roles: [
        {
          label: {
            ja: '市民間の交流、地域の課題解決への取り組み（自主防災・防犯組織）',
            en: 'Bring citizens together; tackle local issues (voluntary disaster-prevention and crime-prevention groups).',
          },
          source: cite(S3, '第2章(4)② 地域活動団体', 'D6'),
        },
      ],
      source: cite(S3, '第2章(2)② 協働の主体 ②', 'D4'),
    },
    {
      id: 'shimin-katsudo-dantai',
      label: { ja: '市民活動団体', en: 'Citizen groups' },
      examples: ['NPO法人', 'ボランティア団体', '各種任意団体'],
      synonyms: ['NPO', 'NPO法人', 'ボランティア団体', '任意団体', '市民団体'],
      effects: [
        {
          label: {
            ja: '活動に対する市民の認知、理解が深まる。団体同士のネットワークが構築され、活動が活性化する。',
            en: 'Citizens know and understand the group’s work better; networks between groups form and activity grows.',
          },
          source: cite(S3, '第2章(3)③ 市民活動団体', 'D5'),
        },
      ],
      roles: [
        {
          label: {
            ja: '活動の強化推進、活動の場の市民への提供',
            en: 'Strengthen their activity; offer citizens a place to take part.',
          },
          source: cite(S3, '第2章(4)② 市民活動団体', 'D6', 'The document numbers this role ② a second time.'),
        },
      ],
      source: cite(S3, '第2章(2)② 協働の主体 ③', 'D4'),
    },
    {
      id: 'jigyosha',
      label: { ja: '事業者', en: 'Businesses' },
      examples: [
        '企業',
        '自営業者',
        '商工会',
        '農業協同組合',
        '金融機関',
        '各種法人',
        '事業者団体',
        '取手市社会福祉協議会',
        '取手市シルバー人材センター',
        '取手市社会福祉事業団',
        '取手市健康福祉医療事業団',
        '取手市文化事業団',
        '取手市農業公社',
      ],
      synonyms: [
        '企業',
        '自営業者',
        '商工会',
        '農協',
        '農業協同組合',
        '金融機関',
        '社会福祉協議会',
        '事業団',
      ],
      effects: [
        {
          label: {
            ja: '地域ニーズの把握や新たなサービス提供の機会。企業イメージの向上や市場開拓・拡大。',
            en: 'Knowledge of local needs and chances for new services; a better corporate image and new markets.',
          },
          source: cite(S3, '第2章(3)④ 事業者', 'D5'),
        },
      ],
      roles: [
        {
          label: {
            ja: '市民協働への理解、地域社会への貢献活動',
            en: 'Understand citizen cooperation; contribute to the community.',
          },
          source: cite(S3, '第2章(4)④ 事業者', 'D6'),
        },
      ],
      source: cite(S3, '第2章(2)② 協働の主体 ④ 参考※1', 'D4'),
    },
    {
      id: 'kyoiku-kikan',
      label: { ja: '教育機関', en: 'Educational institutions' },
      examples: ['小中学校', '高等学校', '専門学校', '大学'],
      synonyms: ['学校', '小学校', '中学校', '高等学校', '専門学校', '大学'],
      effects: [
        {
          label: {
            ja: '児童・生徒・学生等による地域活動などへの参加促進、地域による教育力向上。',
            en: 'More pupils and students taking part in local activity; the community’s power to educate grows.',
          },
          source: cite(S3, '第2章(3)⑤ 教育機関', 'D5'),
        },
      ],
      roles: [
        {
          label: {
            ja: '市民協働への理解、地域社会への貢献活動',
            en: 'Understand citizen cooperation; contribute to the community.',
          },
          source: cite(S3, '第2章(4)⑤ 教育機関', 'D6'),
        },
      ],
      source: cite(S3, '第2章(2)② 協働の主体 ⑤', 'D4'),
    },
    {
      id: 'shi',
      label: { ja: '取手市', en: 'City of Toride' },
      synonyms: ['市', '行政', '取手市役所'],
      effects: [
        {
          label: {
            ja: '多様化・複雑化する市民ニーズへ質の高いサービスの提供。市民の発想や専門性を施策に反映。職員の意識の向上、改革。',
            en: 'Better services for diverse needs; citizens’ ideas and expertise in policy; staff who see things from the citizens’ side.',
          },
          source: cite(S3, '第2章(3)⑥ 取手市', 'D5'),
        },
      ],
      roles: [
        {
          label: {
            ja: '市民協働の啓発・推進、市民活動の支援（拠点の整備・運営支援、財政的な支援、情報提供、人材・団体の育成）',
            en: 'Promote citizen cooperation; support citizen activity (centres, funding, information, training people and groups).',
          },
          source: cite(S3, '第2章(4)⑥ 取手市', 'D6'),
        },
      ],
      source: cite(S3, '第2章(2)② 協働の主体 ⑥', 'D4'),
    },
  ],
  forms: [
    {
      id: 'itaku',
      label: { ja: '事業委託', en: 'Commissioning' },
      synonyms: ['委託'],
      organisers: ['city'],
      domains: { city: 'shi' },
      description: {
        ja: '各主体がもつ柔軟性や専門性などの特性を発揮し、効果的かつきめ細やかなサービスの提供を目的として、主に市が実施する事業を委託する形態。',
        en: 'A project the city carries out is entrusted to a partner, whose flexibility and expertise give effective, fine-grained service.',
      },
      source: cite(S3, '第3章(2)① 事業委託', 'F1'),
      organisersSource: cite(
        S3,
        '第3章(2)① 事業委託, 第3章(3)',
        'R2',
        '主に市が実施する事業を委託する形態です; 第3章(3): 委託 is in 市の責任により行う領域',
      ),
    },
    {
      id: 'kyoryoku',
      label: { ja: '事業協力', en: 'Project cooperation' },
      synonyms: ['協力'],
      organisers: ['citizen', 'joint', 'city'],
      domains: { citizen: 'shimin-shutai', joint: 'renkei', city: 'shi' },
      description: {
        ja: '主体のいずれかが主催者となる事業において、お互いがそれぞれの特性を生かすような役割分担を取り決め、協力して行う形態。',
        en: 'One of the parties organises; the parties agree roles that use each one’s strengths and work together.',
      },
      source: cite(S3, '第3章(2)② 事業協力', 'F1'),
      organisersSource: cite(
        S3,
        '第3章(2)② 事業協力, 第3章(3)',
        'R2',
        '主体のいずれかが主催者となる事業; 第3章(3): 事業協力 (市民主催事業), 事業協力, 事業協力 (市主催事業)',
      ),
    },
    {
      id: 'hojo',
      label: { ja: '補助・助成', en: 'Subsidy or grant' },
      synonyms: ['補助', '助成', '補助金', '助成金'],
      organisers: ['citizen'],
      domains: { citizen: 'shimin-shutai' },
      description: {
        ja: '各主体が主導して行う公益性の高い事業に、市が市民等の自主性・自立性を促し事業効果を高める観点から資金的支援を行う形態。',
        en: 'The partner leads a project of high public benefit; the city supports it with money to foster autonomy and raise its effect.',
      },
      source: cite(S3, '第3章(2)③ 補助・助成', 'F1'),
      organisersSource: cite(
        S3,
        '第3章(2)③ 補助・助成, 第3章(3)',
        'R2',
        '各主体が主導して行う公益性の高い事業に、市が…資金的支援を行う形態です',
      ),
    },
    {
      id: 'kyosai',
      label: { ja: '共催', en: 'Co-hosting' },
      synonyms: ['共同主催'],
      organisers: ['joint'],
      domains: { joint: 'renkei' },
      description: {
        ja: 'お互いの特性を活かした役割分担により行い、各主体が共に主催者となって事業を行う形態。',
        en: 'Both parties organise the project together, sharing roles by their strengths.',
      },
      source: cite(S3, '第3章(2)④ 共催', 'F1'),
      organisersSource: cite(
        S3,
        '第3章(2)④ 共催, 第3章(3)',
        'R2',
        '各主体が共に主催者となって事業を行う形態です',
      ),
    },
    {
      id: 'koen',
      label: { ja: '後援・協賛', en: 'Endorsement or sponsorship' },
      synonyms: ['後援', '協賛'],
      organisers: ['citizen', 'city'],
      domains: { citizen: 'shimin-shutai', city: 'shi' },
      description: {
        ja: '各主体が行う公共性・公益性な事業に対し、事業趣旨に賛同し、主催主体を支援する形態。',
        en: 'One party organises a project of public benefit; the other endorses its aim and supports the organiser.',
      },
      source: cite(S3, '第3章(2)⑤ 後援・協賛', 'F1'),
      organisersSource: cite(
        S3,
        '第3章(2)⑤ 後援・協賛, 第3章(3)',
        'R2',
        '主催主体を支援する形態です; 第3章(3): 後援・協賛 (市民主催事業), 後援・協賛 (市主催事業)',
      ),
    },
    {
      id: 'jikko-iinkai',
      label: { ja: '実行委員会・協議会等', en: 'Executive committee or council' },
      synonyms: ['実行委員会', '協議会', '実行委員会・協議会'],
      organisers: ['joint'],
      domains: { joint: 'renkei' },
      description: {
        ja: '市を含めた複数の主体が組織を作り、主催者として事業を行う形態。',
        en: 'Several actors including the city form an organisation that organises the project.',
      },
      source: cite(S3, '第3章(2)⑥ 実行委員会・協議会等', 'F1'),
      organisersSource: cite(
        S3,
        '第3章(2)⑥ 実行委員会・協議会等, 第3章(3)',
        'R2',
        '市を含めた複数の主体が組織を作り、主催者として事業を行う形態です',
      ),
    },
    {
      id: 'kikaku-sankaku',
      label: { ja: '企画立案への参画', en: 'Participation in policy-making' },
      synonyms: ['参画', '企画立案参画'],
      organisers: ['city'],
      domains: { city: 'shi' },
      description: {
        ja: '市民や各活動団体の代表者等がアイデアや意見を市の施策等に反映することを目的に、市の審議会や協議会等に参画する形態。',
        en: 'Citizens and representatives of groups sit on the city’s councils so that their ideas shape the city’s policy.',
      },
      source: cite(S3, '第3章(2)⑦ 企画立案への参画', 'F1'),
      organisersSource: cite(
        S3,
        '第3章(2)⑦ 企画立案への参画, 第3章(3)',
        'R2',
        '市の審議会や協議会等に参画する形態です; 第3章(3): 市の責任により行う領域',
      ),
    },
  ],
  domains: [
    {
      id: 'shimin',
      label: {
        ja: '市民の領域（市民が自主的に行う領域）',
        en: 'Citizens’ domain (what citizens do on their own)',
      },
      order: 1,
      cooperation: false,
      description: { ja: '私的な活動', en: 'Private activity: not a cooperation' },
      source: cite(S3, '第3章(3) 市民協働の領域', 'R1'),
    },
    {
      id: 'shimin-shutai',
      label: { ja: '市民が主体となり、市が支援する領域', en: 'Citizens lead, the city supports' },
      order: 2,
      cooperation: true,
      description: {
        ja: '事業協力（市民主催事業）、補助・助成、後援・協賛（市民主催事業）',
        en: 'Project cooperation (citizen-organised), subsidy or grant, endorsement (citizen-organised)',
      },
      source: cite(S3, '第3章(3) 市民協働の領域', 'R1'),
    },
    {
      id: 'renkei',
      label: {
        ja: '市民と市が互いに特性を活かし連携・協力する領域',
        en: 'Citizens and the city work together',
      },
      order: 3,
      cooperation: true,
      description: {
        ja: '共催、事業協力、実行委員会・協議会',
        en: 'Co-hosting, project cooperation, executive committee or council',
      },
      source: cite(S3, '第3章(3) 市民協働の領域', 'R1'),
    },
    {
      id: 'shi',
      label: { ja: '市の領域（市の責任により行う領域）', en: 'City’s domain (the city’s responsibility)' },
      order: 4,
      cooperation: true,
      description: {
        ja: '委託、事業協力（市主催事業）、後援・協賛（市主催事業）、企画立案への参画',
        en: 'Commissioning, project cooperation (city-organised), endorsement (city-organised), participation in policy-making',
      },
      source: cite(
        S3,
        '第3章(3) 市民協働の領域',
        'R1',
        'The table lists these forms under 市の領域; the city’s own administrative acts (課税, 許可) are not cooperation (administrativeActs).',
      ),
    },
  ],
  administrativeActs: [
    {
      id: 'kazei',
      label: { ja: '課税', en: 'Taxation' },
      description: {
        ja: '法的な権限のある行政が責任を持って担う行政行為であり、協働ではない。',
        en: 'An administrative act that the government, holding legal authority, carries out on its own responsibility: not a cooperation.',
      },
      source: cite(S3, '第3章(3)', 'R2'),
    },
    {
      id: 'kyoka',
      label: { ja: '許可', en: 'Permits' },
      description: {
        ja: '法的な権限のある行政が責任を持って担う行政行為であり、協働ではない。',
        en: 'An administrative act that the government, holding legal authority, carries out on its own responsibility: not a cooperation.',
      },
      source: cite(S3, '第3章(3)', 'R2'),
    },
  ],
  implementers: [],
  programs: [...builtinPrograms.toride],
  evaluation: defaultFramework === undefined ? { frameworks } : { frameworks, default: defaultFramework },
  review: { frameworks: [...builtinReviewFrameworks.toride] },
  headers: defaultHeaders(),
  missingMarkers: [...DEFAULT_MISSING_MARKERS],
};
