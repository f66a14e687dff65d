import { compileProfile } from '../headers/compileProfile.js';
import type { SheetKind, SheetScores } from '../report/Report.js';
import type { KindContext } from './context.js';
import { validateEvaluations } from './evaluations.js';
import { validateIndicators } from './indicators.js';
import { validateProjects } from './projects.js';
import { validateRegionalPlan } from './regionalPlan.js';
import { validateReviews } from './reviews.js';
import { validateSubsidies } from './subsidies.js';

/**
 * Check a sheet of the given kind and score it (the scores are null when the sheet could not be
 * scored): the kind and its scores together, as a SheetReport carries them.
 */
export function scoreSheet(kind: SheetKind, ctx: KindContext): SheetScores {
  switch (kind) {
    case 'projects':
      return { kind, scores: validateProjects(ctx) };
    case 'subsidies':
      return { kind, scores: validateSubsidies(ctx) };
    case 'evaluations': {
      const framework = frameworkFor(compileProfile(ctx.profile).frameworks, ctx.profile.evaluation, ctx);
      return { kind, scores: validateEvaluations(ctx, framework) };
    }
    case 'regional-plan':
      return { kind, scores: validateRegionalPlan(ctx) };
    case 'indicators':
      return { kind, scores: validateIndicators(ctx) };
    case 'reviews': {
      const framework = frameworkFor(compileProfile(ctx.profile).reviewFrameworks, ctx.profile.review, ctx);
      return { kind, scores: validateReviews(ctx, framework) };
    }
  }
}

/**
 * The framework a sheet is checked with (evaluation or review): the one its headers name (the
 * matcher's variant), else the profile's default, else its first.
 */
function frameworkFor<F>(
  byId: ReadonlyMap<string, F>,
  set: { readonly default?: string | undefined; readonly frameworks: readonly F[] },
  ctx: KindContext,
): F | undefined {
  const variant = ctx.matcher.variant;
  return (
    (variant === undefined ? undefined : byId.get(variant)) ??
    (set.default === undefined ? undefined : byId.get(set.default)) ??
    set.frameworks[0]
  );
}
