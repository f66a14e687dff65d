import type { Yen } from '../../money/types.js';
import type { Source } from '../../sources/Source.js';
import { Step } from '../step.js';
import type { Settlement, SubsidyStep } from '../types.js';

/**
 * Stage 交付決定額 (the grant): the settled amount is what the actual expense gives, never above
 * the granted amount when one is given (RULES X1: an overrun of actual expense never raises
 * the amount above the grant).
 */
export function applyGranted(
  computed: { readonly amount: Yen; readonly limitedBy: Settlement['limitedBy'] },
  granted: Yen | undefined,
  source: Source,
  steps: SubsidyStep[] | undefined,
): { readonly settled: Yen; readonly limitedBy: Settlement['limitedBy'] } {
  if (granted === undefined) return { settled: computed.amount, limitedBy: computed.limitedBy };
  const above = granted < computed.amount;
  const settled = above ? granted : computed.amount;
  steps?.push(new Step('granted', 'X1', source, { computed: computed.amount, granted }, settled));
  return { settled, limitedBy: above ? 'granted' : computed.limitedBy };
}
