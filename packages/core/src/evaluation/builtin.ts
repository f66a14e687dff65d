import { cite, type RuleId, type Source } from '../sources/Source.js';
import { defaultScale } from './defaultScale.js';
import type { Framework, Item } from './schema.js';
import { DEFAULT_GAP_THRESHOLD, DEFAULT_VARIANCE_THRESHOLD_PERCENT } from './thresholds.js';

const S0 = '000_0726a29b17f6f262.txt';
const S1 = '001_9b5b631400e119ce.txt';
const S3 = '003_77c600037372601a.txt';
const S4 = '004_fa4f1dbae27f2456.txt';

function item(
  id: string,
  ja: string,
  en: string,
  question: { ja: string; en: string },
  aliases: string[],
  group: string | undefined,
  source: Source,
): Item {
  return {
    id,
    label: { ja, en },
    question,
    aliases,
    ...(group === undefined ? {} : { group }),
    weight: 1,
    source,
  };
}

function framework(
  id: string,
  label: { ja: string; en: string },
  source: Source,
  groups: Framework['groups'],
  items: Item[],
  evaluators?: Source,
): Framework {
  return {
    id,
    label,
    source,
    groups,
    items,
    scale: defaultScale,
    gapThreshold: DEFAULT_GAP_THRESHOLD,
    varianceThresholdPercent: DEFAULT_VARIANCE_THRESHOLD_PERCENT,
    requiredEvaluators: ['city', 'partner'],
    // Who evaluates, where the plan says it; the thresholds are kyodo's (settingSource).
    ...(evaluators === undefined ? {} : { sources: { evaluators } }),
  };
}

const S1_SECTION = '協働の評価・検証、見直し';
const s1 = (section: string, rule: RuleId) => cite(S1, `${S1_SECTION} ${section}`, rule);
const s0 = (section: string) => cite(S0, `§6 協働の原則 ${section}`, 'P1');

/**
 * ichinoseki's evaluation framework, one framework in three groups so that one evaluation sheet
 * holds one column per item:
 * - 協働の原則 (RULES P1, E1; 000_0726a29b17f6f262.txt §6): the five principles as the common
 *   items each party evaluates itself on (共通の評価項目について各々自己評価, 001_9b5b631400e119ce.txt
 *   協働の評価・検証、見直し 1);
 * - 客観的評価検証 (RULES E2; 001_9b5b631400e119ce.txt 協働の評価・検証、見直し ⑴ ❶–❸);
 * - 改善策の検討 (RULES E3; 001_9b5b631400e119ce.txt 協働の評価・検証、見直し ⑵ ❶–❸).
 * Principle (5) is labelled 話し合いの継続の原則 so that its header does not collide with E2 ❸
 * 話し合いの継続.
 */
