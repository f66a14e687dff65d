import { statSync } from 'node:fs';
import { type Bilingual, builtinProfiles, type Profile, parseDate } from '@kyodo/core';
import {
  detectProfile,
  type HandMappings,
  type Report,
  type ReviewRound,
  validateWorkbook,
  type Workbook,
} from '@kyodo/sheets';
import { type Console, inLang, sayError, sayWarning } from '../Console.js';
import { readWorkbookFile, type WorkbookFile } from '../io/readWorkbookFile.js';
import { profileArg } from '../profileArg.js';
import { DEFAULT_UNZIP_LIMIT_MB } from '../xlsx/unzipLimit.js';
import { problemText } from './problemText.js';
import {
  mapColumnWords,
  mapHeaderRowWords,
  mapKindWords,
  mapSyntaxWords,
  profileChosenWords,
  unzipLimitWords,
  validateWords,
} from './validateWords.js';

/** A file read and validated. */
export interface ValidatedFile {
  readonly file: WorkbookFile;
  readonly report: Report;
  readonly profile: Profile;
  /** Set when no --profile was given and kyodo chose the built-in that fits best. */
  readonly chosen?: Bilingual;
}

/** What validate and report share: the files, the profile, the day and the hand mappings. */
export interface ValidateOptions {
  readonly files: readonly string[];
  readonly profile?: string;
  readonly today?: string;
  readonly maps?: readonly string[];
  /** Keep each xlsx's bytes, for an annotated copy. */
  readonly keepBytes?: boolean;
  /** --unzip-limit as given: how many MB an .xlsx may hold unzipped. */
  readonly unzipLimit?: string;
  /** For review sheets: the budget and the fiscal year of the round (kyodo review). */
  readonly review?: ReviewRound;
}

/** The outcome: the files validated, and whether any file or argument failed (exit 2). */
export interface ValidateOutcome {
  readonly validated: readonly ValidatedFile[];
  readonly failed: boolean;
}

/** Files above this many rows get progress on a terminal. */
const LARGE_ROWS = 5000;
/** Files above this size get a "reading" line on a terminal. */
const LARGE_BYTES = 1_000_000;

/**
 * Read each file and validate it with @kyodo/sheets validateWorkbook (docs/cli.md "Files it reads"):
 * arguments are checked first (a bad --today, --map or --profile is one line and exit 2);
 * an unreadable file is one line naming it, and the others are still validated. With no
 * --profile, the built-in profile that recognises the most of the workbook's headers is used,
 * and said so (@kyodo/sheets detectProfile: sheets, then columns, then forms and programs named
 * in its own words; docs/cli.md). Progress goes to stderr only when it
 * is a terminal and the file is large.
 */
