import { matchKey } from '../text/normalise.js';
import { requireText } from '../text/requireText.js';
import { administrativeActOf } from './administrativeActOf.js';
import type { HasForms } from './HasForms.js';

/** The 行政行為 003_77c600037372601a.txt 第3章(3) names, when no profile is given. */
const DEFAULT_ACTS = ['課税', '許可', '行政行為'];

/**
 * Whether a text names an administrative act (行政行為: 課税, 許可 …) — a task only the city may
 * do, which is not cooperation at all (RULES R2; 003_77c600037372601a.txt 第3章(3)). With a
 * profile, its own administrativeActs only (none where its plans list none: administrativeActOf);
 * without one, 003's 課税 and 許可.
 *
 * @example
 * isAdministrativeAct('固定資産税の課税') //=> true
 * isAdministrativeAct('花いっぱい運動') //=> false
 */
export function isAdministrativeAct(text: string, profile?: HasForms): boolean {
  requireText(text, 'text');
  if (profile !== undefined) return administrativeActOf(profile, text) !== undefined;
  const acts = DEFAULT_ACTS;
  const key = matchKey(String(text ?? ''));
  if (key === '') return false;
  return acts.some((act) => key.includes(matchKey(act)));
}
