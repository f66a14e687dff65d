import { cite } from '../sources/Source.js';
import type { Scale } from './schema.js';

/**
 * The default evaluation scale (RULES E7). No source document gives a scale (001_9b5b631400e119ce.txt
 * 協働の評価・検証、見直し and 000_0726a29b17f6f262.txt §8 name items, not levels), so kyodo ships four
 * levels: A (4) 十分達成, B (3) 概ね達成, C (2) 一部達成, D (1) 未達成. Sheets may write a level as its
 * letter, its number or its label, in full or half width (Ａ, ４).
 *
 * @example
 * defaultScale.levels.map((l) => l.value) //=> [4, 3, 2, 1]
 */
export const defaultScale: Scale = {
  levels: [
    { value: 4, label: { ja: '十分達成', en: 'fully achieved' }, spellings: ['A', '4', '十分達成'] },
    {
      value: 3,
      label: { ja: '概ね達成', en: 'mostly achieved' },
      spellings: ['B', '3', '概ね達成', 'おおむね達成'],
    },
    { value: 2, label: { ja: '一部達成', en: 'partly achieved' }, spellings: ['C', '2', '一部達成'] },
    { value: 1, label: { ja: '未達成', en: 'not achieved' }, spellings: ['D', '1', '未達成'] },
  ],
  source: cite(
    'kyodo',
    'docs/rules.md「計画が定めていないこと」',
    'E7',
    'The documents give no scale; default of four levels A (4) … D (1). 文書に評価の段階の定めはなく、kyodo の既定値。',
  ),
};

/**
 * The default scale (RULES E7) with the marks many evaluation sheets use as well: ◎ = A (4),
 * ○ = B (3), △ = C (2), × = D (1). ○ also accepts 〇 (kanji zero, often typed for it) and
 * × also accepts ✕ and x. A profile chooses it where its sheets use marks.
 *
 * @example
 * markScale.levels[0]?.spellings //=> ['A', '4', '十分達成', '◎']
 */
export const markScale: Scale = {
  levels: defaultScale.levels.map((level, i) => ({
    ...level,
    spellings: [...level.spellings, ...([['◎'], ['○', '〇'], ['△'], ['×', '✕', 'x']][i] ?? [])],
  })),
  source: cite(
    'kyodo',
    'docs/rules.md「計画が定めていないこと」',
    'E7',
    'The default scale with ◎○△× marks for sheets that use them. 既定の4段階に◎○△×の表記を加えたもの。',
  ),
};
