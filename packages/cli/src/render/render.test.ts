import { describe, expect, it } from 'vitest';
import { renderHtml } from './renderHtml.js';
import { renderMarkdown } from './renderMarkdown.js';
import { renderText } from './renderText.js';
import { sampleReport } from './sampleReport.js';

describe('renderText', () => {
  const text = renderText(sampleReport);
  it('puts the per-sheet summary before the issues', () => {
    const summary = text.indexOf('■ 協働事業一覧');
    expect(summary).toBeGreaterThan(-1);
    expect(text.indexOf('── 問題の一覧')).toBeGreaterThan(text.indexOf('■ メモ'));
    expect(text).toContain('種類: 協働事業一覧、見出し: 4 行目');
    expect(text).toContain('読んだ行: 13 行、飛ばした行: 2 行 (空行 1、合計行 1)');
    expect(text).toContain('結果: 13 行中 12 行にエラーなし');
    expect(text).toContain('問題: エラー 0 件、注意 0 件、情報 0 件');
    expect(text).toContain('使わない列: 備考 (N)');
    expect(text).toContain('--map メモ:kind=projects');
  });
  it('lists issues sheet-wide first, then by row, with severity words, value and the grouped count', () => {
    const lines = text.split('\n');
    const sheetWide = lines.findIndex((l) => l.includes('シート全体'));
    const l8 = lines.findIndex((l) => l.includes('L8'));
    const f9 = lines.findIndex((l) => l.includes('F9'));
    expect(sheetWide).toBeLessThan(l8);
    expect(l8).toBeLessThan(f9);
    expect(lines[f9]).toMatch(/F9\s+エラー\s+委託は市が主催します .* \(値: 委託\)/);
    expect(lines[f9 + 1]?.trim()).toBe('Commissioning is organised by the city | not citizens');
    expect(lines[l8]).toContain('(同じ問題がほかに 2 件: L10, L12)');
  });
  it('shows one language when asked', () => {
    const ja = renderText(sampleReport, 'ja');
    expect(ja).not.toContain('Commissioning');
    const en = renderText(sampleReport, 'en');
    expect(en).not.toContain('委託は市が主催します');
    expect(en).toMatch(/F9 +error +Commissioning/);
  });
});

describe('renderMarkdown', () => {
  const md = renderMarkdown(sampleReport);
  it('has a sheets table and an issues table per sheet, with pipes and brackets escaped', () => {
    expect(md).toContain('# 検証結果 / Validation report: r6 &lt;協働&gt;.xlsx');
    expect(md).toContain('| 協働事業一覧 | 協働事業一覧<br>project register | 4 | 13 |');
    expect(md).toContain('organised by the city \\| not citizens');
    expect(md).toContain('&lt;R2&gt;');
    expect(md).toContain('R2; 取手市市民協働基本方針 最終報告（003）第3章(3)');
    expect(md).not.toContain('77c600037372601a');
  });
});

describe('renderHtml', () => {
  const html = renderHtml(sampleReport);
  it('is one self-contained page with every text escaped', () => {
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).not.toMatch(/<script|<link|src=/);
    expect(html).toContain('r6 &#60;協働&#62;.xlsx');
    expect(html).toContain('&#60;R2&#62;');
    expect(html).not.toContain('<R2>');
    expect(html).toContain('<tr class="error">');
  });
  it('puts several reports on one page', () => {
    const page = renderHtml([sampleReport, { ...sampleReport, workbook: 'r7.xlsx' }]);
    expect(page.match(/<!DOCTYPE html>/g)).toHaveLength(1);
    expect(page.match(/<h1>/g)).toHaveLength(2);
    expect(page).toContain('r7.xlsx');
  });
});
