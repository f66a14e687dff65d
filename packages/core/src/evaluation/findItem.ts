import { matchKey } from '../text/normalise.js';
import type { Framework, Item } from './schema.js';

/**
 * The item of a framework that a key or header names (RULES E1; docs/sheets.md evaluations): its
 * ID, else its Japanese or English label or one of its header aliases, width, case and spaces
 * folded. Undefined when none matches.
 *
 * @example
 * findItem(builtinFrameworks.ichinoseki[0], '費用に見合った成果')?.id //=> 'hiyo-taiko'
 */
export function findItem(framework: Framework, key: string): Item | undefined {
  const byId = framework.items.find((i) => i.id === key);
  if (byId) return byId;
  const k = matchKey(key);
  if (k === '') return undefined;
  return framework.items.find(
    (i) =>
      matchKey(i.label.ja) === k || matchKey(i.label.en) === k || i.aliases.some((a) => matchKey(a) === k),
  );
}
