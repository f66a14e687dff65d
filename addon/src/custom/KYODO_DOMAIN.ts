import { domainOf, parseOrganiser, resolveForm } from '@kyodo/core';
import {
  asColumn,
  columnsToRows,
  errorText,
  isBlank,
  isRange,
  type Out,
  scalar,
  thrownText,
} from './cells.js';
import { profileFor } from './profileFor.js';

/**
 * =KYODO_DOMAIN(form, organiser, [profile]): the domain of cooperation (協働の領域) of each
 * row, from its form and who organises it (RULES R1, R2; 003_77c600037372601a.txt 第3章(3)),
 * for a whole column at once. The profile defaults to toride, whose document defines the
 * domains. A form or organiser that cannot be read, or that contradict each other, shows why.
 */
export function KYODO_DOMAIN(form: unknown, organiser: unknown, profile?: unknown): Out | Out[][] {
  try {
    const found = profileFor(scalar(profile), 'toride');
    const rows = columnsToRows([
      { name: 'form', value: form },
      { name: 'organiser', value: organiser },
    ]);
    const out = rows.map(([f, o]): Out => {
      if (isBlank(f) && isBlank(o)) return '';
      if (!found.ok) return errorText(found.problems);
      const resolved = resolveForm(found.value, String(f ?? ''));
      if (!resolved.ok) return errorText(resolved.problems);
      const who = parseOrganiser(String(o ?? ''));
      if (!who.ok) return errorText(who.problems);
      const domain = domainOf(found.value, resolved.value.id, who.value);
      if (!domain.ok) return errorText(domain.problems);
      return domain.value.label.ja;
    });
    return asColumn(out, isRange(form) || isRange(organiser));
  } catch (error) {
    return thrownText(error);
  }
}
