import type { Framework, Profile, ReviewFramework } from '@kyodo/core';
import { type MissingMarkers, missingMarkerKeys } from '../cells/Cell.js';
import { type FieldSpec, KIND_FIELDS, SHEET_KINDS } from '../kinds/fields.js';
import { compileKind, type KindMatcher } from './KindMatcher.js';

/** What a profile gives sheets, compiled once: header matchers per kind and missing markers. */
export interface CompiledProfile {
  readonly matchers: readonly KindMatcher[];
  readonly missing: MissingMarkers;
  /** Framework id -> framework, for evaluation sheets. */
  readonly frameworks: ReadonlyMap<string, Framework>;
  /** Review framework id -> framework, for review sheets (RULES X3). */
  readonly reviewFrameworks: ReadonlyMap<string, ReviewFramework>;
}

const cache = new WeakMap<Profile, CompiledProfile>();

/** The field of an evaluation item's column. */
export function itemField(itemId: string): string {
  return `item:${itemId}`;
}

/** The field of a review criterion's column (RULES X3). */
export function criterionField(criterionId: string): string {
  return `criterion:${criterionId}`;
}

/**
 * Compile a profile's header aliases (Profile.headers, kind -> field -> aliases) into one
 * matcher per kind, and per evaluation framework one matcher whose fields include the
 * framework's items (labels, aliases and the question as the plan words it: evaluation/schema.ts
 * itemSchema), and per review framework one whose fields include its criteria (RULES X3). Cached
 * per profile.
 */
export function compileProfile(profile: Profile): CompiledProfile {
  const hit = cache.get(profile);
  if (hit !== undefined) return hit;
  const matchers: KindMatcher[] = [];
  const headers = profile.headers as Readonly<Record<string, Readonly<Record<string, readonly string[]>>>>;
  for (const kind of SHEET_KINDS) {
    if (kind === 'reviews') {
      const frameworks = profile.review.frameworks;
      if (frameworks.length === 0) matchers.push(compileKind(kind, KIND_FIELDS[kind], headers[kind]));
      for (const fw of frameworks) {
        const aliases: Record<string, readonly string[]> = { ...headers[kind] };
        const fields: FieldSpec[] = [...KIND_FIELDS.reviews];
        for (const criterion of fw.criteria) {
          const field = criterionField(criterion.id);
          fields.push({ field, required: false, label: criterion.label, type: 'points' });
          aliases[field] = [criterion.label.ja, ...criterion.aliases, criterion.label.en];
        }
        matchers.push(compileKind(kind, fields, aliases, fw.id));
      }
      continue;
    }
    if (kind !== 'evaluations') {
      matchers.push(compileKind(kind, KIND_FIELDS[kind], headers[kind]));
      continue;
    }
    const frameworks = profile.evaluation.frameworks;
    if (frameworks.length === 0) matchers.push(compileKind(kind, KIND_FIELDS[kind], headers[kind]));
    for (const fw of frameworks) {
      const aliases: Record<string, readonly string[]> = { ...headers[kind] };
      const fields: FieldSpec[] = [...KIND_FIELDS.evaluations];
      for (const item of fw.items) {
        const field = itemField(item.id);
        fields.push({ field, required: false, label: item.label, type: 'level' });
        // The item by its short label, its aliases (its name in the plan among them), the
        // plan's question (001 writes 市民の特性がより良く発揮されているか) and in English.
        aliases[field] = [
          item.label.ja,
          ...item.aliases,
          ...(item.question === undefined ? [] : [item.question.ja]),
          item.label.en,
          ...(item.question === undefined ? [] : [item.question.en]),
        ];
      }
      matchers.push(compileKind(kind, fields, aliases, fw.id));
    }
  }
  const compiled: CompiledProfile = {
    matchers,
    missing: missingMarkerKeys(profile.missingMarkers),
    frameworks: new Map(profile.evaluation.frameworks.map((f) => [f.id, f])),
    reviewFrameworks: new Map(profile.review.frameworks.map((f) => [f.id, f])),
  };
  cache.set(profile, compiled);
  return compiled;
}
