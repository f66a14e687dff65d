import { extname, resolve } from 'node:path';
import type { Bilingual } from '@kyodo/core';
import { type Report, toCellMarks } from '@kyodo/sheets';
import { type AnnotationMark, annotatedCopy } from '../annotate/annotatedCopy.js';
import { workbookFromGrids } from '../annotate/workbookFromGrids.js';
import { type Console, sayError, sayWritten } from '../Console.js';
import { expandFileArgs } from '../io/expandFileArgs.js';
import { ioMessages } from '../io/ioMessages.js';
import type { WorkbookFile } from '../io/readWorkbookFile.js';
import { jsonPieces } from '../output/jsonPieces.js';
import { outputOntoInput } from '../output/outputOntoInput.js';
import { type OutputData, writeAtomically } from '../output/writeAtomically.js';
import { renderHtml } from '../render/renderHtml.js';
import { renderMarkdown } from '../render/renderMarkdown.js';
import { renderText } from '../render/renderText.js';
import type { Lang } from '../render/words.js';
import { openPackage } from '../xlsx/openPackage.js';
import { DEFAULT_UNZIP_LIMIT_MB, MB } from '../xlsx/unzipLimit.js';
import { formatChoiceWords } from './commandWords.js';
import { problemText } from './problemText.js';
import { commonOptions, startCommand } from './startCommand.js';
import { type ValidatedFile, type ValidateOptions, validateFiles } from './validateFiles.js';
import {
  annotatedWrittenWords,
  annotateNotXlsmWords,
  annotateNotXlsxWords,
  reportWrittenWords,
  validateWords,
} from './validateWords.js';

const spec = {
  profile: { type: 'string' },
  format: { type: 'string' },
  out: { type: 'string' },
  annotate: { type: 'string' },
  map: { type: 'string', multiple: true },
  today: { type: 'string' },
  'unzip-limit': { type: 'string' },
  ...commonOptions,
} as const;

type Format = 'text' | 'json' | 'md' | 'html';
const formats: readonly Format[] = ['text', 'json', 'md', 'html'];
const byExtension: Readonly<Record<string, Format>> = {
  '.json': 'json',
  '.md': 'md',
  '.markdown': 'md',
  '.html': 'html',
  '.htm': 'html',
  '.txt': 'text',
};

/**
 * `kyodo validate FILE...` (docs/cli.md "kyodo validate"): read and validate each file, print (or write
 * to --out) the report as text, json, md or html, and with --annotate write an annotated copy.
 * Exit 0 when no errors were found, 1 when the data has errors, 2 when a file cannot be read or
 * the arguments are wrong.
 */
export async function validateCommand(argv: readonly string[], given: Console): Promise<number> {
  const started = startCommand('validate', argv, spec, given);
  if ('exit' in started) return started.exit;
  const { term, lang } = started;
  const o = started.args.options;
  if (started.args.positionals.length === 0) return usage(term, validateWords.noFiles);
  // Folders and patterns (*.xlsx) stand for their files, on every platform.
  const expanded = expandFileArgs(started.args.positionals, { cwd: term.cwd });
  for (const p of expanded.problems) sayError(term, problemText([p]));
  const files = expanded.files;
  if (files.length === 0) return 2;
  const out = o.out;
  const format = formatOf(o.format, out);
  if (typeof format !== 'string') return usage(term, format);
  const annotate = o.annotate;
  if (annotate !== undefined) {
    const problem = checkAnnotateTarget(annotate, files, out, term.cwd);
    if (problem !== undefined) return usage(term, problem);
  }
  // No output is ever written over an input, by any name or link (docs/security.md).
  const onto = outputsOntoInputs(files, out, annotate, term.cwd);
  if (onto !== undefined) return usage(term, onto);
  const outcome = await checkFiles(
    {
      files,
      keepBytes: annotate !== undefined,
      ...(o.profile === undefined ? {} : { profile: o.profile }),
      ...(o.today === undefined ? {} : { today: o.today }),
      ...(o.map === undefined ? {} : { maps: o.map }),
      ...(o['unzip-limit'] === undefined ? {} : { unzipLimit: o['unzip-limit'] }),
    },
    term,
  );
  if (outcome === undefined) return 2;
  const { validated } = outcome;
  let text: string | Iterable<string>;
  switch (format) {
    case 'json': {
      // Streamed: the JSON of a very large report is longer than one string may be.
      const reports = validated.map((v) => v.report);
      text = jsonPieces(files.length === 1 ? (reports[0] ?? null) : reports);
      break;
    }
    case 'md':
      text = validated.map((v) => renderMarkdown(v.report, lang)).join('\n---\n\n');
      break;
    case 'html':
      text = renderHtml(
        validated.map((v) => v.report),
        lang,
      );
      break;
    default:
      text = validated.map((v) => renderText(v.report, lang, v.chosen)).join('\n');
  }
  if (out === undefined) {
    if (validated.length > 0) {
      if (typeof text === 'string') term.out(text);
      else for (const piece of text) term.out(piece);
    }
  } else if (validated.length > 0) {
    if (!(await written(term, out, text))) return 2;
    sayWritten(term, reportWrittenWords(out));
  }
  const source = outcome.source;
  if (annotate !== undefined && validated.length === 1 && source !== undefined) {
    const v = validated[0] as (typeof validated)[number];
    const bytes = source.bytes ?? (await workbookFromGrids(source.workbook));
    const limit = unzipLimitOf(o['unzip-limit']);
    const opened = await openPackage(bytes, source.path, limit);
    if (!opened.ok) {
      sayError(term, problemText(opened.problems));
      return 2;
    }
    const copy = await annotatedCopy(opened.value, v.report, marksOf(v.report, lang), lang, new Date());
    if (!(await written(term, annotate, copy.data))) return 2;
    for (const notice of copy.notices) sayError(term, notice);
    sayWritten(term, annotatedWrittenWords(annotate));
  }
  if (outcome.failed || expanded.problems.length > 0) return 2;
  return validated.some((v) => v.report.totals.errors > 0) ? 1 : 0;
}

