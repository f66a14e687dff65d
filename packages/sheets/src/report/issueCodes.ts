import {
  calendarMessages,
  evaluationMessages,
  formatSource,
  formsMessages,
  type MessageCatalogue,
  moneyMessages,
  profileMessages,
  type RuleId,
  reviewMessages,
  type Severity,
  type Source,
  subsidyMessages,
  textMessages,
} from '@kyodo/core';
import { profileTestMessages } from '../profileTests/messages.js';
import { jaSlashEn, PAGE_WORDS, SECTION_WORDS } from './issueCodeWords.js';
import { sheetsMessages } from './sheetsMessages.js';

/** One code a sheets report (or a profile, a test file) can carry, from which catalogue. */
export interface IssueCode {
  readonly code: string;
  readonly severity: Severity;
  /** What the code means, in English. */
  readonly summary: string;
  /** What the code means, in Japanese. */
  readonly summaryJa: string;
  /** 対処: what staff do about it. */
  readonly action: { readonly ja: string; readonly en: string };
  readonly rule?: RuleId;
  readonly source?: Source;
  /** The catalogue it is defined in: 'sheets', or core's 'calendar', 'money', 'forms', 'evaluation', 'subsidy', 'review'… */
  readonly catalogue: string;
}

/** A catalogue as docs/issue-codes.md shows it: its name, its entries and a heading in each language. */
export interface CatalogueSection {
  readonly name: string;
  readonly catalogue: MessageCatalogue;
  readonly title: { readonly ja: string; readonly en: string };
  /** Where the catalogue is defined: '@kyodo/core calendarMessages'. */
  readonly definedIn: string;
}

/** The catalogues whose codes a report may carry, in the order of the data flow, then those of profiles and test files. */
const CATALOGUES: readonly CatalogueSection[] = [
  {
    name: 'sheets',
    catalogue: sheetsMessages.catalogue,
    title: SECTION_WORDS.sheets,
    definedIn: '@kyodo/sheets sheetsMessages',
  },
  {
    name: 'calendar',
    catalogue: calendarMessages.catalogue,
    title: SECTION_WORDS.calendar,
    definedIn: '@kyodo/core calendarMessages (C1, C2)',
  },
  {
    name: 'money',
    catalogue: moneyMessages.catalogue,
    title: SECTION_WORDS.money,
    definedIn: '@kyodo/core moneyMessages (C3, C4)',
  },
  {
    name: 'forms',
    catalogue: formsMessages.catalogue,
    title: SECTION_WORDS.forms,
    definedIn: '@kyodo/core formsMessages (F1–F3, R1, R2)',
  },
  {
    name: 'subsidy',
    catalogue: subsidyMessages.catalogue,
    title: SECTION_WORDS.subsidy,
    definedIn: '@kyodo/core subsidyMessages (S-*)',
  },
  {
    name: 'evaluation',
    catalogue: evaluationMessages.catalogue,
    title: SECTION_WORDS.evaluation,
    definedIn: '@kyodo/core evaluationMessages (E1–E8)',
  },
  {
    name: 'review',
    catalogue: reviewMessages.catalogue,
    title: SECTION_WORDS.review,
    definedIn: '@kyodo/core reviewMessages (X3)',
  },
  {
    name: 'profile',
    catalogue: profileMessages.catalogue,
    title: SECTION_WORDS.profile,
    definedIn: '@kyodo/core profileMessages',
  },
  {
    name: 'tests',
    catalogue: profileTestMessages.catalogue,
    title: SECTION_WORDS.tests,
    definedIn: '@kyodo/sheets profileTestMessages',
  },
  {
    name: 'text',
    catalogue: textMessages.catalogue,
    title: SECTION_WORDS.text,
    definedIn: '@kyodo/core textMessages',
  },
];

