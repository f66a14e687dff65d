import type { Bilingual } from '@kyodo/core';
import { markdownText } from './markdownText.js';
import { AMOUNT_COLUMNS, rankingRows } from './rankingRows.js';
import { REPORT_WORDS } from './reportWords.js';
import type { ReviewOutput } from './reviewOutput.js';
import {
  budgetLineWords,
  layoutLineWords,
  RANKING_HEAD,
  REVIEW_WORDS,
  unscoredWords,
} from './reviewWords.js';
import {
  citeWords,
  countsText,
  type Lang,
  moreText,
  placeText,
  say,
  severityWords,
  sortIssues,
} from './words.js';

/**
 * kyodo review's Markdown (RULES X3): per review sheet its framework and panel, the budget and
 * what was awarded, the ranking as a table, then how each application's score, rank and award
 * came about (the steps, each citing its rule and source), and the sheet's issues. Japanese
 * first; with lang 'both' the English follows in the same cell.
 */
export function renderReviewMarkdown(output: ReviewOutput, lang: Lang = 'both'): string {
  const s = (text: Bilingual) =>
    lang === 'both' && text.ja !== text.en
      ? `${cell(text.ja)}<br>${cell(text.en)}`
      : cell(text[lang === 'en' ? 'en' : 'ja']);
  const h = (text: Bilingual) => markdownText(say(text, lang, ' / '));
  const out: string[] = [];
  out.push(`# ${h(REVIEW_WORDS.title)}: ${markdownText(output.workbook)}`, '');
  out.push(
    `- ${h(REPORT_WORDS.profile)}: ${markdownText(say(output.profile.name, lang, ' / '))} (\`${output.profile.id}\`)`,
  );
  out.push(`- ${h(REPORT_WORDS.asOf)}: ${output.today}`);
  out.push(
    `- ${h(countsText({ error: output.totals.errors, warning: output.totals.warnings, info: 0 }))}`,
    '',
  );
  for (const sheet of output.sheets) {
    out.push(`## ${markdownText(sheet.name)} — ${h(sheet.framework.label)} (\`${sheet.framework.id}\`)`, '');
    if (sheet.layout !== null) out.push(`- ${h(layoutLineWords(sheet.layout, sheet.reviewers, 'ascii'))}`);
    if (sheet.budget !== null && sheet.awarded !== null && sheet.remaining !== null)
      out.push(`- ${h(budgetLineWords(sheet.budget, sheet.awarded, sheet.remaining, false))}`);
    out.push('');
    if (sheet.ranking === null) {
      out.push(
        h(sheet.unscored.length > 0 ? unscoredWords(sheet.unscored, 'markdown') : REVIEW_WORDS.noRanking),
        '',
      );
    } else {
      out.push(
        `| ${RANKING_HEAD.map(s).join(' | ')} |`,
        `|${RANKING_HEAD.map((_, i) => (i === 0 || (i >= 4 && i <= 6) ? '---:' : '---')).join('|')}|`,
      );
      for (const row of rankingRows(sheet.ranking))
        out.push(
          `| ${row.map((c, k) => (AMOUNT_COLUMNS.has(k) && lang === 'both' ? cell(c.ja) : s(c))).join(' | ')} |`,
        );
      out.push('', `### ${h(REVIEW_WORDS.howCame)}`, '');
      for (const a of sheet.ranking) {
        out.push(
          `- **${a.rank}. ${markdownText(a.application)}${a.name === undefined || a.name === a.application ? '' : ` ${markdownText(a.name)}`}**`,
        );
        for (const step of a.steps)
          out.push(
            `  - ${h(step.sentence)} — ${markdownText(citeWords(step.rule, step.source)[lang === 'en' ? 'en' : 'ja'])}`,
          );
      }
      out.push('');
    }
    const issues = sortIssues(sheet.issues);
    if (issues.length > 0) {
      out.push(`### ${h(REVIEW_WORDS.issues)}`, '');
      out.push(
        `| ${[REPORT_WORDS.place, REPORT_WORDS.severity, REPORT_WORDS.message].map(s).join(' | ')} |`,
        '|---|---|---|',
      );
      for (const issue of issues) {
        const more = moreText(issue);
        out.push(
          `| ${s(placeText(issue))} | ${s(severityWords[issue.severity])} | ${s({ ja: issue.message.ja + more.ja, en: issue.message.en + more.en })} |`,
        );
      }
      out.push('');
    }
  }
  return `${out.join('\n')}\n`;
}

function cell(text: string): string {
  return markdownText(text);
}
