import type { Path, Problem } from '../problems/Problem.js';
import { err, ok, type Result } from '../problems/Result.js';
import { builtinProfiles } from './builtin/index.js';
import { checkJsonShape } from './checkJsonShape.js';
import { checkProfile } from './checkProfile.js';
import { issueProblems, type SchemaIssue } from './issueProblems.js';
import { PROFILE_LIMITS } from './limits.js';
import { childPathOf, isPlainObject, mergeProfileData } from './mergeProfileData.js';
import { profileMessages } from './messages.js';
import { pathText } from './pathText.js';
import { type Profile, profileSchema } from './schema.js';
import { unknownKeys } from './unknownKeys.js';

/** Options of loadProfile. */
export interface LoadProfileOptions {
  /**
   * Other profiles (JSON) that a profile may extend, found by their `id` before the built-ins.
   */
  readonly profiles?: readonly unknown[];
}

function validate(value: unknown, mapPath: (path: Path) => Path, extra: readonly Problem[]): Result<Profile> {
  const parsed = profileSchema.safeParse(value, { reportInput: true });
  const problems: Problem[] = [...extra];
  if (!parsed.success) {
    problems.push(...issueProblems(parsed.error.issues as unknown as readonly SchemaIssue[], mapPath));
    return err(problems);
  }
  problems.push(...checkProfile(parsed.data, mapPath), ...unknownKeys(value, parsed.data, mapPath));
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length > 0) return err(problems);
  return ok(parsed.data, problems);
}

function load(json: unknown, options: LoadProfileOptions, chain: readonly string[]): Result<Profile> {
  if (!isPlainObject(json)) {
    const received = Array.isArray(json) ? 'a list [ … ]' : json === null ? 'null' : typeof json;
    return err(profileMessages.problem('profile.not-object', { received }, { input: json }));
  }
  const shape = checkJsonShape(json);
  if (shape.length > 0) return err(shape);
  const parentId = json.extends;
  if (typeof parentId !== 'string') return validate(json, (p) => p, []);

  const id = typeof json.id === 'string' ? json.id : '?';
  if (chain.length + 1 >= PROFILE_LIMITS.maxExtends)
    return err(
      profileMessages.problem(
        'profile.extends-too-deep',
        { path: 'extends', chain: [...chain, id, parentId].join(' → '), limit: PROFILE_LIMITS.maxExtends },
        { path: ['extends'], input: parentId },
      ),
    );
  if (parentId === id || chain.includes(parentId) || chain.includes(id)) {
    const cycle = [...chain, id, parentId].join(' → ');
    return err(
      profileMessages.problem(
        'profile.extends-cycle',
        { path: 'extends', chain: cycle },
        { path: ['extends'], input: parentId },
      ),
    );
  }
  const userParent = (options.profiles ?? []).find(
    (p) => isPlainObject(p) && Object.hasOwn(p, 'id') && p.id === parentId,
  );
  const builtin = builtinProfiles.find((p) => p.id === parentId);
  let parent: Result<Profile>;
  if (userParent !== undefined) parent = load(userParent, options, [...chain, id]);
  else if (builtin !== undefined) parent = ok(builtin);
  else {
    const known = [
      ...(options.profiles ?? []).flatMap((p) =>
        isPlainObject(p) && typeof p.id === 'string' ? [p.id] : [],
      ),
      ...builtinProfiles.map((p) => p.id),
    ];
    return err(
      profileMessages.problem(
        'profile.unknown-parent',
        { path: 'extends', id: parentId, known: known.join(', ') },
        { path: ['extends'], input: parentId },
      ),
    );
  }
  if (!parent.ok) return parent;

  const merged = mergeProfileData(parent.value, json);
  const removals = merged.unknownRemovals.map((r) =>
    profileMessages.problem(
      'profile.unknown-reference',
      {
        path: pathText(r.path),
        id: r.id,
        kind: `item of ${parentId} to remove`,
        kindJa: `${parentId} から削除する項目`,
        known: '-',
      },
      { path: r.path, input: r.id },
    ),
  );
  return validate(merged.value, (p) => childPathOf(p, merged.links), removals);
}

/**
 * Read a user's profile from JSON (docs/profiles.md): validate it with the schema,
 * resolve `extends` against the built-in profiles (and `options.profiles`), and report EVERY
 * problem at once, each with the path the user wrote (['forms', 2, 'label', 'ja']) and a message
 * in Japanese and English. A profile that extends another overrides only what it gives: objects
 * merge key by key, lists of items with an `id` merge by id (`{ "id": …, "$remove": true }`
 * removes one), other values replace. An unknown parent, a cycle of `extends` or a chain longer
 * than PROFILE_LIMITS.maxExtends, a key such as `__proto__` or `constructor` anywhere, or nesting
 * past PROFILE_LIMITS.maxDepth is an error at its path; a misspelt key is a warning naming the
 * nearest known key. Nothing in a profile reaches beyond its own data (docs/security.md).
 *
 * @example
 * loadProfile({ id: 'toride-2025', extends: 'toride', name: { ja: '取手市（令和7年度）', en: 'Toride 2025' } })
 * //=> { ok: true, value: { id: 'toride-2025', forms: [ …the seven forms of toride… ], … } }
 * loadProfile({ id: 'x', name: { ja: '', en: 'X' } }).ok //=> false ('profile.too-small' at name.ja, 'profile.missing' at sources, forms)
 */
export function loadProfile(json: unknown, options: LoadProfileOptions = {}): Result<Profile> {
  return load(json, options, []);
}
