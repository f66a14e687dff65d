import type { Result } from '../problems/Result.js';
import { err, ok } from '../problems/Result.js';
import { matchKey } from '../text/normalise.js';
import { builtinProfiles } from './builtin/index.js';
import { profileMessages } from './messages.js';
import type { Profile } from './schema.js';

/**
 * A built-in profile by its id ('ichinoseki', 'toride', 'plan-004'), its 地方公共団体コード
 * ('032093') or its Japanese name ('一関市'), tolerant of width and spaces. An unknown id is a
 * 'profile.unknown' problem listing the known ids. (docs/profiles.md)
 *
 * @example
 * getProfile('toride') //=> { ok: true, value: { id: 'toride', name: { ja: '取手市', … }, … } }
 * getProfile('sapporo').ok //=> false
 */
export function getProfile(id: string): Result<Profile> {
  const key = matchKey(String(id));
  const found = builtinProfiles.find(
    (p) =>
      matchKey(p.id) === key ||
      (p.localGovernmentCode !== undefined && p.localGovernmentCode === key) ||
      matchKey(p.name.ja) === key ||
      matchKey(p.name.en) === key,
  );
  if (found) return ok(found);
  return err(
    profileMessages.problem(
      'profile.unknown',
      { id: String(id), known: builtinProfiles.map((p) => p.id).join(', ') },
      { input: id },
    ),
  );
}
