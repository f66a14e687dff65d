import type { Framework } from '../evaluation/schema.js';
import type { Profile } from './schema.js';

/**
 * The evaluation framework a profile uses when a sheet does not say which (RULES E1, E7):
 * `evaluation.default`, else the first. Its thresholds (gapThreshold, varianceThresholdPercent)
 * are the ones every check of the profile reads, so the project register and the publication
 * summary never disagree. undefined for a profile without frameworks.
 *
 * @example
 * defaultFramework(torideProfile)?.varianceThresholdPercent //=> 20
 */
export function defaultFramework(profile: Profile): Framework | undefined {
  const { frameworks, default: id } = profile.evaluation;
  return (id === undefined ? undefined : frameworks.find((f) => f.id === id)) ?? frameworks[0];
}
