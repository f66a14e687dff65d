import { describe, expect, it } from 'vitest';
import { fixtureInput } from './_fixture.js';
import { buildPublicationSummary } from './buildPublicationSummary.js';

describe('buildPublicationSummary (RULES E1 公表, E4, E7)', () => {
  const r = buildPublicationSummary(fixtureInput);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  const s = r.value;

  it('titles the year and dates the summary from its parameter, in 和暦', () => {
    expect(s.title).toEqual({
      ja: '令和6年度 協働事業の評価・検証結果',
      en: 'Evaluation of cooperative projects, FY2024',
    });
    expect(s.fiscalYear).toBe(2024);
    expect(s.dateLabel).toBe('令和7年5月30日');
    expect(s.framework.scale.map((l) => `${l.spelling}${l.value}`)).toEqual(['A4', 'B3', 'C2', 'D1']);
  });

  it('puts the city and the partner side by side per project, hand-computed', () => {
    const byName = (name: string) => s.projects.find((p) => p.project === name);
    // 子ども食堂: city ABAAB ABB ABB = 38/11; partner AAABA AAB AAB = 41/11.
    expect(byName('子ども食堂「みんなの食卓」運営')).toMatchObject({
      city: 38 / 11,
      partner: 41 / 11,
      gaps: 0,
    });
    // 市民活動センター: council BBC = 8/3.
    expect(byName('市民活動センター運営')?.council).toBe(8 / 3);
    // 講演会: partner answered 10 items, 37/10; two survey respondents (4+3)/2 and 3 → 3.25.
    expect(byName('協働のまちづくり講演会')).toMatchObject({ partner: 3.7, thirdParty: 3.25 });
    expect(byName('花いっぱい運動')).toMatchObject({ partner: null, missingEvaluators: ['partner'] });
    expect(s.projects.map((p) => p.project)).toEqual([
      '子ども食堂「みんなの食卓」運営',
      '地区防災訓練',
      '市民活動センター運営',
      '協働のまちづくり講演会',
      '花いっぱい運動',
    ]);
  });

  it('means each item over every answer', () => {
    // 目標・成果の達成: 4,4 | 3,4 | 3,3,3 | 3,4,4,3 | 2 = 40/12; city 15/5; partner 15/4.
    const mokuhyo = s.items.find((i) => i.id === 'mokuhyo-seika');
    expect(mokuhyo).toMatchObject({ mean: 40 / 12, count: 12, city: 3, partner: 3.75 });
    expect(mokuhyo?.group?.ja).toBe('客観的評価検証');
    expect(mokuhyo?.source).toContain('一関市協働推進アクションプラン（001）');
  });

  it('lists the gaps of 2 levels and the plan-versus-actual variances over 20%', () => {
    expect(s.gaps.map((g) => [g.project, g.itemLabel.ja, g.city, g.partner, g.difference])).toEqual([
      ['地区防災訓練', '話し合いの継続', 1, 3, 2],
      ['市民活動センター運営', '行財政改革の効果', 4, 2, 2],
    ]);
    // 390,000 / 300,000 − 1 = +30%; 180,000 / 250,000 − 1 = −28% (scale 130 / 200 − 1 = −35%).
    expect(s.planVersusActual.map((p) => [p.project, p.ratio, p.over])).toEqual([
      ['子ども食堂「みんなの食卓」運営', -0.1, false],
      ['地区防災訓練', 0.3, true],
      ['市民活動センター運営', -50_000 / 4_800_000, false],
      ['協働のまちづくり講演会', -0.28, true],
    ]);
    expect(s.planVersusActual[3]?.scale).toEqual({ planned: 200, actual: 130, ratio: -0.35, over: true });
    expect(s.counts).toEqual({
      projects: 5,
      evaluations: 12,
      gaps: 2,
      missingEvaluations: 1,
      overVariance: 2,
    });
  });

  it('totals money per form and domain, and subsidies per program', () => {
    const domain = s.byDomain.find((d) => d.key === '市民と市が連携・協力する領域');
    // 防災訓練 300,000 + 講演会 250,000; actual 390,000 + 180,000.
    expect(domain).toMatchObject({ projects: 2, budget: 550_000, actual: 570_000 });
    expect(s.byForm.map((f) => f.key)).toEqual([
      '補助・助成',
      '共催',
      '事業委託',
      '実行委員会・協議会',
      '後援・協賛',
    ]);
    expect(s.byForm.find((f) => f.key === '後援・協賛')).toMatchObject({ budget: null, actual: null });
    expect(s.subsidies[0]).toEqual({
      program: 'ichinoseki/kyodotai-shien',
      label: '地域協働体支援事業費補助金',
      count: 2,
      granted: 360_000,
      settled: 348_000,
      refund: 12_000,
    });
    expect(s.subsidyTotals).toEqual({ count: 3, granted: 410_000, settled: 398_000, refund: 12_000 });
  });

  it('passes the engine warnings on, with their paths', () => {
    const codes = new Set(r.warnings.map((w) => w.code));
    expect(codes).toEqual(
      new Set([
        'evaluation.item-unanswered',
        'evaluation.gap',
        'evaluation.missing-evaluator',
        'evaluation.variance-over',
      ]),
    );
  });

  it('fails on a bad date, a bad fiscal year and a bad level, each with its path', () => {
    const bad = buildPublicationSummary({
      ...fixtureInput,
      date: '2025-02-30',
      fiscalYear: '令和0年度',
      evaluations: [{ project: 'x', evaluator: '市', answers: { 費用対効果: 'Z' } }],
    });
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.problems.map((p) => p.path)).toEqual([
      ['date'],
      ['fiscalYear'],
      ['evaluations', 0, 'answers', '費用対効果'],
    ]);
  });

  it('adds a registered project nobody evaluated, as missing both parties (E1)', () => {
    const withExtra = buildPublicationSummary({
      ...fixtureInput,
      projects: [...(fixtureInput.projects ?? []), { project: '未評価の事業', form: '共催' }],
    });
    expect(withExtra.ok && withExtra.value.projects.at(-1)).toMatchObject({
      project: '未評価の事業',
      city: null,
      partner: null,
      missingEvaluators: ['city', 'partner'],
    });
  });
});
