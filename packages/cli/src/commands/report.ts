import { extname, resolve } from 'node:path';
import { type Bilingual, renderSummaryHtml, renderSummaryMarkdown } from '@kyodo/core';
import { publicationSummaryOf, type Report } from '@kyodo/sheets';
import { type Console, sayError, sayNote, sayWritten } from '../Console.js';
import { expandFileArgs } from '../io/expandFileArgs.js';
import { ioMessages } from '../io/ioMessages.js';
import { outputOntoInput } from '../output/outputOntoInput.js';
import { writeAtomically } from '../output/writeAtomically.js';
import { formatChoiceWords } from './commandWords.js';
import { problemText } from './problemText.js';
import { commonOptions, startCommand } from './startCommand.js';
import { summaryWords, summaryWrittenWords } from './summaryWords.js';
import { validateFiles } from './validateFiles.js';

const spec = {
  profile: { type: 'string' },
  out: { type: 'string' },
  format: { type: 'string' },
  map: { type: 'string', multiple: true },
  today: { type: 'string' },
  publisher: { type: 'string' },
  'fiscal-year': { type: 'string' },
  'unzip-limit': { type: 'string' },
  ...commonOptions,
} as const;

/**
 * `kyodo report FILE... --out report.html` (docs/cli.md "kyodo report"): the publication summary (E1 公表)
 * of the workbooks' evaluations, projects and subsidies — @kyodo/sheets publicationSummaryOf,
 * rendered by core renderSummaryHtml or renderSummaryMarkdown. Several files are summarised
 * together (their sheets in one report). Without --out, Markdown goes to stdout.
 * Exit 2 when a file cannot be read or an argument is wrong, else 0.
 */
export async function reportCommand(argv: readonly string[], given: Console): Promise<number> {
  const started = startCommand('report', argv, spec, given);
  if ('exit' in started) return started.exit;
  const { term } = started;
  const o = started.args.options;
  if (started.args.positionals.length === 0) return usage(term, summaryWords.noFiles);
  // Folders and patterns (*.xlsx) stand for their files, on every platform.
  const expanded = expandFileArgs(started.args.positionals, { cwd: term.cwd });
  for (const p of expanded.problems) sayError(term, problemText([p]));
  const files = expanded.files;
  if (files.length === 0) return 2;
  const out = o.out;
  const formatArg = o.format;
  if (formatArg !== undefined && formatArg !== 'html' && formatArg !== 'md')
    return usage(term, formatChoiceWords(['html', 'md'], formatArg));
  if (out !== undefined) {
    // A report never goes over an input, by any name or link, nor into an Excel name (docs/security.md).
    const onto = outputOntoInput('--out', out, files, term.cwd);
    if (onto !== undefined) return usage(term, onto.message);
    if (/\.xls[xm]$/i.test(out))
      return usage(term, ioMessages.problem('io.out-is-workbook', { output: out }, { path: [out] }).message);
  }
  const ext = out === undefined ? '' : extname(out).toLowerCase();
  const format = formatArg ?? (ext === '.html' || ext === '.htm' ? 'html' : 'md');
  const outcome = await validateFiles(
    {
      files,
      ...(o.profile === undefined ? {} : { profile: o.profile }),
      ...(o.today === undefined ? {} : { today: o.today }),
      ...(o.map === undefined ? {} : { maps: o.map }),
      ...(o['unzip-limit'] === undefined ? {} : { unzipLimit: o['unzip-limit'] }),
    },
    term,
  );
  if (outcome === undefined) return 2;
  if (outcome.validated.length === 0) return 2;
  const first = outcome.validated[0] as (typeof outcome.validated)[number];
  if (first.chosen !== undefined) sayNote(term, first.chosen);
  const report = merge(outcome.validated.map((v) => v.report));
  const made = publicationSummaryOf(report, first.profile, {
    ...(o.publisher === undefined ? {} : { publisher: o.publisher }),
    ...(o['fiscal-year'] === undefined ? {} : { fiscalYear: o['fiscal-year'] }),
  });
  if (!made.ok) {
    for (const p of made.problems.filter((x) => x.severity === 'error')) sayError(term, problemText([p]));
    return 2;
  }
  const summary = made.value;
  const text = format === 'html' ? renderSummaryHtml(summary) : renderSummaryMarkdown(summary);
  if (out === undefined) term.out(text.endsWith('\n') ? text : `${text}\n`);
  else {
    const written = await writeAtomically(out, resolve(term.cwd, out), text);
    if (!written.ok) return usage(term, problemText(written.problems));
    sayWritten(term, summaryWrittenWords(out));
  }
  return outcome.failed || expanded.problems.length > 0 ? 2 : 0;
}

/** Several files' reports as one: their sheets in order, totals added up. */
function merge(reports: readonly Report[]): Report {
  if (reports.length === 1) return reports[0] as Report;
  const first = reports[0] as Report;
  return {
    ...first,
    workbook: reports.map((r) => r.workbook).join(', '),
    sheets: reports.flatMap((r) => r.sheets),
    totals: {
      errors: reports.reduce((n, r) => n + r.totals.errors, 0),
      warnings: reports.reduce((n, r) => n + r.totals.warnings, 0),
      infos: reports.reduce((n, r) => n + r.totals.infos, 0),
      rowsRead: reports.reduce((n, r) => n + r.totals.rowsRead, 0),
      rowsSkipped: reports.reduce((n, r) => n + r.totals.rowsSkipped, 0),
    },
  };
}

function usage(term: Console, message: Bilingual): number {
  sayError(term, message);
  return 2;
}
