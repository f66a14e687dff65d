import { describe, expect, it } from 'vitest';
import { assessIndicators } from './assessIndicators.js';

// Rolling indicators as 001 協働の取り組みの推進方策 3 asks: in FY2024 (令和6年度), targets for 2024–2026.
const rows = [
  { item: '協働のまちづくり研修会の開催（回）', fiscalYear: 2024, target: 4, actual: 3 },
  { item: '協働のまちづくり研修会の開催（回）', fiscalYear: 2025, target: 4 },
  { item: '協働のまちづくり研修会の開催（回）', fiscalYear: 2026, target: 5 },
  { item: '協働のまちづくり研修会の開催（回）', fiscalYear: 2023, target: 3, actual: 3 },
  { item: '地域協働体の設立数', fiscalYear: 2024, target: 30, actual: 33 },
  { item: '地域協働体の設立数 ', fiscalYear: 2025, target: null },
];

describe('assessIndicators (RULES E8)', () => {
  const r = assessIndicators(rows, 2024);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));

  it('needs targets for the current fiscal year and the next two', () => {
    expect(r.value.requiredYears).toEqual([2024, 2025, 2026]);
    const [kenshu, kyodotai] = r.value.items;
    expect(kenshu?.item).toBe('協働のまちづくり研修会の開催（回）');
    expect(kenshu?.complete).toBe(true);
    expect(kyodotai?.item).toBe('地域協働体の設立数');
    expect(kyodotai?.missingYears).toEqual([2025, 2026]);
    expect(r.value.complete).toBe(false);
    expect(r.warnings.map((w) => [w.code, w.params.fiscalYear])).toEqual([
      ['evaluation.indicator-target-missing', 2025],
      ['evaluation.indicator-target-missing', 2026],
    ]);
    expect(r.warnings[0]?.message.ja).toBe(
      '取組項目「地域協働体の設立数」に 2025年度の目標がありません。毎年度、向こう3か年度分（2024〜2026年度）の指標を定めます',
    );
  });

  it('gives the achievement rate per item and year', () => {
    const kenshu = r.value.items[0];
    // 2023: 3 / 3 = 1; 2024: 3 / 4 = 0.75; later years have no actual yet.
    expect(kenshu?.years.map((y) => [y.fiscalYear, y.achievement])).toEqual([
      [2023, 1],
      [2024, 0.75],
      [2025, null],
      [2026, null],
    ]);
    // 33 / 30 = 1.1: above target is reported as is, not capped.
    expect(r.value.items[1]?.years[0]?.achievement).toBe(33 / 30);
  });

  it('errs on a repeated year, a blank item and a negative target, with row paths', () => {
    const bad = assessIndicators(
      [
        { item: '研修会', fiscalYear: 2024, target: 4 },
        { item: '研修会', fiscalYear: 2024, target: 5 },
        { item: ' ', fiscalYear: 2024, target: 1 },
        { item: '講演会', fiscalYear: 2024.5, target: -1 },
      ],
      2024,
    );
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.problems.map((p) => [p.code, p.path])).toEqual([
      ['evaluation.indicator-duplicate', [1, 'fiscalYear']],
      ['evaluation.indicator-invalid', [2, 'item']],
      ['evaluation.indicator-invalid', [3, 'fiscalYear']],
      ['evaluation.indicator-invalid', [3, 'target']],
    ]);
  });

  it('warns that a zero target has no achievement rate', () => {
    const z = assessIndicators([{ item: '事故件数', fiscalYear: 2024, target: 0, actual: 0 }], 2024);
    expect(z.ok && z.value.items[0]?.years[0]?.achievement).toBeNull();
    expect(z.ok && z.warnings.map((w) => w.code)).toContain('evaluation.indicator-target-zero');
  });
});
