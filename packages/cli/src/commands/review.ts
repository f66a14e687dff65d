import { extname, resolve } from 'node:path';
import { type Bilingual, type FiscalYear, parseFiscalYear, parseYen, type Yen } from '@kyodo/core';
import { type Console, sayError, sayNote, sayWritten } from '../Console.js';
import { ioMessages } from '../io/ioMessages.js';
import { outputOntoInput } from '../output/outputOntoInput.js';
import { writeAtomically } from '../output/writeAtomically.js';
import { renderReviewHtml } from '../render/renderReviewHtml.js';
import { renderReviewMarkdown } from '../render/renderReviewMarkdown.js';
import { renderReviewText } from '../render/renderReviewText.js';
import { reviewOutputOf } from '../render/reviewOutput.js';
import { formatChoiceWords } from './commandWords.js';
import { problemText } from './problemText.js';
import { noReviewSheetWords, reviewCommandWords, reviewWrittenWords } from './reviewCommandWords.js';
import { commonOptions, startCommand } from './startCommand.js';
import { validateFiles } from './validateFiles.js';

const spec = {
  profile: { type: 'string' },
  budget: { type: 'string' },
  'fiscal-year': { type: 'string' },
  format: { type: 'string' },
  out: { type: 'string' },
  map: { type: 'string', multiple: true },
  today: { type: 'string' },
  explain: { type: 'boolean' },
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
 * `kyodo review FILE --budget YEN` (RULES X3): read the workbook, score each review sheet
 * (審査集計表, either layout) with the profile's review framework, rank the applications and,
 * with a budget, fund them in rank order (core rankApplications: ties, 減額 or refusal as the
 * profile says); print the ranking, or write it as JSON, Markdown or HTML. Exit 0 when the review
 * sheets have no errors, 1 when they do, 2 when the file cannot be read, has no review sheet, or
 * an argument is wrong.
 */
export async function reviewCommand(argv: readonly string[], given: Console): Promise<number> {
  const started = startCommand('review', argv, spec, given);
  if ('exit' in started) return started.exit;
  const { term, lang } = started;
  const o = started.args.options;
  const files = started.args.positionals;
  if (files.length !== 1) return usage(term, reviewCommandWords.oneFile);
  const file = files[0] as string;
  const out = o.out;
  if (out !== undefined) {
    // The ranking never goes over the input, by any name or link, nor into an Excel name (docs/security.md).
    const onto = outputOntoInput('--out', out, [file], term.cwd);
    if (onto !== undefined) return usage(term, onto.message);
    if (/\.xls[xm]$/i.test(out))
      return usage(term, ioMessages.problem('io.out-is-workbook', { output: out }, { path: [out] }).message);
  }
  const format = formatOf(o.format, out);
  if (typeof format !== 'string') return usage(term, format);
  let budget: Yen | undefined;
  if (o.budget !== undefined) {
    const r = parseYen(o.budget, { path: ['--budget'] });
    if (!r.ok) return usage(term, problemText(r.problems, `--budget ${String(o.budget)}`));
    budget = r.value;
  }
  let fiscalYear: FiscalYear | undefined;
  if (o['fiscal-year'] !== undefined) {
    const r = parseFiscalYear(o['fiscal-year'], { path: ['--fiscal-year'] });
    if (!r.ok) return usage(term, problemText(r.problems, `--fiscal-year ${String(o['fiscal-year'])}`));
    fiscalYear = r.value;
  }
  const outcome = await validateFiles(
    {
      files: [file],
      ...(o.profile === undefined ? {} : { profile: o.profile }),
      ...(o.today === undefined ? {} : { today: o.today }),
      ...(o.map === undefined ? {} : { maps: o.map }),
      review: {
        ...(budget === undefined ? {} : { budget }),
        ...(fiscalYear === undefined ? {} : { fiscalYear }),
      },
    },
    term,
  );
  if (outcome === undefined || outcome.failed) return 2;
  const validated = outcome.validated[0];
  if (validated === undefined) return 2;
  const output = reviewOutputOf(validated.report, budget ?? null, validated.profile.review.frameworks);
  if (output.sheets.length === 0) {
    const names = validated.report.sheets.map((s) => s.name);
    return usage(term, noReviewSheetWords(file, names));
  }
  if (validated.chosen !== undefined) sayNote(term, validated.chosen);
  let text: string;
  switch (format) {
    case 'json':
      text = `${JSON.stringify(output, null, 2)}\n`;
      break;
    case 'md':
      text = renderReviewMarkdown(output, lang);
      break;
    case 'html':
      text = renderReviewHtml(output, lang);
      break;
    default:
      text = renderReviewText(output, lang, o.explain === true);
  }
  if (out === undefined) term.out(text);
  else {
    const written = await writeAtomically(out, resolve(term.cwd, out), text);
    if (!written.ok) {
      sayError(term, problemText(written.problems));
      return 2;
    }
    sayWritten(term, reviewWrittenWords(out));
  }
  return output.totals.errors > 0 ? 1 : 0;
}

function formatOf(given: string | undefined, out: string | undefined): Format | Bilingual {
  if (given !== undefined) {
    if ((formats as readonly string[]).includes(given)) return given as Format;
    return formatChoiceWords(formats, given);
  }
  if (out !== undefined) return byExtension[extname(out).toLowerCase()] ?? 'text';
  return 'text';
}

function usage(term: Console, message: Bilingual): number {
  sayError(term, message);
  return 2;
}