const ichinoseki: Framework = framework(
  'ichinoseki',
  { ja: '一関市 協働事業の評価・検証', en: 'Ichinoseki evaluation of cooperative projects' },
  cite(
    S1,
    S1_SECTION,
    'E1',
    'Items: 000 §6 協働の原則 (P1), 001 ⑴ 客観的評価検証 (E2), 001 ⑵ 改善策の検討 (E3).',
  ),
  [
    {
      id: 'principles',
      label: { ja: '協働の原則（自己評価）', en: 'Principles of cooperation (self-evaluation)' },
      source: cite(
        S0,
        '§6 協働の原則',
        'P1',
        '001 asks each party to evaluate itself on common items without listing them; kyodo takes the five principles of 000 §6 as those items.',
        'kyodo',
      ),
    },
    {
      id: 'objective',
      label: { ja: '客観的評価検証', en: 'Objective evaluation' },
      source: s1('⑴ 客観的評価検証', 'E2'),
    },
    {
      id: 'improvement',
      label: { ja: '改善策の検討', en: 'Improvement' },
      source: s1('⑵ 改善策の検討', 'E3'),
    },
  ],
  [
    item(
      'jishu-jiritsu-taito',
      '自主・自立・対等の原則',
      'Autonomy, independence, equality',
      {
        ja: '自主性を尊重し、自立してそれぞれの持てる力を発揮し合うこと。対等な横の関係にあって、お互いを補完し合い、おのおのの独自性や専門性を高めていくこと。',
        en: 'Respect autonomy, each bring out their strengths independently; as equals, complement each other and develop each one’s own expertise.',
      },
      ['自主、自立、対等の原則', '自主・自立・対等', '自主、自立、対等', '自主自立対等'],
      'principles',
      s0('(1) 自主、自立、対等の原則'),
    ),
    item(
      'sogo-rikai-mokuteki-kyoyu',
      '相互理解・目的共有の原則',
      'Mutual understanding, shared purpose',
      {
        ja: 'お互いの立場や特性を十分に理解し、協働の目的や役割、活動に必要な情報を共有し、お互いの信頼関係を築いていくこと。',
        en: 'Understand each other’s position and character, share the purpose, roles and information, and build trust.',
      },
      ['相互理解、目的共有の原則', '相互理解・目的共有', '相互理解、目的共有'],
      'principles',
      s0('(2) 相互理解、目的共有の原則'),
    ),
    item(
      'kosei-kohei-kokai',
      '公正・公平・公開の原則',
      'Fairness, equity, openness',
      {
        ja: '選定や活動に対する評価において、公正、公平な判断を行い、積極的に情報を公開し、説明責任を果たしていくこと。',
        en: 'Judge selection and activities fairly and equitably, publish information actively and be accountable.',
      },
      ['公正、公平、公開の原則', '公正・公平・公開', '公正、公平、公開'],
      'principles',
      s0('(3) 公正、公平、公開の原則'),
    ),
    item(
      'hyoka-kensho',
      '評価・検証の原則',
      'Evaluation and review',
      {
        ja: '行政が負担する予算、事業規模等が、当初計画したとおり完結したかどうかなど、協働して取り組んだ事業の評価、検証を行うこと。',
        en: 'Evaluate and review the project, including whether the budget and scale the city bears were completed as first planned.',
      },
      ['評価、検証の原則', '評価・検証', '評価、検証'],
      'principles',
      s0('(4) 評価、検証の原則'),
    ),
    item(
      'hanashiai-keizoku-gensoku',
      '話し合いの継続の原則',
      'Continued dialogue (principle)',
      {
        ja: '上記の4つの原則を踏まえ、話し合いを継続していくこと。',
        en: 'On the basis of the four principles above, keep talking together.',
      },
      ['原則 話し合いの継続'],
      'principles',
      s0('(5) 話し合いの継続の原則'),
    ),
    item(
      'mokuhyo-seika',
      '目標・成果の達成',
      'Goals and results achieved',
      {
        ja: '想定した事業の目標や成果が達成されたか',
        en: 'Were the project’s intended goals and results achieved?',
      },
      ['目標・成果', '目標や成果の達成', '目標の達成', '成果の達成', '目標達成', '事業の目標や成果'],
      'objective',
      s1('⑴ 客観的評価検証 ❶', 'E2'),
    ),
    item(
      'hiyo-taiko',
      '費用対効果',
      'Value for money',
      {
        ja: '費用に見合った成果が達成されたか',
        en: 'Were results achieved in proportion to the cost?',
      },
      ['費用に見合った成果', '費用対成果', '費用対効果の達成'],
      'objective',
      s1('⑴ 客観的評価検証 ❷', 'E2'),
    ),
    item(
      'hanashiai-keizoku',
      '話し合いの継続',
      'Continued dialogue',
      {
        ja: '継続した話し合いがなされたか',
        en: 'Did the parties keep talking together?',
      },
      ['継続した話し合い', '継続的な話し合い'],
      'objective',
      s1('⑴ 客観的評価検証 ❸', 'E2'),
    ),
    item(
      'shimin-tokusei',
      '市民の特性の発揮',
      'Citizens’ strengths used',
      {
        ja: '市民の特性がより良く発揮されているか',
        en: 'Are the citizens’ strengths better brought out?',
      },
      ['市民の特性', '市民の特性発揮'],
      'improvement',
      s1('⑵ 改善策の検討 ❶', 'E3'),
    ),
    item(
      'soi-kufu',
      '創意工夫の発揮',
      'Ingenuity of citizen groups',
      {
        ja: '市民組織の創意工夫がより良く発揮されているか',
        en: 'Is the ingenuity of citizen organisations better brought out?',
      },
      ['市民組織の創意工夫', '創意工夫'],
      'improvement',
      s1('⑵ 改善策の検討 ❷', 'E3'),
    ),
    item(
      'gyozaisei-kaikaku',
      '行財政改革の効果',
      'Administrative reform effect',
      {
        ja: '行財政改革の効果が表れているか',
        en: 'Does the project show the effect of administrative and fiscal reform?',
      },
      ['行財政改革', '行財政改革の効果の発現'],
      'improvement',
      s1('⑵ 改善策の検討 ❸', 'E3'),
    ),
  ],
  cite(
    S1,
    '協働の評価・検証、見直し 1 評価・検証の必要性',
    'E1',
    '協働の主体は、共通の評価項目について各々自己評価を行い、その結果を共有することで協働の課題を発見し、これを整理して改善します。',
  ),
);

