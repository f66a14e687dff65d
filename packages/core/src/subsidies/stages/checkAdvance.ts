import { applyRate, formatRate } from '../../money/index.js';
import type { Yen } from '../../money/types.js';
import type { Problem } from '../../problems/Problem.js';
import type { CompiledProgram } from '../compileProgram.js';
import { yenEn, yenJa } from '../format.js';
import { subsidyMessages } from '../messages.js';
import { programNames } from './Computation.js';

/**
 * Stage 前金払 (the advance): where the program's text allows advance payment
 * (002_5a3cd8c23b61ef14.txt 8-1-4 事業1: 前金払い可) an advance is settled; where the profile says
 * it is not allowed (`advance.allowed: false`, the plan's word or the municipality's choice) the
 * problem 'subsidy.advance-not-allowed' citing that is returned; where the plan is silent
 * (事業4–6 say nothing of it) kyodo asserts nothing: the advance is settled and the info
 * 'subsidy.advance-not-stated' says the plan does not say. An advance above the grant, or above
 * the share of it the program allows (RULES X1: 概算払 up to 80%), is a warning added to `warnings`.
 */
export function checkAdvance(
  c: CompiledProgram,
  advance: Yen,
  granted: Yen | undefined,
  input: unknown,
  warnings: Problem[],
): Problem | undefined {
  if (advance > 0 && c.advance !== undefined && !c.advance.allowed) {
    return subsidyMessages.problem(
      'subsidy.advance-not-allowed',
      { ...programNames(c), advanceJa: yenJa(advance), advanceEn: yenEn(advance) },
      { path: ['advance'], input, source: c.advance.source },
    );
  }
  if (advance > 0 && c.advance === undefined) {
    warnings.push(
      subsidyMessages.problem(
        'subsidy.advance-not-stated',
        { ...programNames(c), advanceJa: yenJa(advance), advanceEn: yenEn(advance) },
        { path: ['advance'], input, rule: c.rule, source: c.source },
      ),
    );
  }
  if (granted !== undefined && advance > granted) {
    warnings.push(
      subsidyMessages.problem(
        'subsidy.advance-above-grant',
        {
          advanceJa: yenJa(advance),
          advanceEn: yenEn(advance),
          grantedJa: yenJa(granted),
          grantedEn: yenEn(granted),
        },
        { path: ['advance'], input },
      ),
    );
  }
  const share = c.advance?.maxShare;
  if (share === undefined || granted === undefined) return undefined;
  const max = applyRate(granted, share, { mode: 'truncate', unit: 1 });
  if (advance > max) {
    warnings.push(
      subsidyMessages.problem(
        'subsidy.advance-above-share',
        {
          advanceJa: yenJa(advance),
          advanceEn: yenEn(advance),
          maxJa: yenJa(max),
          maxEn: yenEn(max),
          share: formatRate(share),
        },
        { path: ['advance'], input, ...(c.advance ? { source: c.advance.source } : {}) },
      ),
    );
  }
  return undefined;
}
