import { compileProfile } from '../headers/compileProfile.js';
import type { SheetKind } from '../report/Report.js';
import type { KindContext } from './context.js';
import { validateEvaluations } from './evaluations.js';
import { validateIndicators } from './indicators.js';
import { validateProjects } from './projects.js';
import { validateRegionalPlan } from './regionalPlan.js';
import { validateReviews } from './reviews.js';
import { validateSubsidies } from './subsidies.js';

/** Each kind's validator: checks, then scores (null when the sheet could not be scored). */
export const KIND_VALIDATORS: Readonly<
  Record<SheetKind, (ctx: KindContext) => Readonly<Record<string, unknown>> | null>
> = {
  projects: (ctx) => validateProjects(ctx) as unknown as Readonly<Record<string, unknown>>,
  subsidies: (ctx) => validateSubsidies(ctx) as unknown as Readonly<Record<string, unknown>>,
  evaluations: (ctx) => {
    const compiled = compileProfile(ctx.profile);
    const variant = ctx.matcher.variant;
    const framework =
      (variant === undefined ? undefined : compiled.frameworks.get(variant)) ??
      (ctx.profile.evaluation.default === undefined
        ? undefined
        : compiled.frameworks.get(ctx.profile.evaluation.default)) ??
      ctx.profile.evaluation.frameworks[0];
    return validateEvaluations(ctx, framework) as unknown as Readonly<Record<string, unknown>> | null;
  },
  'regional-plan': (ctx) => validateRegionalPlan(ctx) as unknown as Readonly<Record<string, unknown>>,
  indicators: (ctx) => validateIndicators(ctx) as unknown as Readonly<Record<string, unknown>>,
  reviews: (ctx) => {
    const compiled = compileProfile(ctx.profile);
    const variant = ctx.matcher.variant;
    const framework =
      (variant === undefined ? undefined : compiled.reviewFrameworks.get(variant)) ??
      (ctx.profile.review.default === undefined
        ? undefined
        : compiled.reviewFrameworks.get(ctx.profile.review.default)) ??
      ctx.profile.review.frameworks[0];
    return validateReviews(ctx, framework) as unknown as Readonly<Record<string, unknown>> | null;
  },
};
