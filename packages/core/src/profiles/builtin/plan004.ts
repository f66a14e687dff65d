import { builtinFrameworks } from '../../evaluation/builtin.js';
import { builtinReviewFrameworks } from '../../review/builtin.js';
import { cite } from '../../sources/Source.js';
import { builtinPrograms } from '../../subsidies/builtin.js';
import { DEFAULT_MISSING_MARKERS } from '../defaults.js';
import type { Profile } from '../schema.js';
import { defaultHeaders } from './shared.js';

const S4 = '004_fa4f1dbae27f2456.txt';
const frameworks = [...builtinFrameworks['plan-004']];
const defaultFramework = frameworks[0]?.id;
const POINTS = { ja: '協働のポイント', en: 'Key points of cooperation' };
const MEASURES = '● 計画の目標と具体的な施策';

/**
 * The built-in profile of 第2次 市民協働によるまちづくり推進計画 (S4, 004_fa4f1dbae27f2456.txt;
 * the municipality is not named): its four key points of cooperation (RULES P6), subsidiarity
 * in order from the smallest unit (P3), the actors it names (D4) and the forms it names (F3).
 */
export const plan004Profile: Profile = {
  id: 'plan-004',
  name: {
    ja: '第2次 市民協働によるまちづくり推進計画',
    en: 'Second Plan for Town-making by Citizen Cooperation',
  },
  description: {
    ja: '市名の記載のない推進計画（004）に基づくプロファイル',
    en: 'Profile built from plan 004, whose municipality is not named in the text',
  },
  sources: [
    {
      document: S4,
      title: {
        ja: '第2次 市民協働によるまちづくり推進計画',
        en: 'Second Plan for Town-making by Citizen Cooperation',
      },
    },
  ],
  definitions: [],
  principles: [
    {
      id: 'hokansei',
      label: { ja: '補完性', en: 'Subsidiarity' },
      description: {
        ja: '暮らしに近い小さな単位（家庭や区など）で解決を図り、できない場合は大きな単位（地区や行政など）が解決する「補完性の原則」を基本とし、必要に応じて協働の手法を用いる。「できること」と「できないこと」を考える順序が重要であり、依存関係にならないよう注意する。',
        en: 'Solve issues in the small units close to daily life (families, 区); what they cannot, larger units (地区, the government) solve; cooperation is used where needed. The order of asking what one can and cannot do matters; avoid dependence.',
      },
      group: POINTS,
      ordering: [
        {
          id: 'katei',
          order: 1,
          label: { ja: '家庭', en: 'Family' },
          source: cite(S4, '協働のポイント 補完性', 'P3'),
        },
        {
          id: 'ku',
          order: 2,
          label: { ja: '区', en: 'Neighbourhood (区)' },
          source: cite(S4, '協働のポイント 補完性', 'P3'),
        },
        {
          id: 'chiku',
          order: 3,
          label: { ja: '地区', en: 'District (地区)' },
          source: cite(S4, '協働のポイント 補完性', 'P3'),
        },
        {
          id: 'gyosei',
          order: 4,
          label: { ja: '行政', en: 'Government' },
          source: cite(S4, '協働のポイント 補完性', 'P3'),
        },
      ],
      source: cite(S4, '協働のポイント 補完性', 'P6'),
    },
    {
      id: 'hanashiai',
      label: { ja: '話し合い', en: 'Discussion' },
      description: {
        ja: '説明会や要望・陳情などの一方的な行動とは異なり、参加者が思いや理念を語り合う中で、本質的な課題の発見と目的の共有、取り組みへの発意に至る納得が実感できるもの。',
        en: 'Unlike one-way briefings, requests or petitions: participants share their thoughts until they find the real issue, share the purpose and agree to act.',
      },
      group: POINTS,
      source: cite(S4, '協働のポイント 話し合い', 'P6'),
    },
    {
      id: 'sogo-rikai',
      label: { ja: '相互理解', en: 'Mutual understanding' },
      description: {
        ja: '市民と行政が、話し合いにより、互いの立場や特性を理解し合った上で、協力してまちづくりを行う。互いが持つ情報の共有など、話し合いの前提を整える。',
        en: 'Citizens and the government understand each other’s position and character through discussion before working together, sharing information first.',
      },
      group: POINTS,
      source: cite(S4, '協働のポイント 相互理解', 'P6'),
    },
    {
      id: 'hyoka',
      label: { ja: '評価', en: 'Evaluation' },
      description: {
        ja: '事業や活動を当事者同士がふり返り、互いの役割や内容について話し合い、次の事業や活動に活かす。',
        en: 'The parties look back on the project together, discuss roles and content, and carry the result into the next project.',
      },
      group: POINTS,
      source: cite(S4, '協働のポイント 評価', 'P6'),
    },
  ],
  actionStandards: [],
  actors: [
    {
      id: 'katei',
      label: { ja: '家庭', en: 'Families' },
      synonyms: ['個人', '市民'],
      source: cite(S4, '協働のポイント 補完性', 'D4'),
    },
    {
      id: 'ku',
      label: { ja: '区', en: 'Neighbourhood associations (区)' },
      synonyms: ['自治会', '町内会'],
      source: cite(S4, '計画の背景と目的', 'D4'),
    },
    {
      id: 'shimin-katsudo-dantai',
      label: { ja: '市民活動団体', en: 'Citizen groups' },
      examples: ['NPO法人'],
      synonyms: ['NPO', 'NPO法人', 'ボランティア団体'],
      source: cite(S4, `${MEASURES} 3`, 'D4'),
    },
    {
      id: 'kigyo',
      label: { ja: '企業', en: 'Businesses' },
      synonyms: ['事業所', '事業者'],
      source: cite(S4, `${MEASURES} 4`, 'D4'),
    },
    {
      id: 'gakko',
      label: { ja: '学校', en: 'Schools' },
      synonyms: ['教育機関'],
      source: cite(S4, `${MEASURES} 1`, 'D4'),
    },
    {
      id: 'chiiki-unei-soshiki',
      label: { ja: '地域運営組織', en: 'Regional management organisation' },
      source: cite(
        S4,
        `${MEASURES} 2`,
        'D4',
        'Named as a frame under study (広域的な課題解決の枠組みを検討).',
      ),
    },
    {
      id: 'chukan-shien',
      label: {
        ja: '中間支援組織（市民活動センター）',
        en: 'Intermediary support organisation (citizen activity centre)',
      },
      synonyms: ['市民活動センター', '中間支援組織'],
      source: cite(S4, `${MEASURES} 3`, 'D4'),
    },
    {
      id: 'gyosei',
      label: { ja: '行政', en: 'Government (the city)' },
      synonyms: ['市'],
      source: cite(S4, '協働のポイント', 'D4'),
    },
  ],
  forms: [
    {
      id: 'kyoryoku',
      label: { ja: '連携・協力事業', en: 'Joint and cooperative project' },
      synonyms: ['連携・協力', '事業協力', '協力', 'パートナーシップ事業'],
      organisers: ['citizen', 'joint', 'city'],
      description: {
        ja: '市民と行政のパートナーシップに基づく事業の推進（市民と行政の連携・協力事業の推進）。',
        en: 'Projects based on partnership between citizens and the government (joint and cooperative projects).',
      },
      source: cite(S4, `${MEASURES} 5`, 'F3'),
    },
    {
      id: 'hojo',
      label: { ja: '補助・助成', en: 'Subsidy or grant' },
      synonyms: ['補助', '助成', '補助金', '助成金', '補助金・助成金'],
      organisers: ['citizen'],
      description: {
        ja: '団体設立や組織化、補助金・助成金などの相談。',
        en: 'Advice on founding groups, organising and subsidies and grants.',
      },
      source: cite(S4, `${MEASURES} 3`, 'F3'),
    },
  ],
  domains: [],
  administrativeActs: [],
  implementers: [],
  programs: [...builtinPrograms['plan-004']],
  evaluation: defaultFramework === undefined ? { frameworks } : { frameworks, default: defaultFramework },
  review: { frameworks: [...builtinReviewFrameworks['plan-004']] },
  headers: defaultHeaders(),
  missingMarkers: [...DEFAULT_MISSING_MARKERS],
};
