import type { Path } from '../problems/Problem.js';
import { err, ok, type Result } from '../problems/Result.js';
import { matchKey } from '../text/normalise.js';
import { evaluationMessages } from './messages.js';
import { EVALUATOR_KINDS, type EvaluatorKind } from './schema.js';

/** Whole spellings of each evaluator, compared after matchKey. */
const EXACT: Readonly<Record<EvaluatorKind, readonly string[]>> = {
  city: ['市', '市担当課', '担当課', '所管課', '行政', '市役所', 'city', '自治体'],
  partner: [
    '団体',
    '協働相手',
    '相手方',
    '協働先',
    '市民',
    '市民団体',
    '実施団体',
    'partner',
    '事業者',
    '受託者',
  ],
  council: ['協働推進会議', '市協働推進会議', '推進会議', '評価委員会', '委員会', 'council'],
  'third-party': ['第三者', '参加者アンケート', '参加者', 'アンケート', '意見募集', '利用者', 'third party'],
};

let exactIndex: Map<string, EvaluatorKind> | undefined;

/** Every exact spelling's matchKey, built on first use. */
function exact(): Map<string, EvaluatorKind> {
  if (!exactIndex) {
    exactIndex = new Map();
    for (const kind of EVALUATOR_KINDS) {
      exactIndex.set(kind, kind);
      for (const s of EXACT[kind]) if (!exactIndex.has(matchKey(s))) exactIndex.set(matchKey(s), kind);
    }
  }
  return exactIndex;
}

/** Words that decide the kind when the text is longer ('一関市協働推進会議', 'NPO法人○○'), in order. */
const CONTAINS: readonly (readonly [EvaluatorKind, RegExp])[] = [
  ['council', /推進会議|推進協議会|委員会/u],
  ['third-party', /第三者|アンケート|参加者|意見募集/u],
  ['partner', /団体|協働相手|相手方|協働先|市民|npo|法人|自治会|協議会/u],
  ['city', /市担当課|担当課|所管課|行政|市役所|(?:課|部|室)$|市$/u],
];

/**
 * Read who made an evaluation (RULES E1; 000_0726a29b17f6f262.txt §8 評価と検証,
 * 001_9b5b631400e119ce.txt 協働の評価・検証、見直し): 'city' (市, 市担当課, 行政, a department
 * name ending in 課), 'partner' (団体, 協働相手, 相手方, 市民, NPO法人…), 'council'
 * (協働推進会議, 評価委員会) or 'third-party' (第三者, 参加者アンケート, 意見募集). Width,
 * spaces and a bracketed note (市（担当課）) do not matter. Anything else is a problem.
 *
 * @example
 * parseEvaluator('協働相手') //=> ok('partner')
 * parseEvaluator('市（まちづくり推進課）') //=> ok('city')
 */
export function parseEvaluator(text: unknown, options: { path?: Path } = {}): Result<EvaluatorKind> {
  const place = { path: options.path ?? [], input: text };
  const raw = typeof text === 'string' ? text : typeof text === 'number' ? String(text) : '';
  const key = matchKey(raw);
  const bare = key.replace(/\([^)]*\)/gu, '');
  for (const candidate of [key, bare]) {
    if (candidate === '') continue;
    const kind = exact().get(candidate);
    if (kind) return ok(kind);
  }
  if (bare !== '') {
    for (const [kind, pattern] of CONTAINS) if (pattern.test(bare)) return ok(kind);
  }
  return err(evaluationMessages.problem('evaluation.evaluator-unknown', { text: raw }, place));
}
