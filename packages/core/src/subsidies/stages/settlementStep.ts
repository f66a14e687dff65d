import type { Yen } from '../../money/types.js';
import type { Source } from '../../sources/Source.js';
import { Step } from '../step.js';
import type { SubsidyStep } from '../types.js';

/**
 * Stage 精算 (settlement): an advance above the settled amount is returned (返還 = advance −
 * settled), below it the rest is paid (追加交付 = settled − advance) (RULES S-common;
 * 002_5a3cd8c23b61ef14.txt 8-1-4 事業1: 単年度精算).
 */
export function settlementStep(
  settled: Yen,
  advance: Yen,
  source: Source,
  steps: SubsidyStep[] | undefined,
): { readonly refund: Yen; readonly furtherPayment: Yen } {
  const refund = advance > settled ? advance - settled : 0;
  const furtherPayment = settled > advance ? settled - advance : 0;
  steps?.push(
    new Step(
      'settlement',
      'S-common',
      source,
      {
        settled,
        advance,
        direction: refund > 0 ? 'refund' : furtherPayment > 0 ? 'further-payment' : 'none',
      },
      refund > 0 ? refund : furtherPayment,
    ),
  );
  return { refund, furtherPayment };
}