export async function validateFiles(
  options: ValidateOptions,
  term: Console,
): Promise<ValidateOutcome | undefined> {
  let today = term.today();
  if (options.today !== undefined) {
    const parsed = parseDate(options.today, { path: ['--today'] });
    if (!parsed.ok) {
      sayError(term, problemText(parsed.problems, `--today ${options.today}`));
      return undefined;
    }
    today = parsed.value;
  }
  let unzipLimitMb: number | undefined;
  if (options.unzipLimit !== undefined) {
    const mb = Number(options.unzipLimit.normalize('NFKC').trim());
    if (!Number.isInteger(mb) || mb < 1) {
      sayError(term, unzipLimitWords(options.unzipLimit, DEFAULT_UNZIP_LIMIT_MB));
      return undefined;
    }
    unzipLimitMb = mb;
  }
  const mappings = parseMaps(options.maps ?? []);
  if ('message' in mappings) {
    sayError(term, mappings.message);
    return undefined;
  }
  let profile: Profile | undefined;
  if (options.profile !== undefined) {
    const loaded = await profileArg(options.profile, term.cwd);
    if (!loaded.ok) {
      for (const p of loaded.problems.filter((x) => x.severity === 'error'))
        sayError(term, problemText([p], `--profile ${options.profile}`));
      return undefined;
    }
    profile = loaded.value;
    // A misspelt key is ignored by the schema: say so, with the nearest known key, never silently.
    for (const w of loaded.warnings) sayWarning(term, problemText([w], `--profile ${options.profile}`));
  }
  const validated: ValidatedFile[] = [];
  let failed = false;
  for (const path of options.files) {
    // Only a terminal sees progress, and only for a large file; a pipe or a log stays quiet.
    const large = term.errIsTerminal && sizeOf(path) > LARGE_BYTES;
    if (large) term.err(`\r${inLang(term, validateWords.reading)} ${path} …`);
    const read = await readWorkbookFile(path, {
      keepBytes: options.keepBytes === true,
      ...(unzipLimitMb === undefined ? {} : { unzipLimitMb }),
    });
    if (large) term.err('\r\x1b[K');
    if (!read.ok) {
      sayError(term, problemText(read.problems));
      failed = true;
      continue;
    }
    const rows = read.value.workbook.sheets.reduce((n, s) => n + s.values.length, 0);
    const showProgress = term.errIsTerminal && (rows > LARGE_ROWS || read.value.size > LARGE_BYTES);
    const onProgress = showProgress
      ? (p: { sheet: string; done: number; total: number }) => {
          const pct = p.total === 0 ? 100 : Math.floor((p.done / p.total) * 100);
          const count = `${p.done.toLocaleString('en-US')}/${p.total.toLocaleString('en-US')} (${pct}%)`;
          term.err(`\r\x1b[K${inLang(term, validateWords.checking)} ${p.sheet}: ${count}`);
        }
      : undefined;
    const run = (with_: Profile): Report =>
      validateWorkbook(read.value.workbook as Workbook, {
        profile: with_,
        today,
        ...(mappings.value === undefined ? {} : { mappings: mappings.value }),
        ...(onProgress === undefined ? {} : { onProgress }),
        ...(options.review === undefined ? {} : { review: options.review }),
      });
    if (profile !== undefined) {
      validated.push({ file: read.value, report: run(profile), profile });
    } else {
      // The built-in that fits best, read from the headers once; then one validation.
      const detected = detectProfile(read.value.workbook as Workbook, builtinProfiles, {
        ...(mappings.value === undefined ? {} : { mappings: mappings.value }),
      });
      if (detected === undefined) throw new Error('no built-in profiles');
      validated.push({
        file: read.value,
        report: run(detected.profile),
        profile: detected.profile,
        chosen: profileChosenWords(detected.profile.id),
      });
    }
    if (showProgress) term.err('\r\x1b[K');
  }
  return { validated, failed };
}

function sizeOf(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}

/**
 * `--map SHEET:FIELD=COLUMN` as HandMappings (docs/sheets.md: a staff member maps a column by
 * hand when detection fails). FIELD `kind` sets the sheet's kind and `header` its header row
 * instead of a column.
 */
export function parseMaps(
  maps: readonly string[],
): { value: HandMappings | undefined } | { message: Bilingual } {
  if (maps.length === 0) return { value: undefined };
  const kinds = ['projects', 'subsidies', 'evaluations', 'regional-plan', 'indicators', 'reviews'];
  // Keyed by the user's sheet names, so without a prototype: --map '__proto__:kind=projects'
  // names a sheet, never Object.prototype.
  const out: Record<string, { kind?: string; fields?: Record<string, string>; headerRow?: number }> =
    Object.create(null);
  for (const map of maps) {
    const eq = map.indexOf('=');
    const left = eq === -1 ? '' : map.slice(0, eq);
    const colon = left.lastIndexOf(':');
    const sheet = colon === -1 ? '' : left.slice(0, colon).trim();
    const field = colon === -1 ? '' : left.slice(colon + 1).trim();
    const target = eq === -1 ? '' : map.slice(eq + 1).trim();
    if (sheet === '' || field === '' || target === '') return { message: mapSyntaxWords(map) };
    const entry = Object.hasOwn(out, sheet) ? (out[sheet] as NonNullable<(typeof out)[string]>) : {};
    out[sheet] = entry;
    if (field === 'kind') {
      if (!kinds.includes(target)) return { message: mapKindWords(map, kinds) };
      entry.kind = target;
      continue;
    }
    if (field === 'header') {
      const row = Number(target.normalize('NFKC'));
      if (!Number.isInteger(row) || row < 1) return { message: mapHeaderRowWords(map) };
      entry.headerRow = row;
      continue;
    }
    const column = target.normalize('NFKC').toUpperCase();
    if (!/^[A-Z]{1,3}$/.test(column)) return { message: mapColumnWords(map) };
    const fields: Record<string, string> = entry.fields ?? Object.create(null);
    fields[field] = column;
    entry.fields = fields;
  }
  return { value: out as HandMappings };
}