/**
 * Every issue code a sheets report can carry (sheets' own codes and the core codes its checks
 * pass on), then those of profiles and profile tests, each with its severity, meaning, what to
 * do (対処), rule and source; `more` adds the catalogues of other faces (the kyodo command's
 * files, the add-on's push).
 *
 * @example
 * issueCodes().find((c) => c.code === 'sheets.cell-error')?.severity //=> 'error'
 */
export function issueCodes(more: readonly CatalogueSection[] = []): IssueCode[] {
  const out: IssueCode[] = [];
  for (const { name, catalogue } of [...CATALOGUES, ...more]) {
    for (const [code, entry] of Object.entries(catalogue)) {
      out.push({
        code,
        severity: entry.severity,
        summary: entry.summary,
        summaryJa: entry.summaryJa,
        action: entry.action,
        ...(entry.rule === undefined ? {} : { rule: entry.rule }),
        ...(entry.source === undefined ? {} : { source: entry.source }),
        catalogue: name,
      });
    }
  }
  return out;
}

const SEVERITY_JA: Readonly<Record<Severity, string>> = { error: 'エラー', warning: '注意', info: '情報' };

function cell(text: string): string {
  return text.replace(/\|/gu, '\\|').replace(/\s*\n\s*/gu, ' ');
}

/** Japanese first, English under it, in one table cell. */
function both(ja: string, en: string): string {
  return `${cell(ja)}<br>${cell(en)}`;
}

/**
 * The catalogue of issue codes as a Markdown page (docs/issue-codes.md), Japanese first with the
 * English beside it: for every code what it means and what to do (対処). Generated from the
 * message catalogues the code runs on, so it cannot fall out of date unnoticed (a test compares).
 */
export function issueCodesMarkdown(more: readonly CatalogueSection[] = []): string {
  const sections = [...CATALOGUES, ...more];
  const lines: string[] = [
    `# ${jaSlashEn(PAGE_WORDS.title)}`,
    '',
    '<!-- Generated by `npm run docs` from the message catalogues; do not edit by hand. -->',
    '',
    '検証結果（kyodo validate の報告、印を付けた写しの「検証結果」シート、アドオンのサイドバー）の各項目は、',
    '安定したコード、重要度、セルの位置、見た値、日本語と英語のメッセージ、規則の ID と出典（計画の題名と節）を',
    '持ちます。このページは、コードごとに意味と対処を示します。重要度は、エラー（直すまで合格としない）、',
    '注意（確かめて、正しければそのまま）、情報（知らせるだけ）の3つです。',
    '',
    'Every issue of a report (kyodo validate, the annotated copy’s results sheet, the add-on’s sidebar)',
    'carries a stable code, a severity, its place, the value seen, a Japanese and an English message,',
    'and the rule and source it comes from (the plan’s title and section). This page says, for every',
    'code, what it means and what to do. Severities: エラー error (no pass until fixed), 注意 warning',
    '(check it; leave it if it is right), 情報 info (for your information).',
    '',
    `## ${jaSlashEn(PAGE_WORDS.contents)}`,
    '',
    ...sections.map((s) => `- ${s.title.ja} / ${s.title.en}`),
    '',
  ];
  const all = issueCodes(more);
  for (const section of sections) {
    const codes = all.filter((c) => c.catalogue === section.name);
    lines.push(
      `## ${section.title.ja} / ${section.title.en}`,
      '',
      `${section.definedIn}`,
      '',
      `| ${PAGE_WORDS.columns.map(jaSlashEn).join(' | ')} |`,
      '|---|---|---|---|---|',
    );
    for (const c of codes) {
      const source =
        c.source === undefined ? (c.rule ?? '') : both(formatSource(c.source), formatSource(c.source, 'en'));
      lines.push(
        `| \`${c.code}\` | ${SEVERITY_JA[c.severity]}<br>${c.severity} | ${both(c.summaryJa, c.summary)} | ${both(c.action.ja, c.action.en)} | ${source} |`,
      );
    }
    lines.push('');
  }
  lines.push(`${all.length} のコード / ${all.length} codes.`, '');
  return lines.join('\n');
}
