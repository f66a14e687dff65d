import type { Bilingual } from '@kyodo/core';
import { type Report, safeCellText } from '@kyodo/sheets';
import { markdownText } from './markdownText.js';
import { REPORT_WORDS } from './reportWords.js';
import { scoreLines } from './scoreLines.js';
import {
  citeWords,
  countBySeverity,
  countsText,
  kindWord,
  type Lang,
  moreText,
  placeText,
  say,
  severityWords,
  skippedText,
  sortIssues,
  valueText,
} from './words.js';

/**
 * A Report as Markdown (docs/sheets.md "The report"): totals, a table of sheets (kind, header row,
 * rows read and skipped, issues by severity), then per sheet its scores and a table of issues
 * (cell, severity, message, value seen, rule and source). Japanese first; with lang 'both'
 * the English follows in the same cell. Every text from the workbook is literal: no markup, no
 * link, no raw HTML; a value or sheet name a spreadsheet would read as a formula (= + - @) is
 * quote-prefixed as on the results sheet (safeCellText).
 */
export function renderMarkdown(report: Report, lang: Lang = 'both'): string {
  const s = (text: Bilingual) =>
    lang === 'both' && text.ja !== text.en
      ? `${cell(text.ja)}<br>${cell(text.en)}`
      : cell(text[lang === 'en' ? 'en' : 'ja']);
  const h = (text: Bilingual) => say(text, lang, ' / ');
  const out: string[] = [];
  const t = report.totals;
  out.push(`# ${h(REPORT_WORDS.validationReport)}: ${markdownText(report.workbook)}`, '');
  out.push(
    `- ${h(REPORT_WORDS.profile)}: ${markdownText(say(report.profile.name, lang, ' / '))} (${markdownText(report.profile.id)})`,
  );
  out.push(`- ${h(REPORT_WORDS.asOf)}: ${report.today}`);
  out.push(`- ${markdownText(h(countsText({ error: t.errors, warning: t.warnings, info: t.infos })))}`, '');
  out.push(`## ${h(REPORT_WORDS.sheets)}`, '');
  out.push(
    `| ${[
      REPORT_WORDS.sheet,
      REPORT_WORDS.kind,
      REPORT_WORDS.headerRow,
      REPORT_WORDS.rowsRead,
      REPORT_WORDS.skipped,
      severityWords.error,
      severityWords.warning,
      severityWords.info,
    ]
      .map(s)
      .join(' | ')} |`,
  );
  out.push(`|${' --- |'.repeat(3)}${' ---: |'.repeat(5)}`);
  for (const sheet of report.sheets) {
    const c = countBySeverity(sheet);
    out.push(
      `| ${[
        cell(safeCellText(sheet.name)),
        s(kindWord(sheet.kind)),
        sheet.headerRow === null ? '—' : String(sheet.headerRow),
        sheet.rowsRead.toLocaleString('en-US'),
        s(skippedText(sheet)),
        String(c.error),
        String(c.warning),
        String(c.info),
      ].join(' | ')} |`,
    );
  }
  out.push('');
  for (const sheet of report.sheets) {
    const scores = scoreLines(sheet);
    if (sheet.issues.length === 0 && scores.length === 0) continue;
    out.push(`## ${markdownText(sheet.name)}`, '');
    if (scores.length > 0) {
      for (const line of scores) out.push(`- ${markdownText(h(line))}`);
      out.push('');
    }
    if (sheet.issues.length === 0) continue;
    out.push(
      `| ${[
        REPORT_WORDS.place,
        REPORT_WORDS.severity,
        REPORT_WORDS.message,
        REPORT_WORDS.value,
        REPORT_WORDS.rule,
      ]
        .map(s)
        .join(' | ')} |`,
    );
    out.push(`|${' --- |'.repeat(5)}`);
    for (const issue of sortIssues(sheet.issues)) {
      const more = moreText(issue);
      const message = { ja: issue.message.ja + more.ja, en: issue.message.en + more.en };
      const rule = citeWords(issue.rule, issue.source);
      out.push(
        `| ${[
          s(placeText(issue)),
          s(severityWords[issue.severity]),
          s(message),
          cell(safeCellText(valueText(issue.value))),
          s(rule),
        ].join(' | ')} |`,
      );
    }
    out.push('');
  }
  return out.join('\n');
}

/** Escape text for a Markdown table cell: pipes, line breaks and markup characters. */
function cell(text: string): string {
  return markdownText(text);
}