const s3 = (section: string) => cite(S3, `第3章(1) 市民協働の基本原則 ${section}`, 'P5');

/**
 * toride's evaluation framework: its six basic principles as items (RULES P5, E6;
 * 003_77c600037372601a.txt 第3章(1) ①–⑥). The document names no scale: the default (E7) applies.
 */
const toride: Framework = framework(
  'toride',
  { ja: '取手市 市民協働の基本原則による評価', en: 'Toride evaluation by the principles of cooperation' },
  cite(
    S3,
    '第3章(1) 市民協働の基本原則',
    'E6',
    '003 describes no evaluation; kyodo evaluates a project by its six principles (RULES E6), each party itself.',
    'kyodo',
  ),
  [],
  [
    item(
      'jishusei',
      '自主性・自立性・自律性',
      'Autonomy and self-reliance',
      {
        ja: 'お互いの立場や特性を理解し合い、自主性を確保するとともに、それぞれが自立して活動していること、またその活動は市民によって自律的に行われていることを尊重し取り組んでいくこと。',
        en: 'Secure autonomy, respect that each acts independently and that citizens govern their own activity.',
      },
      ['自主性・自立性・自律性尊重の原則', '自主性・自立性・自律性尊重', '自主性', '自主性・自立性'],
      undefined,
      s3('①'),
    ),
    item(
      'sogo-rikai',
      '相互理解',
      'Mutual understanding',
      {
        ja: '十分なコミュニケーションを図り、互いの長所や立場など特性について理解を深めるとともに、相互に補い合いながら信頼関係を築き取り組んでいくこと。',
        en: 'Communicate well, understand each other’s strengths and positions, help each other and build trust.',
      },
      ['相互理解の原則'],
      undefined,
      s3('②'),
    ),
    item(
      'mokuteki-kyoyu',
      '目的・目標共有',
      'Shared aims and goals',
      {
        ja: '地域課題の解決や社会的な目的・目標の実現に向け、公益的な価値を相乗的に生み出すために協働することを相互に理解し、認識すること。',
        en: 'Both understand that they cooperate to create public value together towards shared aims and goals.',
      },
      ['目的・目標共有の原則', '目的・目標の共有', '目的共有', '目標共有'],
      undefined,
      s3('③'),
    ),
    item(
      'taito-kankei',
      '対等関係',
      'Equal partnership',
      {
        ja: 'お互いが相手をまちづくりの主体と認識し、対等な協力関係であること。対等とは、組織の規模・資金・権限等が違っていても意見や考え方が尊重される状態。',
        en: 'Each sees the other as a party of equal standing: views respected whatever the difference in size, funds or authority.',
      },
      ['対等関係の原則', '対等'],
      undefined,
      s3('④ (※2 対等)'),
    ),
    item(
      'joho-hasshin',
      '情報の発信・共有',
      'Sharing information',
      {
        ja: '透明性を高め、信頼関係を築くため、協働での取り組みや過程などに関する情報を積極的に発信すること。',
        en: 'Publish information on the work and its process actively, for transparency and trust.',
      },
      ['情報の発信・共有の原則', '情報発信・共有', '情報の共有', '情報発信'],
      undefined,
      s3('⑤'),
    ),
    item(
      'jiko-henkaku',
      '自己変革',
      'Self-renewal',
      {
        ja: '協働することによって、互いの組織を刺激し合い、新たな気づきや振り返りから、これまでとは違った事業のあり方や役割を見い出し、自己変革すること。',
        en: 'Stimulate each other’s organisations, find new ways and roles through reflection, and renew yourself.',
      },
      ['自己変革の原則'],
      undefined,
      s3('⑥'),
    ),
  ],
);

