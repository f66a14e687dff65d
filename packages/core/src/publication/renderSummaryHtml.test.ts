import { describe, expect, it } from 'vitest';
import { fixtureInput } from './_fixture.js';
import { buildPublicationSummary } from './buildPublicationSummary.js';
import { renderSummaryHtml } from './renderSummaryHtml.js';

const summaryOf = (input = fixtureInput) => {
  const r = buildPublicationSummary(input);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.value;
};
const count = (html: string, pattern: RegExp) => (html.match(pattern) ?? []).length;

describe('renderSummaryHtml (RULES E1 公表)', () => {
  const html = renderSummaryHtml(summaryOf());

  it('is one Japanese page with its CSS inline and the CJK font named', () => {
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="ja">')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain("'Noto Sans CJK JP'");
    expect(html).toContain('<title>令和6年度 協働事業の評価・検証結果</title>');
    expect(html).toContain('@media print');
  });

  it('has no script and fetches nothing', () => {
    expect(html).not.toMatch(/<script|<link|<img|<iframe|\burl\(|@import/iu);
    expect(html).not.toMatch(/\s(src|href)=/iu);
    // The only URL is the SVG namespace, which is a name, not a request.
    expect(html.match(/https?:\/\/[^"\s]+/gu)?.every((u) => u === 'http://www.w3.org/2000/svg')).toBe(true);
  });

  it('draws the three charts with one bar per value', () => {
    expect(count(html, /<svg /gu)).toBe(3);
    expect(count(html, /class="bar bar-item"/gu)).toBe(11);
    expect(count(html, /class="bar bar-city"/gu)).toBe(5);
    expect(count(html, /class="bar bar-partner"/gu)).toBe(4);
    expect(count(html, /class="bar bar-plan"/gu)).toBe(4);
    expect(count(html, /class="bar bar-actual"/gu)).toBe(4);
    // Over-plan actual bars are red: 防災訓練 (+30%) and 講演会 (−28%).
    expect(count(html, /class="bar bar-actual"[^>]*fill="#c0392b"/gu)).toBe(2);
  });

  it('escapes every user text', () => {
    const evil = '<script>alert("x")</script>&';
    const page = renderSummaryHtml(
      summaryOf({
        ...fixtureInput,
        publisher: evil,
        evaluations: [
          { project: evil, evaluator: '市', answers: { 費用対効果: 'A' } },
          { project: evil, evaluator: '団体', answers: { 費用対効果: 'C' } },
        ],
        projects: [{ project: evil, form: `"${evil}'`, budget: 100, actual: 200 }],
      }),
    );
    expect(page).not.toContain('<script>');
    expect(page).not.toContain(`"${evil}`);
    expect(page).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&amp;');
  });
});
