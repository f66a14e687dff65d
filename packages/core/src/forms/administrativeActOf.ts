import { matchKey } from '../text/normalise.js';
import type { AdministrativeAct, HasForms } from './HasForms.js';

const keys = new WeakMap<HasForms, readonly (readonly [string, AdministrativeAct])[]>();

/**
 * The administrative act (行政行為: 課税, 許可 …) a text names, among those the profile's plan
 * lists (RULES R2; 003_77c600037372601a.txt 第3章(3): 課税や許可などの行政行為のように、法的な権限
 * のある行政が、責任を持って担う必要がある市の専門領域 — not cooperation). Width and spaces do not
 * matter; a negated word (非課税世帯, 不許可) is not the act. Undefined for a profile whose plans
 * list none: kyodo asserts no rule they do not make.
 *
 * @example
 * administrativeActOf(toride, '固定資産税の課税')?.label.ja //=> '課税'
 * administrativeActOf(toride, '住民税非課税世帯への配食') //=> undefined
 * administrativeActOf(ichinoseki, '固定資産税の課税') //=> undefined (its plans list none)
 */
export function administrativeActOf(profile: HasForms, text: string): AdministrativeAct | undefined {
  let list = keys.get(profile);
  if (list === undefined) {
    list = profile.administrativeActs
      .map((act) => [matchKey(act.label.ja), act] as const)
      .filter(([key]) => key !== '');
    keys.set(profile, list);
  }
  if (list.length === 0) return undefined;
  const key = matchKey(String(text ?? ''));
  for (const [act, entry] of list) {
    for (let at = key.indexOf(act); at >= 0; at = key.indexOf(act, at + 1)) {
      if (!/[非無不]/u.test(key.charAt(at - 1))) return entry;
    }
  }
  return undefined;
}
