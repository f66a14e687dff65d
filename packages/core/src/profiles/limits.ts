/**
 * Limits on a profile a user writes (docs/security.md): past them a profile is refused with one
 * clear error, never read for minutes or until memory runs out.
 */
export const PROFILE_LIMITS = {
  /** Characters of profile JSON text: the built-in profiles are about 60,000 each. */
  maxChars: 2_000_000,
  /** Nesting of objects and lists: the schema itself needs 8. */
  maxDepth: 32,
  /** Profiles in one `extends` chain (the profile itself included). */
  maxExtends: 8,
} as const;

/** Keys that name JavaScript's own machinery, refused anywhere in a profile. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);
