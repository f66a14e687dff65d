import { type Bilingual, formatYen } from '@kyodo/core';
import { markdownText } from './markdownText.js';
import { AMOUNT_COLUMNS, rankingRows } from './rankingRows.js';
import type { ReviewOutput } from './reviewOutput.js';
import { LAYOUT_WORDS, RANKING_HEAD } from './reviewWords.js';
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

const yenEn = (n: number) => `${n.toLocaleString('en-US')} yen`;

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
  out.push(`# ${h({ ja: '審査結果', en: 'Review results' })}: ${markdownText(output.workbook)}`, '');
  out.push(
    `- ${h({ ja: 'プロファイル', en: 'Profile' })}: ${markdownText(say(output.profile.name, lang, ' / '))} (\`${output.profile.id}\`)`,
  );
  out.push(`- ${h({ ja: '基準日', en: 'As of' })}: ${output.today}`);
  out.push(
    `- ${h(countsText({ error: output.totals.errors, warning: output.totals.warnings, info: 0 }))}`,
    '',
  );
  for (const sheet of output.sheets) {
    out.push(`## ${markdownText(sheet.name)} — ${h(sheet.framework.label)} (\`${sheet.framework.id}\`)`, '');
    if (sheet.layout !== null)
      out.push(
        `- ${h({
          ja: `${LAYOUT_WORDS[sheet.layout].ja}、審査員 ${sheet.reviewers.length} 人 (${sheet.reviewers.join('、')})`,
          en: `${LAYOUT_WORDS[sheet.layout].en}, ${sheet.reviewers.length} reviewers (${sheet.reviewers.join(', ')})`,
        })}`,
      );
    if (sheet.budget !== null && sheet.awarded !== null && sheet.remaining !== null)
      out.push(
        `- ${h({
          ja: `予算 ${formatYen(sheet.budget)} → 交付 ${formatYen(sheet.awarded)}、残り ${formatYen(sheet.remaining)}`,
          en: `budget ${yenEn(sheet.budget)} → awarded ${yenEn(sheet.awarded)}, ${yenEn(sheet.remaining)} left`,
        })}`,
      );
    out.push('');
    if (sheet.ranking === null) {
      out.push(
        h(
          sheet.unscored.length > 0
            ? {
                ja: `順位はまだ出せません: 採点できない申請 ${sheet.unscored.map((u) => `${u.application} (${u.row} 行目)`).join('、')}`,
                en: `No ranking yet: applications that cannot be scored: ${sheet.unscored.map((u) => `${u.application} (row ${u.row})`).join(', ')}`,
              }
            : { ja: '順位はまだ出せません（問題を見てください）', en: 'No ranking yet (see the issues)' },
        ),
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
      out.push('', `### ${h({ ja: '計算の根拠', en: 'How each result came about' })}`, '');
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
      out.push(`### ${h({ ja: '問題', en: 'Issues' })}`, '');
      out.push(
        `| ${[
          { ja: '場所', en: 'Place' },
          { ja: '重要度', en: 'Severity' },
          { ja: '内容', en: 'Message' },
        ]
          .map(s)
          .join(' | ')} |`,
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
