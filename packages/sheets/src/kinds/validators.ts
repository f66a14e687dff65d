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
      const compiled = compileProfile(ctx.profile);
      const variant = ctx.matcher.variant;
      const framework =
        (variant === undefined ? undefined : compiled.frameworks.get(variant)) ??
        (ctx.profile.evaluation.default === undefined
          ? undefined
          : compiled.frameworks.get(ctx.profile.evaluation.default)) ??
        ctx.profile.evaluation.frameworks[0];
      return { kind, scores: validateEvaluations(ctx, framework) };
    }
    case 'regional-plan':
      return { kind, scores: validateRegionalPlan(ctx) };
    case 'indicators':
      return { kind, scores: validateIndicators(ctx) };
    case 'reviews': {
      const compiled = compileProfile(ctx.profile);
      const variant = ctx.matcher.variant;
      const framework =
        (variant === undefined ? undefined : compiled.reviewFrameworks.get(variant)) ??
        (ctx.profile.review.default === undefined
          ? undefined
          : compiled.reviewFrameworks.get(ctx.profile.review.default)) ??
        ctx.profile.review.frameworks[0];
      return { kind, scores: validateReviews(ctx, framework) };
    }
  }
}
