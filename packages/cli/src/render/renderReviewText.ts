import type { Bilingual } from '@kyodo/core';
import { displayWidth } from './displayWidth.js';
import { AMOUNT_COLUMNS, rankingRows } from './rankingRows.js';
import { profileLineWords } from './reportWords.js';
import type { ReviewOutput, ReviewSheetOutput } from './reviewOutput.js';
import {
  budgetLineWords,
  columnsWords,
  layoutLineWords,
  numberedStepWords,
  RANKING_HEAD,
  REVIEW_WORDS,
  unscoredWords,
} from './reviewWords.js';
import { terminalText } from './terminalText.js';
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
 * kyodo review's text for a terminal (RULES X3): per review sheet its framework and panel, the
 * budget and what was awarded, the ranking as a table (rank, number, applicant, project, score,
 * request, award, outcome), why it waits when it does, and the sheet's issues; with `explain`,
 * each application's steps with their citations. Japanese first, English under it.
 */
export function renderReviewText(output: ReviewOutput, lang: Lang = 'both', explain = false): string {
  const out: string[] = [];
  const line = (text: Bilingual, indent = '') => {
    if (lang === 'both') {
      out.push(`${indent}${text.ja}`);
      if (text.en !== text.ja) out.push(`${indent}  ${text.en}`);
    } else out.push(`${indent}${text[lang]}`);
  };
  out.push(`${say(REVIEW_WORDS.title, lang)}: ${output.workbook}`);
  line(profileLineWords(output.profile.name, output.profile.id, output.today));
  line(countsText({ error: output.totals.errors, warning: output.totals.warnings, info: 0 }));
  for (const sheet of output.sheets) {
    out.push('');
    sheetText(sheet);
  }
  return `${out.map(terminalText).join('\n')}\n`;

  function sheetText(sheet: ReviewSheetOutput): void {
    out.push(`■ ${sheet.name} — ${say(sheet.framework.label, lang)} (${sheet.framework.id})`);
    if (sheet.layout !== null) line(layoutLineWords(sheet.layout, sheet.reviewers, 'ascii'), '  ');
    if (sheet.budget !== null && sheet.awarded !== null && sheet.remaining !== null)
      line(budgetLineWords(sheet.budget, sheet.awarded, sheet.remaining, false), '  ');
    out.push('');
    if (sheet.ranking === null) {
      line(
        sheet.unscored.length > 0 ? unscoredWords(sheet.unscored, 'text') : REVIEW_WORDS.noRankingBelow,
        '  ',
      );
    } else table(rankingRows(sheet.ranking));
    if (explain && sheet.ranking !== null)
      for (const a of sheet.ranking) {
        out.push('');
        out.push(
          `  [${a.rank}] ${a.application}${a.name === undefined || a.name === a.application ? '' : ` ${a.name}`}`,
        );
        a.steps.forEach((s, i) => {
          const cite = `[${citeWords(s.rule, s.source)[lang === 'en' ? 'en' : 'ja']}]`;
          line(numberedStepWords(i + 1, s.sentence, cite), '    ');
        });
      }
    const shown = sortIssues(sheet.issues);
    if (shown.length > 0) {
      out.push('');
      line(REVIEW_WORDS.issuesColon, '  ');
      for (const issue of shown) {
        const place = placeText(issue);
        const sev = severityWords[issue.severity];
        const more = moreText(issue);
        line(
          columnsWords(
            [pad(place.ja, 10), pad(sev.ja, 6)],
            [pad(place.en, 10), pad(sev.en, 6)],
            issue.message,
            more,
          ),
          '    ',
        );
      }
    }
  }

  function table(rows: readonly Bilingual[][]): void {
    const pick = (b: Bilingual) =>
      lang === 'en' ? b.en : lang === 'ja' ? b.ja : b.ja === b.en ? b.ja : `${b.ja} ${b.en}`;
    const head = RANKING_HEAD.map((h) => (lang === 'both' ? `${h.ja}/${h.en}` : h[lang]));
    const cells = rows.map((r) =>
      r.map((c, k) => (AMOUNT_COLUMNS.has(k) && lang === 'both' ? c.ja : pick(c))),
    );
    const widths = head.map((h, c) =>
      Math.max(displayWidth(h), ...cells.map((r) => displayWidth(r[c] ?? ''))),
    );
    const right = new Set([0, 4, 5, 6]);
    const render = (r: readonly string[]) =>
      `  ${r.map((t, c) => (right.has(c) ? padStart(t, widths[c] ?? 0) : pad(t, widths[c] ?? 0))).join('  ')}`.trimEnd();
    out.push(render(head));
    out.push(`  ${widths.map((w) => '─'.repeat(w)).join('  ')}`);
    for (const r of cells) out.push(render(r));
  }
}

function pad(text: string, columns: number): string {
  return text + ' '.repeat(Math.max(0, columns - displayWidth(text)));
}

function padStart(text: string, columns: number): string {
  return ' '.repeat(Math.max(0, columns - displayWidth(text))) + text;
}
