import { describe, expect, it } from 'vitest';
import { fixtureInput } from './_fixture.js';
import { buildPublicationSummary } from './buildPublicationSummary.js';
import { renderSummaryMarkdown } from './renderSummaryMarkdown.js';

const summaryOf = (input = fixtureInput) => {
  const r = buildPublicationSummary(input);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.value;
};

describe('renderSummaryMarkdown (RULES E1 公表)', () => {
  const text = renderSummaryMarkdown(summaryOf());
  const lines = text.split('\n');

  it('titles the page in Japanese, English beside', () => {
    expect(lines[0]).toBe('# 令和6年度 協働事業の評価・検証結果');
    expect(lines[2]).toBe('*Evaluation of cooperative projects, FY2024*');
    expect(text).toContain('- 作成日 / Date: 令和7年5月30日 (2025-05-30)');
  });

  it('tabulates items, projects, gaps and plan against actual with hand-computed figures', () => {
    expect(lines).toContain(
      '| 客観的評価検証 | 目標・成果の達成 (Goals and results achieved) | 3.33 | 3.00 | 3.75 | 12 |',
    );
    expect(lines).toContain('| 花いっぱい運動 | 後援・協賛 | 2.45 | — | — | — | 0 | 協働相手 |');
    expect(lines).toContain('| 地区防災訓練 | 話し合いの継続 | 1 | 3 | 2 |');
    expect(lines).toContain(
      '| 地区防災訓練 | 300,000円 | 390,000円 | +90,000 | +30.0% |  | 要確認 / Check |',
    );
    expect(lines).toContain('| **合計 / Total** | 3 | 410,000円 | 398,000円 | 12,000円 |');
  });

  it('escapes user text that Markdown would read as syntax', () => {
    const tricky = summaryOf({
      ...fixtureInput,
      evaluations: [
        { project: 'A|B <b>*強調*</b>', evaluator: '市', answers: { 費用対効果: 'A' } },
        { project: 'A|B <b>*強調*</b>', evaluator: '団体', answers: { 費用対効果: 'B' } },
      ],
      projects: [],
    });
    const md = renderSummaryMarkdown(tricky);
    expect(md).toContain('| A\\|B \\<b\\>\\*強調\\*\\</b\\> |');
    expect(md).not.toContain('<b>');
  });
});
