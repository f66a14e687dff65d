import type { FieldSpec } from '../kinds/fields.js';
import type { SheetKind } from '../report/Report.js';
import { headerKey } from './headerKey.js';

/**
 * A kind's header matcher, compiled once per profile (docs/sheets.md: header names vary from
 * city to city and live in the profile): alias keys -> field, with and without qualifiers.
 */
export interface KindMatcher {
  readonly kind: SheetKind;
  /** For evaluations: the framework whose items the fields include. */
  readonly variant?: string;
  readonly fields: readonly FieldSpec[];
  /** Alias key (qualifiers kept) -> field. */
  readonly byKey: ReadonlyMap<string, string>;
  /** The alias each key came from, to report which alias matched. */
  readonly aliasOf: ReadonlyMap<string, string>;
}

/**
 * Compile a kind's fields and their header aliases (Profile.headers[kind]) into a matcher.
 * Each field's Japanese label is an alias too. When two fields claim one alias, the first
 * listed keeps it.
 *
 * @example
 * const m = compileKind('projects', KIND_FIELDS.projects, { partner: ['協働先', '団体名'] });
 * m.byKey.get('協働先') //=> 'partner'
 */
export function compileKind(
  kind: SheetKind,
  fields: readonly FieldSpec[],
  aliases: Readonly<Record<string, readonly string[] | undefined>> | undefined,
  variant?: string,
): KindMatcher {
  const byKey = new Map<string, string>();
  const aliasOf = new Map<string, string>();
  const add = (field: string, alias: string) => {
    const { key } = headerKey(alias);
    if (key === '' || byKey.has(key)) return;
    byKey.set(key, field);
    aliasOf.set(key, alias);
  };
  for (const spec of fields) for (const alias of aliases?.[spec.field] ?? []) add(spec.field, alias);
  for (const spec of fields) add(spec.field, spec.label.ja);
  return variant === undefined ? { kind, fields, byKey, aliasOf } : { kind, variant, fields, byKey, aliasOf };
}

/** The field a header text matches, and how: by its full key, or by its base when qualifiers did not match. */
export function matchHeader(
  matcher: KindMatcher,
  text: string,
): { readonly field: string; readonly alias: string } | undefined {
  const hk = headerKey(text);
  let field = matcher.byKey.get(hk.key);
  let key = hk.key;
  if (field === undefined && hk.qualifiers.length > 0) {
    field = matcher.byKey.get(hk.base);
    key = hk.base;
    // 実施期間（開始） is the start; 事業費（実績） the actual cost.
    const spec = field === undefined ? undefined : matcher.fields.find((f) => f.field === field);
    for (const q of hk.qualifiers) {
      const to = spec?.qualified?.[q];
      if (to !== undefined && matcher.fields.some((f) => f.field === to)) {
        return { field: to, alias: matcher.aliasOf.get(key) ?? text };
      }
    }
  }
  if (field === undefined) return undefined;
  return { field, alias: matcher.aliasOf.get(key) ?? text };
}