const s4 = (section: string) => cite(S4, `協働のポイント ${section}`, 'P6');

/**
 * plan-004's evaluation framework: its four points of cooperation as items (RULES P6, E5;
 * 004_fa4f1dbae27f2456.txt 協働のポイント). Its 評価 point asks the parties to look back together
 * and carry the result into the next project; the document names no scale: the default (E7)
 * applies.
 */
const plan004: Framework = framework(
  'plan-004',
  { ja: '協働のポイントによる評価', en: 'Evaluation by the points of cooperation' },
  cite(S4, '協働のポイント 評価', 'E5'),
  [],
  [
    item(
      'hokansei',
      '補完性',
      'Subsidiarity',
      {
        ja: '暮らしに近い小さな単位で解決を図り、できない場合は大きな単位が解決する「補完性の原則」を基本とし、依存関係にならないよう注意したか。',
        en: 'Was the smallest unit close to daily life tried first, the larger unit only where it could not, avoiding dependence?',
      },
      ['補完性の原則'],
      undefined,
      s4('補完性'),
    ),
    item(
      'hanashiai',
      '話し合い',
      'Dialogue',
      {
        ja: '参加者が思いや理念を語り合い、本質的な課題の発見と目的の共有、取り組みへの発意に至る納得が実感できる話し合いであったか。',
        en: 'Did the dialogue let participants share ideals, find the real issue, share the aim and agree to act?',
      },
      ['話し合いの実施'],
      undefined,
      s4('話し合い'),
    ),
    item(
      'sogo-rikai',
      '相互理解',
      'Mutual understanding',
      {
        ja: '市民と行政が、話し合いにより、互いの立場や特性を理解し合い、情報を共有したか。',
        en: 'Did citizens and the city understand each other’s position through dialogue and share information?',
      },
      ['相互理解の原則'],
      undefined,
      s4('相互理解'),
    ),
    item(
      'hyoka',
      '評価',
      'Looking back',
      {
        ja: '事業や活動を当事者同士がふり返り、互いの役割や内容について話し合い、次の事業や活動に活かしたか。',
        en: 'Did the parties look back together, discuss roles and content, and carry it into the next project?',
      },
      ['ふり返り', '振り返り'],
      undefined,
      cite(S4, '協働のポイント 評価', 'E5'),
    ),
  ],
  cite(
    S4,
    '協働のポイント 評価',
    'E5',
    '事業や活動を当事者同士がふり返り、互いの役割や内容について話し合い、次の事業や活動に活かします。',
  ),
);

/**
 * The evaluation frameworks of the built-in profiles (RULES E1–E7), which profiles/builtin
 * composes as `evaluation.frameworks`: ichinoseki (P1, E2, E3 in one framework with groups),
 * toride (P5) and plan-004 (P6). Each item cites its document and section.
 *
 * @example
 * builtinFrameworks.ichinoseki[0]?.items.length //=> 11
 */
export const builtinFrameworks: Readonly<Record<'ichinoseki' | 'toride' | 'plan-004', readonly Framework[]>> =
  {
    ichinoseki: [ichinoseki],
    toride: [toride],
    'plan-004': [plan004],
  };
