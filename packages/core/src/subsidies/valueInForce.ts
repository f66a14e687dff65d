import type { FiscalYear } from '../calendar/types.js';
import type { DatedValue } from './schema.js';

/**
 * The dated value in force in a fiscal year: the last one dated on or before it (docs/profiles.md
 * : a dated value history; RULES S). Returns undefined when the first value is dated
 * later; the entry returned may carry `value: null`, which ends the parameter. The list is in
 * ascending order of fiscal year (programSchema checks it).
 *
 * @example
 * valueInForce([{ from: 2014, value: 200000, source }, { from: 2016, value: null, source }], 2015)?.value //=> 200000
 * valueInForce([{ from: 2014, value: 200000, source }, { from: 2016, value: null, source }], 2016)?.value //=> null
 */
export function valueInForce<T>(
  list: readonly DatedValue<T>[],
  fiscalYear: FiscalYear,
): DatedValue<T> | undefined {
  let found: DatedValue<T> | undefined;
  for (let i = 0; i < list.length; i++) {
    const entry = list[i] as DatedValue<T>;
    if (entry.from > fiscalYear) break;
    found = entry;
  }
  return found;
}
