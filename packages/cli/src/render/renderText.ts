import type { Report, SheetReport } from '@kyodo/sheets';
import { headerRowWords, profileLineWords, REPORT_WORDS, valueSeenWords } from './reportWords.js';
import { scoreLines } from './scoreLines.js';
import { terminalText } from './terminalText.js';
import {
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
 * A Report as text for a terminal (docs/sheets.md "The report"): the workbook and its totals, a
 * summary per sheet first (kind, header row, rows read and skipped, issues by severity,
 * columns left unmapped, scores), then every issue: cell, severity (エラー / 注意 / 情報) and
 * message, Japanese first with English under it (or one language with `lang`). Control
 * characters of cell text (ESC, BEL, bidirectional overrides) are shown escaped.
 */
export function renderText(report: Report, lang: Lang = 'both', note?: { ja: string; en: string }): string {
  const out: string[] = [];
  const line = (ja: string, en: string, indent = '') => {
    if (lang === 'both') {
      out.push(`${indent}${ja}`);
      if (en !== ja) out.push(`${indent}  ${en}`);
    } else out.push(`${indent}${lang === 'ja' ? ja : en}`);
  };
  const t = report.totals;
  out.push(`${say(REPORT_WORDS.validationReport, lang)}: ${report.workbook}`);
  out.push(say(profileLineWords(report.profile.name, report.profile.id, report.today), lang, '  /  '));
  if (note !== undefined) out.push(say(note, lang, ' / '));
  out.push(say(countsText({ error: t.errors, warning: t.warnings, info: t.infos }), lang, ' / '));
  out.push('');

  for (const sheet of report.sheets) summary(sheet);
  const withIssues = report.sheets.filter((s) => s.issues.length > 0);
  if (withIssues.length > 0) {
    out.push(say(REPORT_WORDS.issues, lang, ' / '));
    for (const sheet of withIssues) {
      out.push('');
      out.push(`[${sheet.name}]`);
      for (const issue of sortIssues(sheet.issues)) {
        const place = placeText(issue);
        const sev = severityWords[issue.severity];
        const more = moreText(issue);
        const value = issue.value === undefined || issue.value === null ? '' : valueText(issue.value);
        const seen = value === '' ? REPORT_WORDS.nothing : valueSeenWords(clip(value));
        const head = (p: string, s: string) => `  ${pad(p, 10)} ${s} `;
        if (lang === 'both') {
          const prefix = head(place.ja, pad(sev.ja, 6));
          out.push(`${prefix}${issue.message.ja}${seen.ja}${more.ja}`);
          out.push(`${' '.repeat(width(prefix))}${issue.message.en}${more.en}`);
        } else {
          const w = lang === 'ja' ? 'ja' : 'en';
          out.push(`${head(place[w], pad(sev[w], 7))}${issue.message[w]}${seen[w]}${more[w]}`);
        }
      }
    }
    out.push('');
  }
  // Cell text reaches a terminal: its control characters are shown escaped, never sent raw.
  return `${out.map(terminalText).join('\n')}\n`;

  function summary(sheet: SheetReport): void {
    const kind = kindWord(sheet.kind);
    out.push(`■ ${sheet.name}`);
    if (sheet.kind === null) {
      line(
        `種類: ${kind.ja} (検証していません。--map ${sheet.name}:kind=projects などで指定できます)`,
        `kind: ${kind.en} (not checked; give it with --map ${sheet.name}:kind=projects or similar)`,
        '  ',
      );
    } else {
      const header = sheet.headerRow === null ? REPORT_WORDS.notFound : headerRowWords(sheet.headerRow);
      line(`種類: ${kind.ja}、見出し: ${header.ja}`, `kind: ${kind.en}, header: ${header.en}`, '  ');
      const skipped = skippedText(sheet);
      line(
        `読んだ行: ${sheet.rowsRead.toLocaleString('ja-JP')} 行、飛ばした行: ${skipped.ja}`,
        `rows read: ${sheet.rowsRead.toLocaleString('en-US')}, skipped: ${skipped.en}`,
        '  ',
      );
    }
    if (sheet.kind !== null && sheet.rowsRead > 0)
      line(`結果: ${sheet.summary.explanation.ja}`, `result: ${sheet.summary.explanation.en}`, '  ');
    else {
      const c = countsText(countBySeverity(sheet));
      line(`問題: ${c.ja}`, `issues: ${c.en}`, '  ');
    }
    if (sheet.mapping.length > 0) {
      const cols = sheet.mapping
        .map((m) => `${m.header}=${m.column}${m.by === 'hand' ? '*' : ''}`)
        .join(', ');
      out.push(`  ${say(REPORT_WORDS.columns, lang)}: ${cols}`);
    }
    if (sheet.unmapped.length > 0) {
      const cols = sheet.unmapped.map((u) => `${u.header || '(空)'} (${u.column})`).join(', ');
      line(`使わない列: ${cols}`, `columns not used: ${cols}`, '  ');
    }
    for (const s of scoreLines(sheet)) line(s.ja, s.en, '  ');
    out.push('');
  }
}

/** Display width, counting full-width characters as two columns. */
function width(text: string): number {
  let w = 0;
  for (const ch of text)
    w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(
      ch,
    )
      ? 2
      : 1;
  return w;
}

/** Pad to a display width. */
function pad(text: string, columns: number): string {
  return text + ' '.repeat(Math.max(0, columns - width(text)));
}

function clip(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ');
  return oneLine.length > 40 ? `${oneLine.slice(0, 39)}…` : oneLine;
}