/** The reports of the files checked, and the file an annotated copy starts from. */
interface Checked {
  readonly validated: readonly Pick<ValidatedFile, 'report' | 'chosen'>[];
  readonly failed: boolean;
  /** With keepBytes and one file read: that file. */
  readonly source?: WorkbookFile;
}

/**
 * validateFiles, keeping only the reports, and the file read only for an annotated copy: the
 * grids (and the rest of each file as read) are let go before the report is rendered, which
 * on a large file is when memory peaks (docs/security.md "Large sheets").
 */
async function checkFiles(options: ValidateOptions, term: Console): Promise<Checked | undefined> {
  const outcome = await validateFiles(options, term);
  if (outcome === undefined) return undefined;
  const validated = outcome.validated.map(({ report, chosen }) => ({
    report,
    ...(chosen === undefined ? {} : { chosen }),
  }));
  const first = outcome.validated[0];
  const source = options.keepBytes === true && outcome.validated.length === 1 ? first?.file : undefined;
  return { validated, failed: outcome.failed, ...(source === undefined ? {} : { source }) };
}

/**
 * The cells to mark, from @kyodo/sheets toCellMarks (the same marks the add-on shows): every
 * place of every issue, grouped ones included; with both languages, the Japanese lines then
 * the English ones.
 */
function marksOf(report: Report, lang: Lang): AnnotationMark[] {
  const main = toCellMarks(report, lang === 'en' ? 'en' : 'ja');
  const english = lang === 'both' ? toCellMarks(report, 'en') : [];
  const en = new Map(english.map((m) => [`${m.sheet}\u0000${m.cell}`, m.message]));
  return main.map((m) => {
    const second = en.get(`${m.sheet}\u0000${m.cell}`);
    return {
      sheet: m.sheet,
      row: m.row,
      column: m.column,
      severity: m.severity,
      message: second === undefined ? m.message : `${m.message}\n${second}`,
    };
  });
}

function formatOf(given: string | undefined, out: string | undefined): Format | Bilingual {
  if (given !== undefined) {
    if ((formats as readonly string[]).includes(given)) return given as Format;
    return formatChoiceWords(formats, given);
  }
  if (out !== undefined) return byExtension[extname(out).toLowerCase()] ?? 'text';
  return 'text';
}

function checkAnnotateTarget(
  annotate: string,
  files: readonly string[],
  out: string | undefined,
  cwd: string,
): Bilingual | undefined {
  if (files.length !== 1) return validateWords.annotateOneFile;
  if (!/\.xlsx$/i.test(annotate) && !/\.xlsm$/i.test(annotate)) return annotateNotXlsxWords(annotate);
  // A workbook with macros keeps them: its copy must be an .xlsm, which Excel opens (an .xlsx it refuses).
  const macros = /\.xlsm$/i.test(files[0] as string);
  if (macros !== /\.xlsm$/i.test(annotate))
    return macros ? annotateNotXlsmWords(annotate) : annotateNotXlsxWords(annotate);
  if (out !== undefined && resolve(cwd, out) === resolve(cwd, annotate)) return validateWords.outIsAnnotate;
  return undefined;
}

/**
 * What is wrong with the outputs before anything is read: an Excel name on --out (which
 * writes a report, never a workbook), or an output that is an input by any name or link.
 */
function outputsOntoInputs(
  files: readonly string[],
  out: string | undefined,
  annotate: string | undefined,
  cwd: string,
): Bilingual | undefined {
  for (const [option, output] of [
    ['--out', out],
    ['--annotate', annotate],
  ] as const) {
    if (output === undefined) continue;
    const problem = outputOntoInput(option, output, files, cwd);
    if (problem !== undefined) return problem.message;
  }
  if (out !== undefined && /\.xls[xm]$/i.test(out))
    return ioMessages.problem('io.out-is-workbook', { output: out }, { path: [out] }).message;
  return undefined;
}

/** Write an output atomically; false (and one line said) when it could not be written. */
async function written(term: Console, output: string, data: OutputData): Promise<boolean> {
  const result = await writeAtomically(output, resolve(term.cwd, output), data);
  if (!result.ok) sayError(term, problemText(result.problems));
  return result.ok;
}

function usage(term: Console, message: Bilingual): number {
  sayError(term, message);
  return 2;
}

/** --unzip-limit in bytes (checked already by validateFiles). */
function unzipLimitOf(given: string | undefined): number {
  const mb = given === undefined ? DEFAULT_UNZIP_LIMIT_MB : Number(given.normalize('NFKC').trim());
  return mb * MB;
}
