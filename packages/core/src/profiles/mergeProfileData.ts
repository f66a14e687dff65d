import type { Path } from '../problems/Problem.js';

/** A merged array element that came from the child: its path in the merged data and in the child. */
export interface PathLink {
  readonly merged: Path;
  readonly child: Path;
}

/** The result of layering a child profile's JSON on its parent's data. */
export interface MergedData {
  readonly value: unknown;
  /** Where child array elements landed, to report a problem at the path the user wrote. */
  readonly links: readonly PathLink[];
  /** Items the child asked to remove that the parent does not have: [child path, id]. */
  readonly unknownRemovals: readonly { readonly path: Path; readonly id: string }[];
}

/** A plain JSON object (not an array, not null). */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isIdList(list: readonly unknown[]): boolean {
  return list.length > 0 && list.every((item) => isPlainObject(item) && typeof item.id === 'string');
}

/**
 * Layer a child profile's JSON on its parent's data (docs/profiles.md "extends"):
 * objects merge key by key; lists of items with an `id` merge by id (a child item overrides the
 * parent's item of the same id, only in the keys it gives; new ids are appended; an item
 * `{ "id": …, "$remove": true }` removes the parent's item); any other value, and an empty
 * list, replaces the parent's.
 */
export function mergeProfileData(parent: unknown, child: unknown): MergedData {
  const links: PathLink[] = [];
  const unknownRemovals: { path: Path; id: string }[] = [];

  function merge(p: unknown, c: unknown, mergedPath: Path, childPath: Path): unknown {
    if (c === undefined) return p;
    if (Array.isArray(c)) {
      if (!Array.isArray(p) || !isIdList(p) || !isIdList(c)) return c;
      return mergeList(p as Record<string, unknown>[], c as Record<string, unknown>[], mergedPath, childPath);
    }
    if (isPlainObject(c) && isPlainObject(p)) {
      const out: Record<string, unknown> = { ...p };
      for (const [key, value] of Object.entries(c)) {
        out[key] = merge(p[key], value, [...mergedPath, key], [...childPath, key]);
      }
      return out;
    }
    return c;
  }

  function mergeList(
    parentItems: readonly Record<string, unknown>[],
    childItems: readonly Record<string, unknown>[],
    mergedPath: Path,
    childPath: Path,
  ): unknown[] {
    const removed = new Set<string>();
    childItems.forEach((item, index) => {
      if (item.$remove !== true) return;
      const id = item.id as string;
      if (parentItems.some((p) => p.id === id)) removed.add(id);
      else unknownRemovals.push({ path: [...childPath, index, 'id'], id });
    });
    const out: unknown[] = parentItems.filter((p) => !removed.has(p.id as string));
    const ids = out.map((p) => (p as Record<string, unknown>).id);
    childItems.forEach((item, childIndex) => {
      if (item.$remove === true) return;
      const at = ids.indexOf(item.id);
      const position = at === -1 ? out.length : at;
      const itemMergedPath = [...mergedPath, position];
      const itemChildPath = [...childPath, childIndex];
      links.push({ merged: itemMergedPath, child: itemChildPath });
      if (at === -1) {
        out.push(item);
        ids.push(item.id);
      } else {
        out[at] = merge(out[at], item, itemMergedPath, itemChildPath);
      }
    });
    return out;
  }

  return { value: merge(parent, child, [], []), links, unknownRemovals };
}

/** A path in merged data as the user wrote it in the child, by the longest linked prefix. */
export function childPathOf(path: Path, links: readonly PathLink[]): Path {
  let best: PathLink | undefined;
  for (const link of links) {
    if (link.merged.length > path.length) continue;
    if (!link.merged.every((part, i) => part === path[i])) continue;
    if (best === undefined || link.merged.length > best.merged.length) best = link;
  }
  if (best === undefined) return path;
  return [...best.child, ...path.slice(best.merged.length)];
}
