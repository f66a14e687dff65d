import {
  computeSubsidy,
  findProgram,
  type InputPaths,
  parseFiscalYear,
  type SubsidyRequest,
} from '@kyodo/core';
import { t } from '../i18n/strings.js';
import {
  asColumn,
  cellInput,
  columnsToRows,
  errorText,
  isBlank,
  isRange,
  type Out,
  scalar,
  thrownText,
} from './cells.js';
import { profileFor } from './profileFor.js';

/** The argument of each input, for core's problems (the names the function's help uses). */
const ARGUMENT_OF: InputPaths = {
  eligibleExpense: ['expense'],
  ineligibleExpense: ['ineligible'],
  prior: ['prior'],
  founded: ['founded'],
};

/**
 * =KYODO_SUBSIDY(program, fiscalYear, expense, [ineligible], [prior], [profile], [founded]): the
 * subsidy amount of each row by the program's formula in the profile (RULES S-*, C4: exact rate,
 * limit, rounding once), for a whole column at once. `prior` is what the same recipient was
 * granted in the previous fiscal year (caps over years, S-ichinoseki-1). `founded` is the day the
 * recipient was founded (設立日, 発足日), the fact eligibility needs where a program sets a
 * deadline (S-ichinoseki-1: 設立準備会 by 2016-03-31). An ineligible row shows 対象外 and the
 * reason; a missing or unreadable input shows why — never a silent 0.
 */
export function KYODO_SUBSIDY(
  program: unknown,
  fiscalYear: unknown,
  expense: unknown,
  ineligible?: unknown,
  prior?: unknown,
  profile?: unknown,
  founded?: unknown,
): Out | Out[][] {
  try {
    const found = profileFor(scalar(profile), 'ichinoseki');
    const rows = columnsToRows([
      { name: 'program', value: program },
      { name: 'fiscalYear', value: fiscalYear },
      { name: 'expense', value: expense },
      { name: 'ineligible', value: ineligible },
      { name: 'prior', value: prior },
      { name: 'founded', value: founded },
    ]);
    const out = rows.map(([p, fy, e, inel, pr, fd]): Out => {
      if (isBlank(p) && isBlank(fy) && isBlank(e)) return '';
      if (!found.ok) return errorText(found.problems);
      const prog = findProgram(found.value, String(p ?? ''));
      if (!prog.ok) return errorText(prog.problems);
      // The add-on reads the fiscal year itself: `prior` is what was granted the fiscal year
      // before it, which the request must name. Every other cell goes to core as it is.
      const year = parseFiscalYear(cellInput(fy), { path: ['fiscalYear'] });
      if (!year.ok) return errorText(year.problems);
      const request = {
        fiscalYear: year.value,
        eligibleExpense: e,
        ...(isBlank(inel) ? {} : { ineligibleExpense: inel }),
        ...(isBlank(pr) ? {} : { prior: [{ fiscalYear: year.value - 1, amount: pr }] }),
        ...(isBlank(fd) ? {} : { facts: { founded: cellInput(fd) } }),
      };
      const result = computeSubsidy(
        prog.value,
        // A cell holds whatever was typed: core reads each value at run time and says which
        // argument it cannot read (never a TypeError), so the cells pass as the request.
        request as SubsidyRequest,
        // A cell shows the amount or the reason, never the steps: computed without them.
        { steps: false, inputPaths: ARGUMENT_OF },
      );
      if (!result.ok) return errorText(result.problems);
      if (!result.value.eligible) {
        const reason = result.value.reasons[0];
        const ja = reason?.message.ja ?? '';
        const en = reason?.message.en ?? '';
        return `${t('ja', 'notEligible', { reason: ja })} / ${t('en', 'notEligible', { reason: en })}`;
      }
      return result.value.amount;
    });
    return asColumn(
      out,
      [program, fiscalYear, expense, ineligible, prior, founded].some((a) => isRange(a)),
    );
  } catch (error) {
    return thrownText(error);
  }
}
