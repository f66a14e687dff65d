import { findProgram, type Profile } from '@kyodo/core';
import { columnIndex } from '../grid/a1.js';
import type { Grid, Workbook } from '../grid/Grid.js';
import { compileProfile } from '../headers/compileProfile.js';
import { findSheetHeader } from '../headers/findSheetHeader.js';
import { mapColumns } from '../headers/mapColumns.js';
import type { HandMappings } from '../report/Report.js';

/** What a profile recognises of a workbook, from its headers: the signs detectProfile weighs. */
export interface ProfileSigns {
  /** Sheets whose kind the profile finds (or that a hand mapping gives a kind). */
  readonly sheets: number;
  /** Columns mapped to a field, over all those sheets. */
  readonly columns: number;
  /**
   * Cells of a project register's form column that name one of the profile's forms exactly as
   * its documents do (取手市 writes 事業委託 and 補助・助成, 一関市 委託 and 補助).
   */
  readonly ownWords: number;
  /** Cells of a subsidy ledger's program column that name one of the profile's programs (core findProgram). */
  readonly programs: number;
}

/** The profile chosen, and the signs of each profile tried, in the order given. */
export interface DetectedProfile {
  readonly profile: Profile;
  readonly signs: ProfileSigns;
  readonly tried: readonly { readonly profile: Profile; readonly signs: ProfileSigns }[];
}

/** Options of detectProfile. */
export interface DetectProfileOptions {
  /** Hand mappings per sheet name, as validateWorkbook takes them. */
  readonly mappings?: HandMappings;
}

/**
 * Which of the profiles fits a workbook best, read from the sheets' headers only (no row is
 * validated): the one that recognises the most sheets, then maps the most columns, then finds
 * the most forms written in its own words in a project register's form column, then names the
 * most of its programs in a subsidy ledger's program column. On a tie the first profile given
 * wins. Undefined when no profile is given.
 *
 * @example
 * detectProfile(workbook, builtinProfiles)?.profile.id //=> 'toride'
 */
export function detectProfile(
  workbook: Workbook,
  profiles: readonly Profile[],
  options: DetectProfileOptions = {},
): DetectedProfile | undefined {
  const tried = profiles.map((profile) => ({ profile, signs: signsOf(workbook, profile, options.mappings) }));
  let best: (typeof tried)[number] | undefined;
  for (const t of tried) if (best === undefined || compare(t.signs, best.signs) > 0) best = t;
  return best === undefined ? undefined : { profile: best.profile, signs: best.signs, tried };
}

/** What one profile recognises of the workbook (ProfileSigns). */
function signsOf(workbook: Workbook, profile: Profile, mappings?: HandMappings): ProfileSigns {
  const compiled = compileProfile(profile);
  const labels = new Set(profile.forms.map((f) => f.label.ja.normalize('NFKC')));
  let sheets = 0;
  let columns = 0;
  let ownWords = 0;
  let programs = 0;
  for (const grid of workbook.sheets) {
    const hand = mappings?.[grid.name];
    const { matcher, headerRow } = findSheetHeader(grid, compiled.matchers, hand);
    if (matcher === undefined || headerRow === undefined) {
      // A handed kind counts though its header was not found (the report gives the sheet that kind).
      if (hand?.kind !== undefined) sheets++;
      continue;
    }
    sheets++;
    const mapping = mapColumns(grid, matcher, headerRow, hand?.fields).mapping;
    columns += mapping.length;
    if (matcher.kind === 'projects') {
      const form = mapping.find((m) => m.field === 'form');
      if (form !== undefined) ownWords += countIn(grid, form.column, headerRow + 1, (v) => labels.has(v));
    } else if (matcher.kind === 'subsidies') {
      const program = mapping.find((m) => m.field === 'program');
      const known = new Map<string, boolean>();
      const names = (v: string) => {
        let yes = known.get(v);
        if (yes === undefined) {
          yes = v !== '' && findProgram(profile, v).ok;
          known.set(v, yes);
        }
        return yes;
      };
      if (program !== undefined) programs += countIn(grid, program.column, headerRow + 1, names);
    }
  }
  return { sheets, columns, ownWords, programs };
}

/** Text cells of a column, from a row down, that pass the test (width folded, spaces trimmed). */
function countIn(grid: Grid, column: string, from: number, test: (text: string) => boolean): number {
  const c = columnIndex(column);
  if (c === undefined) return 0;
  let n = 0;
  for (let r = from; r < grid.values.length; r++) {
    const v = grid.values[r]?.[c];
    if (typeof v === 'string' && test(v.normalize('NFKC').trim())) n++;
  }
  return n;
}

function compare(a: ProfileSigns, b: ProfileSigns): number {
  return a.sheets - b.sheets || a.columns - b.columns || a.ownWords - b.ownWords || a.programs - b.programs;
}
