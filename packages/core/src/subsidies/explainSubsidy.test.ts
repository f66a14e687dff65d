import { describe, expect, it } from 'vitest';
import { unwrap } from '../problems/KyodoError.js';
import { builtinPrograms } from './builtin.js';
import { computeSubsidy } from './computeSubsidy.js';
import { explainSubsidy } from './explainSubsidy.js';
import type { Program } from './schema.js';
import type { SubsidyStep } from './types.js';

const kyodotaiShien = builtinPrograms.ichinoseki[1] as Program;

describe('explainSubsidy', () => {
  const r = unwrap(computeSubsidy(kyodotaiShien, { fiscalYear: 2014, eligibleExpense: 360_000 }));

  it('renders every step as a sentence in the language asked for', () => {
    expect(explainSubsidy(r, 'ja')).toEqual([
      '平成26年度は実施年度（平成26年度～平成27年度）の内',
      '申請者の種別の指定なし → 地域協働体として計算',
      '地域づくり計画の策定の日付の指定なし → 未策定として対象',
      '補助対象経費 360,000円',
      '補助対象経費 360,000円 × 2/3 = 240,000円（円未満切り捨て：kyodo の既定値）',
      '240,000円 → 限度額 200,000円（1地域協働体 単年度）',
      '補助対象経費 360,000円 × 2/3 = 240,000円 → 限度額 200,000円 → 補助金額 200,000円',
    ]);
    expect(explainSubsidy(r, 'en').at(-1)).toBe(
      'Eligible expense 360,000 yen × 2/3 = 240,000 yen → limit 200,000 yen → subsidy 200,000 yen',
    );
  });

  it('adds the citation of each step when asked', () => {
    expect(explainSubsidy(r, 'ja', { cite: true })[4]).toBe(
      '補助対象経費 360,000円 × 2/3 = 240,000円（円未満切り捨て：kyodo の既定値） [一関市地域協働推進計画（002）8-2-1 事業4 (S-ichinoseki-4)]',
    );
  });

  it("names the step's rule where its source names none", () => {
    const step: SubsidyStep = {
      kind: 'rate',
      rule: 'C4',
      source: { document: 'kyodo', section: '円未満の端数' },
      inputs: {},
      result: 1,
      sentence: { ja: '1円', en: '1 yen' },
    };
    expect(explainSubsidy({ steps: [step] }, 'ja', { cite: true })).toEqual([
      '1円 [kyodo の定め（円未満の端数） (C4)]',
    ]);
    expect(explainSubsidy({ steps: [step] }, 'en')).toEqual(['1 yen']);
  });
});
