import { formatSource } from '../sources/citationText.js';
import type { SubsidyStep } from './types.js';

/**
 * A computation's steps as sentences in one language, each followed by its citation when
 * `cite` is set — the document and section, and the rule the step applies (RULES S-*;
 * docs/contributing.md "Conventions": the trace is data). Works for `computeSubsidy`
 * results and `settleSubsidy` settlements alike: what `kyodo subsidy`, a profile's tests and the
 * subsidy ledger's issues show.
 *
 * @example
 * explainSubsidy(unwrap(computeSubsidy(kyodotaiShien, { fiscalYear: 2014, eligibleExpense: 360000 })), 'ja').at(-1)
 * //=> '補助対象経費 360,000円 × 2/3 = 240,000円 → 限度額 200,000円 → 補助金額 200,000円'
 */
export function explainSubsidy(
  result: { readonly steps: readonly SubsidyStep[] },
  lang: 'ja' | 'en' = 'ja',
  options: { readonly cite?: boolean } = {},
): string[] {
  return result.steps.map((step) => {
    const sentence = step.sentence[lang];
    if (!options.cite) return sentence;
    // The rule the step applies is named even where its source (a dated value, kyodo's default) names none.
    const rule = step.source.rule === undefined ? ` (${step.rule})` : '';
    return `${sentence} [${formatSource(step.source)}${rule}]`;
  });
}
