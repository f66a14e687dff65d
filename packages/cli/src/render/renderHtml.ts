import type { Bilingual } from '@kyodo/core';
import type { Report } from '@kyodo/sheets';
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
  severityWords,
  skippedText,
  sortIssues,
  valueText,
} from './words.js';

/** Escape text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

/**
 * The page needs no script, no remote file and no form: its Content-Security-Policy forbids
 * them all, so that even text that escaped escaping could run nothing and send nothing out.
 * Only the page's own <style> is allowed.
 */
export const REPORT_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

const style = `
body{font-family:"Hiragino Sans","Yu Gothic UI","Meiryo",system-ui,sans-serif;margin:2rem auto;max-width:72rem;padding:0 1rem;color:#1b1b1b;line-height:1.6}
h1{font-size:1.5rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:2px solid #ddd}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem}th,td{border:1px solid #ccc;padding:.3rem .5rem;vertical-align:top;text-align:left}
th{background:#f3f3f3}td.n{text-align:right;font-variant-numeric:tabular-nums}
.en{color:#555;font-size:.9em;display:block}
.error{background:#fde2e1}.warning{background:#fff4cc}.info{background:#e4f0fb}
.sev{white-space:nowrap;font-weight:bold}.totals{font-size:1.1rem}
code{font-size:.9em}
`;

/**
 * A Report (or several, one after the other) as one self-contained HTML page (no scripts, no
 * external files, a Content-Security-Policy that forbids both; every text escaped): totals, a table of sheets, then per sheet its scores and its issues coloured by
 * severity (docs/sheets.md "The report"). Japanese first; with lang 'both' English under it.
 */
export function renderHtml(reports: Report | readonly Report[], lang: Lang = 'both'): string {
  const list: readonly Report[] = Array.isArray(reports) ? reports : [reports as Report];
  const names = list.map((r) => r.workbook).join(', ');
  const parts: string[] = [
    '<!DOCTYPE html>',
    `<html lang="${lang === 'en' ? 'en' : 'ja'}"><head><meta charset="utf-8">`,
    `<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(lang === 'en' ? 'Validation report' : '検証結果')}: ${escapeHtml(names)}</title>`,
    `<style>${style}</style></head><body>`,
  ];
  // One part at a time: a report of many issues has more parts than a call may take arguments.
  for (const report of list) for (const part of reportBody(report, lang)) parts.push(part);
  parts.push('</body></html>', '');
  return parts.join('\n');
}

/** One report's part of the page: its heading, totals, sheets table and issues. */
function reportBody(report: Report, lang: Lang): string[] {
  const b = (text: Bilingual): string => {
    if (lang === 'ja') return escapeHtml(text.ja);
    if (lang === 'en') return escapeHtml(text.en);
    if (text.ja === text.en) return escapeHtml(text.ja);
    return `${escapeHtml(text.ja)}<span class="en" lang="en">${escapeHtml(text.en)}</span>`;
  };
  const t = report.totals;
  const parts: string[] = [];
  parts.push(
    `<h1>${b(REPORT_WORDS.validationReport)}: ${escapeHtml(report.workbook)}</h1>`,
    '<dl>',
    `<dt>${b(REPORT_WORDS.profile)}</dt><dd>${b(report.profile.name)} (<code>${escapeHtml(report.profile.id)}</code>)</dd>`,
    `<dt>${b(REPORT_WORDS.asOf)}</dt><dd>${escapeHtml(report.today)}</dd>`,
    '</dl>',
    `<p class="totals">${b(countsText({ error: t.errors, warning: t.warnings, info: t.infos }))}</p>`,
    `<h2>${b(REPORT_WORDS.sheets)}</h2>`,
    '<table><thead><tr>',
    ...[
      REPORT_WORDS.sheet,
      REPORT_WORDS.kind,
      REPORT_WORDS.headerRow,
      REPORT_WORDS.rowsRead,
      REPORT_WORDS.skipped,
      severityWords.error,
      severityWords.warning,
      severityWords.info,
    ].map((h) => `<th>${b(h)}</th>`),
    '</tr></thead><tbody>',
  );
  for (const sheet of report.sheets) {
    const c = countBySeverity(sheet);
    parts.push(
      `<tr><td>${escapeHtml(sheet.name)}</td><td>${b(kindWord(sheet.kind))}</td>`,
      `<td class="n">${sheet.headerRow ?? '—'}</td><td class="n">${sheet.rowsRead.toLocaleString('en-US')}</td>`,
      `<td>${b(skippedText(sheet))}</td><td class="n">${c.error}</td><td class="n">${c.warning}</td><td class="n">${c.info}</td></tr>`,
    );
  }
  parts.push('</tbody></table>');
  for (const sheet of report.sheets) {
    const scores = scoreLines(sheet);
    if (sheet.issues.length === 0 && scores.length === 0) continue;
    parts.push(`<h2>${escapeHtml(sheet.name)}</h2>`);
    if (scores.length > 0) parts.push(`<ul>${scores.map((s) => `<li>${b(s)}</li>`).join('')}</ul>`);
    if (sheet.issues.length === 0) continue;
    parts.push(
      '<table><thead><tr>',
      ...[
        REPORT_WORDS.place,
        REPORT_WORDS.severity,
        REPORT_WORDS.message,
        REPORT_WORDS.value,
        REPORT_WORDS.rule,
      ].map((h) => `<th>${b(h)}</th>`),
      '</tr></thead><tbody>',
    );
    for (const issue of sortIssues(sheet.issues)) {
      const more = moreText(issue);
      const rule = citeWords(issue.rule, issue.source);
      parts.push(
        `<tr class="${issue.severity}"><td>${b(placeText(issue))}</td><td class="sev">${b(severityWords[issue.severity])}</td>`,
        `<td>${b({ ja: issue.message.ja + more.ja, en: issue.message.en + more.en })}</td>`,
        `<td>${escapeHtml(valueText(issue.value))}</td><td>${b(rule)}</td></tr>`,
      );
    }
    parts.push('</tbody></table>');
  }
  return parts;
}
