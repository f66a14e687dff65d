import type { Bilingual } from '@kyodo/core';
import { AMOUNT_COLUMNS, rankingRows } from './rankingRows.js';
import { escapeHtml, REPORT_CSP } from './renderHtml.js';
import { REPORT_WORDS } from './reportWords.js';
import type { ReviewOutput, ReviewSheetOutput } from './reviewOutput.js';
import {
  budgetLineWords,
  layoutLineWords,
  RANKING_HEAD,
  REVIEW_WORDS,
  reviewTitleWords,
  unscoredWords,
} from './reviewWords.js';
import { citeWords, countsText, type Lang, moreText, placeText, severityWords, sortIssues } from './words.js';

const style = `
body{font-family:"Hiragino Sans","Yu Gothic UI","Meiryo","Noto Sans CJK JP",system-ui,sans-serif;margin:2rem auto;max-width:72rem;padding:0 1rem;color:#1b1b1b;line-height:1.6}
h1{font-size:1.5rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:2px solid #ddd}h3{font-size:1rem;margin-top:1.5rem}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem}th,td{border:1px solid #ccc;padding:.3rem .5rem;vertical-align:top;text-align:left}
th{background:#f3f3f3}td.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
.en{color:#555;font-size:.9em;display:block}
.funded{background:#e6f4ea}.reduced{background:#fff4cc}.below-threshold,.not-eligible,.no-budget{color:#5f6368}
.error{background:#fde2e1}.warning{background:#fff4cc}.info{background:#e4f0fb}
.sev{white-space:nowrap;font-weight:bold}.budget{font-size:1.1rem}
details{margin:.2rem 0}summary{cursor:pointer}ol.steps{margin:.3rem 0 .8rem}ol.steps .cite{color:#5f6368;font-size:.85em}
`;

/**
 * kyodo review's HTML (RULES X3): one self-contained page (no scripts, no external files, a
 * Content-Security-Policy that forbids both, every text escaped) with, per review sheet, the framework and panel, the budget and what was
 * awarded, the ranking (funded rows green, a reduced award yellow), each application's steps
 * in a disclosure, and the sheet's issues coloured by severity. Japanese first; with lang
 * 'both' English under it.
 */
export function renderReviewHtml(output: ReviewOutput, lang: Lang = 'both'): string {
  const b = (text: Bilingual): string => {
    if (lang === 'ja') return escapeHtml(text.ja);
    if (lang === 'en') return escapeHtml(text.en);
    if (text.ja === text.en) return escapeHtml(text.ja);
    return `${escapeHtml(text.ja)}<span class="en" lang="en">${escapeHtml(text.en)}</span>`;
  };
  const parts: string[] = [
    '<!DOCTYPE html>',
    `<html lang="${lang === 'en' ? 'en' : 'ja'}"><head><meta charset="utf-8">`,
    `<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(lang === 'en' ? 'Review results' : '審査結果')}: ${escapeHtml(output.workbook)}</title>`,
    `<style>${style}</style></head><body>`,
    `<h1>${b(reviewTitleWords(output.workbook))}</h1>`,
    '<dl>',
    `<dt>${b(REPORT_WORDS.profile)}</dt><dd>${b(output.profile.name)} (<code>${escapeHtml(output.profile.id)}</code>)</dd>`,
    `<dt>${b(REPORT_WORDS.asOf)}</dt><dd>${escapeHtml(output.today)}</dd>`,
    '</dl>',
    `<p>${b(countsText({ error: output.totals.errors, warning: output.totals.warnings, info: 0 }))}</p>`,
  ];
  for (const sheet of output.sheets) parts.push(...sheetHtml(sheet, b));
  parts.push('</body></html>', '');
  return parts.join('\n');
}

function sheetHtml(sheet: ReviewSheetOutput, b: (text: Bilingual) => string): string[] {
  const parts: string[] = [
    `<h2>${escapeHtml(sheet.name)} — ${b(sheet.framework.label)} <code>${escapeHtml(sheet.framework.id)}</code></h2>`,
  ];
  if (sheet.layout !== null)
    parts.push(`<p>${b(layoutLineWords(sheet.layout, sheet.reviewers, 'full-width'))}</p>`);
  if (sheet.budget !== null && sheet.awarded !== null && sheet.remaining !== null)
    parts.push(
      `<p class="budget">${b(budgetLineWords(sheet.budget, sheet.awarded, sheet.remaining, true))}</p>`,
    );
  if (sheet.ranking === null) {
    parts.push(
      `<p class="warning">${b(
        sheet.unscored.length > 0 ? unscoredWords(sheet.unscored, 'html') : REVIEW_WORDS.noRanking,
      )}</p>`,
    );
  } else {
    const rows = rankingRows(sheet.ranking);
    const numeric = new Set([0, 4, 5, 6]);
    parts.push('<table><thead><tr>', ...RANKING_HEAD.map((h) => `<th>${b(h)}</th>`), '</tr></thead><tbody>');
    sheet.ranking.forEach((a, i) => {
      const cells = rows[i] ?? [];
      parts.push(
        `<tr class="${a.outcome ?? (a.passed ? 'funded' : 'below-threshold')}">${cells
          .map(
            (c, k) =>
              `<td${numeric.has(k) ? ' class="n"' : ''}>${AMOUNT_COLUMNS.has(k) ? b({ ja: c.ja, en: c.ja }) : b(c)}</td>`,
          )
          .join('')}</tr>`,
      );
    });
    parts.push('</tbody></table>', `<h3>${b(REVIEW_WORDS.howCame)}</h3>`);
    for (const a of sheet.ranking) {
      const title = `${a.rank}. ${a.application}${a.name === undefined || a.name === a.application ? '' : ` ${a.name}`}`;
      parts.push(`<details><summary>${escapeHtml(title)}</summary><ol class="steps">`);
      for (const step of a.steps)
        parts.push(
          `<li>${b(step.sentence)}<span class="cite">${b(citeWords(step.rule, step.source))}</span></li>`,
        );
      parts.push('</ol></details>');
    }
  }
  const issues = sortIssues(sheet.issues);
  if (issues.length > 0) {
    parts.push(
      `<h3>${b(REVIEW_WORDS.issues)}</h3>`,
      '<table><thead><tr>',
      ...[REPORT_WORDS.place, REPORT_WORDS.severity, REPORT_WORDS.message].map((h) => `<th>${b(h)}</th>`),
      '</tr></thead><tbody>',
    );
    for (const issue of issues) {
      const more = moreText(issue);
      parts.push(
        `<tr class="${issue.severity}"><td>${b(placeText(issue))}</td><td class="sev">${b(severityWords[issue.severity])}</td><td>${b({ ja: issue.message.ja + more.ja, en: issue.message.en + more.en })}</td></tr>`,
      );
    }
    parts.push('</tbody></table>');
  }
  return parts;
}
