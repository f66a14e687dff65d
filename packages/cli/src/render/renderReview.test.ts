import type { ReviewStep } from '@kyodo/core';
import { describe, expect, it } from 'vitest';
import { renderReviewHtml } from './renderReviewHtml.js';
import { renderReviewMarkdown } from './renderReviewMarkdown.js';
import { renderReviewText } from './renderReviewText.js';
import type { ReviewOutput } from './reviewOutput.js';

const HOSTILE = '<img src=x onerror=alert(1)> [link](https://example.com) \u001b[2J\u202e';

const step: ReviewStep = {
  kind: 'award',
  rule: 'X3',
  source: { document: 'yoryo.pdf', section: '第8条' },
  inputs: {},
  result: 100000,
  sentence: { ja: `予算の残りから ${HOSTILE} を交付`, en: `awarded ${HOSTILE}` },
};

/** A review whose cells hold markup, a link, a terminal escape and a bidirectional control. */
const output: ReviewOutput = {
  workbook: 'review.xlsx',
  profile: { id: 'city', name: { ja: '例の市', en: 'Example City' } },
  today: '2024-10-01',
  budget: 100000,
  sheets: [
    {
      name: HOSTILE,
      framework: { id: 'teian', label: { ja: '審査', en: 'Review' } },
      layout: 'rows',
      reviewers: [HOSTILE],
      ranking: [
        {
          row: 2,
          application: 'A-01',
          name: HOSTILE,
          applicant: HOSTILE,
          rank: 1,
          score: 40,
          maximum: 50,
          passed: true,
          requested: 100000,
          computed: null,
          award: 100000,
          outcome: 'funded',
          steps: [step],
        },
      ],
      unscored: [],
      budget: 100000,
      awarded: 100000,
      remaining: 0,
      errors: 0,
      warnings: 0,
      issues: [],
    },
  ],
  totals: { errors: 0, warnings: 0 },
};

describe('kyodo review’s outputs with what staff may type in a cell', () => {
  it('HTML: every text escaped, under a policy that allows no script, no remote file, no form', () => {
    const html = renderReviewHtml(output);
    expect(html).toContain('<meta http-equiv="Content-Security-Policy" content="default-src \'none\';');
    expect(html).not.toContain('<img');
    expect(html).toContain('&#60;img src=x onerror=alert(1)&#62;');
    expect(html).not.toMatch(/<script|<link|<a /iu);
  });

  it('Markdown: no raw markup, no link, no autolink', () => {
    const md = renderReviewMarkdown(output);
    expect(md).not.toContain('<img');
    expect(md).not.toContain('[link](');
    expect(md).not.toContain('https://');
    expect(md).toContain('\\[link\\](https\\://example.com)');
    expect(md).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('text: a terminal escape and a bidirectional control are shown, never sent raw', () => {
    const text = renderReviewText(output, 'both', true);
    expect(text).not.toContain('\u001b');
    expect(text).not.toContain('\u202e');
    expect(text).toContain('\\x1B[2J');
    expect(text).toContain('\\u202E');
  });
});
