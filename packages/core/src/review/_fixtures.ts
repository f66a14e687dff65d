import type { Program } from '../subsidies/schema.js';
import { type ReviewFramework, type ReviewFrameworkInput, reviewFrameworkSchema } from './schema.js';

/** Internal test helpers: a framework and a program written as a municipality would. */

const S = { document: 'municipality', section: '審査基準（例）' };

/**
 * A framework of five criteria scored 1–10 by each reviewer (50 points), averaged, passing at
 * 30 points ("an average of 30 of 50", RULES X3), with the conflict, tie and reduction rules;
 * `over` replaces any part.
 */
export function framework(over: Partial<ReviewFrameworkInput> = {}): ReviewFramework {
  return reviewFrameworkSchema.parse({
    id: 'teian',
    label: { ja: '提案型補助金 審査', en: 'Proposal review' },
    source: S,
    criteria: [
      { id: 'koeki', label: { ja: '公益性', en: 'Public benefit' }, source: S },
      { id: 'jitsugen', label: { ja: '実現性', en: 'Feasibility' }, source: S },
      { id: 'hatten', label: { ja: '発展性', en: 'Potential' }, source: S },
      { id: 'jiritsu', label: { ja: '自立性', en: 'Self-reliance' }, source: S },
      { id: 'hiyo', label: { ja: '費用の妥当性', en: 'Budget' }, aliases: ['経費の妥当性'], source: S },
    ],
    scale: { min: 1, max: 10, step: 1, source: S },
    combine: { method: 'mean', source: S },
    threshold: { kind: 'points', value: 30, source: S },
    conflict: { rule: 'others-average', source: S },
    tie: { rule: 'smaller-request', source: S },
    reduction: { rule: 'reduce', source: S },
    ...over,
  });
}

/** Five criteria's points, spread evenly, summing to `total` (5–50), for reviews where only the total matters. */
export function pointsFor(total: number): Record<string, number> {
  if (!Number.isInteger(total) || total < 5 || total > 50)
    throw new Error(`cannot make ${total} from five criteria of 1–10`);
  const ids = ['koeki', 'jitsugen', 'hatten', 'jiritsu', 'hiyo'];
  const base = Math.floor(total / 5);
  const extra = total % 5;
  return Object.fromEntries(ids.map((id, i) => [id, base + (i < extra ? 1 : 0)]));
}

/** A program: half the eligible expense, at most 300,000 yen, rounded down to 1,000 yen, from FY2024. */
export const halfProgram: Program = {
  id: 'mirai/teian',
  names: { ja: '提案型まちづくり補助金', en: 'Proposal subsidy' },
  kind: 'subsidy',
  rule: 'S-toride-1',
  source: { document: 'yoko.pdf', section: '第1条' },
  years: [{ from: 2024, source: { document: 'yoko.pdf', section: '附則' } }],
  rate: [
    {
      from: 2024,
      value: { numerator: 1, denominator: 2 },
      source: { document: 'yoko.pdf', section: '第5条' },
    },
  ],
  annualLimit: [{ from: 2024, value: 300000, source: { document: 'yoko.pdf', section: '第5条' } }],
  rounding: { mode: 'truncate', unit: 1000, source: { document: 'yoko.pdf', section: '第5条' } },
};
