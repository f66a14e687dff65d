import { fiscalYearOf, formatFiscalYear, parseDate } from '@kyodo/core';
import { cellInput, errorText, isBlank, isRange, type Out, thrownText } from './cells.js';

function nendoOf(value: unknown): Out {
  if (isBlank(value)) return '';
  const date = parseDate(cellInput(value));
  if (!date.ok) return errorText(date.problems);
  return formatFiscalYear(fiscalYearOf(date.value));
}

/**
 * =KYODO_NENDO(date): the fiscal year (年度, 1 April – 31 March) of each date, in 和暦
 * (令和6年度), for a cell or a whole range at once, keeping its shape (RULES C1, C2).
 * A blank cell stays blank; a cell that is not a date shows why, in Japanese and English.
 */
export function KYODO_NENDO(date: unknown): Out | Out[][] {
  try {
    return isRange(date) ? date.map((row) => row.map(nendoOf)) : nendoOf(date);
  } catch (error) {
    return thrownText(error);
  }
}
