import { renderSummaryMarkdown } from '@kyodo/core';
import { describe, expect, it } from 'vitest';
import { publicationSummaryOf } from '../src/report/publicationSummaryOf.js';
import { validateWorkbook } from '../src/report/validateWorkbook.js';
import {
  ichinosekiEvaluations,
  ichinosekiSubsidies,
  torideEvaluations,
  torideProjects,
} from './fixtures/index.js';
import { profile } from './helpers.js';

describe('publicationSummaryOf (E1 公表)', () => {
  it('toride: evaluations, the register’s projects and plan versus actual, for the register’s fiscal year', () => {
    const toride = profile('toride');
    const report = validateWorkbook(
      { name: 'r6.xlsx', sheets: [torideProjects(), torideEvaluations()] },
      { profile: toride, today: '2024-10-01' },
    );
    const r = publicationSummaryOf(report, toride);
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    const s = r.value;
    expect(s.fiscalYear).toBe(2024);
    expect(s.fiscalYearLabel).toBe('令和6年度');
    expect(s.dateLabel).toBe('令和6年10月1日');
    expect(s.framework.id).toBe('toride');
    expect(s.items).toHaveLength(6);
    // Scored evaluations: 子ども食堂 (city 3.5, partner 17/6), フェスタ (partner), 防災講座 (city).
    expect(s.counts.evaluations).toBe(4);
    const kodomo = s.projects.find((p) => p.project === '子ども食堂運営支援')!;
    expect(kodomo).toMatchObject({ city: 3.5, form: '補助・助成' });
    expect(kodomo.partner).toBeCloseTo(17 / 6, 10);
    expect(s.gaps.map((g) => g.item)).toEqual(['sogo-rikai', 'taito-kankei']);
    // Plan against actual for the six rows with both amounts (読み聞かせ会's budget is #REF!).
    expect(s.planVersusActual).toHaveLength(6);
    expect(s.planVersusActual.filter((p) => p.over).map((p) => p.project)).toEqual(['防災講座']);
    expect(renderSummaryMarkdown(s)).toContain('令和6年度 協働事業の評価・検証結果');
  });

  it('ichinoseki: subsidy totals per program from the ledger rows', () => {
    const ichinoseki = profile('ichinoseki');
    const report = validateWorkbook(
      { name: 'x', sheets: [ichinosekiEvaluations(), ichinosekiSubsidies()] },
      { profile: ichinoseki, today: '2025-05-30' },
    );
    const r = publicationSummaryOf(report, ichinoseki, { publisher: '一関市 いちのせき協働推進課' });
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(r.value.publisher).toBe('一関市 いちのせき協働推進課');
    expect(r.value.fiscalYear).toBeNull();
    expect(r.value.subsidies.map((x) => [x.program, x.count, x.granted, x.settled, x.refund])).toEqual([
      ['ichinoseki/goi-keisei', 4, 30_000 + 40_000 + 30_000 + 50_000, 28_000 + 45_000, 2_000 + 3_000],
      ['ichinoseki/kyodotai-shien', 3, 200_000 + 100_000 + 50_000, 200_000 + 90_000, 0],
    ]);
  });
});
