import { cite } from '../sources/Source.js';
import type { ReviewFramework } from './schema.js';

const S3 = '003_77c600037372601a.txt';
const PRACTICE = cite(
  'kyodo',
  'docs/rules.md「計画が定めていないこと」',
  'X3',
  "Seen in other municipalities' selection rules for citizen-proposal subsidies; the plan names no criteria. A municipality replaces them with its own 審査基準.",
);

const criterion = (id: string, ja: string, en: string, aliases: string[], source = PRACTICE) => ({
  id,
  label: { ja, en },
  aliases,
  source,
});

/**
 * toride/shimin-teian — the review of proposals for 市民提案型の一般公募補助金 (RULES X3;
 * 003_77c600037372601a.txt 第4章(1)⑦). A template: the plan names the open call and says it
 * supports 公益的な事業 proposed by citizen groups, but not how proposals are reviewed. The
 * criteria, the conflict rule and the tie rule follow municipal practice (RULES X3); the scale,
 * how reviewers are combined, the threshold and the reduction rule are absent: the
 * municipality's profile gives them ('review.missing-parameter' until it does).
 */
const shiminTeian: ReviewFramework = {
  id: 'shimin-teian',
  label: { ja: '市民提案型一般公募補助金 審査', en: 'Citizen-proposal open-call subsidy: review' },
  source: cite(
    S3,
    '第4章(1)⑦',
    'X3',
    'The plan names the open call (市民提案型の一般公募補助金), not its review: a template whose numbers the profile supplies.',
  ),
  program: 'toride/shimin-teian',
  criteria: [
    criterion(
      'koeki',
      '公益性',
      'Public benefit',
      ['公益'],
      cite(S3, '第4章(1)⑦', 'X3', '市民活動団体等が企画・提案する公益的な事業を支援'),
    ),
    criterion('jitsugen', '実現性', 'Feasibility', ['実現可能性']),
    criterion('hatten', '発展性', 'Potential to grow', ['将来性', '継続性']),
    criterion('jiritsu', '自立性', 'Self-reliance', ['自主性']),
    criterion('senku', '先駆性', 'Originality', ['独自性', '先進性']),
    criterion('hiyo', '費用の妥当性', 'Soundness of the budget', ['経費の妥当性', '予算の妥当性']),
  ],
  conflict: {
    rule: 'others-average',
    source: cite(
      'kyodo',
      'docs/rules.md「計画が定めていないこと」',
      'X3',
      "A reviewer with a conflict of interest is left out and the others' average stands in (municipal practice).",
    ),
  },
  tie: {
    rule: 'smaller-request',
    source: cite(
      'kyodo',
      'docs/rules.md「計画が定めていないこと」',
      'X3',
      'Ties go to the smaller request (municipal practice).',
    ),
  },
};

/**
 * The review frameworks of RULES X3 for each built-in profile (profiles/builtin composes them):
 * toride, for its 市民提案型一般公募補助金 (003_77c600037372601a.txt 第4章(1)⑦), a template;
 * ichinoseki and plan-004 describe no open call and have none.
 */
export const builtinReviewFrameworks: Readonly<
  Record<'ichinoseki' | 'toride' | 'plan-004', readonly ReviewFramework[]>
> = {
  ichinoseki: [],
  toride: [shiminTeian],
  'plan-004': [],
};
