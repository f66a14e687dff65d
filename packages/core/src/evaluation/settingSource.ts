import { cite, type Source } from '../sources/Source.js';
import type { Framework } from './schema.js';
import {
  DEFAULT_GAP_THRESHOLD,
  DEFAULT_VARIANCE_THRESHOLD_PERCENT,
  THRESHOLD_SOURCES,
} from './thresholds.js';

/** A setting of a framework whose source a report shows. */
export type FrameworkSetting = 'varianceThresholdPercent' | 'gapThreshold' | 'requiredEvaluators';

const SOURCE_KEY = {
  varianceThresholdPercent: 'variance',
  gapThreshold: 'gap',
  requiredEvaluators: 'evaluators',
} as const;

const RULE = { varianceThresholdPercent: 'E4', gapThreshold: 'E7', requiredEvaluators: 'E1' } as const;

/**
 * Where a setting of an evaluation framework comes from (RULES E1, E4, E7): the framework's own
 * citation (`sources`), else kyodo's default when the value is kyodo's (20%, 2 levels, the city
 * and its partner), else the profile's own choice — never a plan's citation for a library
 * default, so that a report says whose number it applies.
 *
 * @example
 * settingSource(builtinFrameworks.toride[0], 'varianceThresholdPercent').document //=> 'kyodo'
 * settingSource({ ...framework, gapThreshold: 1 }, 'gapThreshold').basis //=> 'municipality'
 */
export function settingSource(framework: Framework | undefined, setting: FrameworkSetting): Source {
  const key = SOURCE_KEY[setting];
  const own = framework?.sources?.[key];
  if (own !== undefined) return own;
  const isDefault =
    framework === undefined ||
    (setting === 'varianceThresholdPercent'
      ? framework.varianceThresholdPercent === DEFAULT_VARIANCE_THRESHOLD_PERCENT
      : setting === 'gapThreshold'
        ? framework.gapThreshold === DEFAULT_GAP_THRESHOLD
        : framework.requiredEvaluators.join() === 'city,partner');
  if (isDefault) return THRESHOLD_SOURCES[key];
  return cite(
    'profile',
    `evaluation.frameworks ${framework.id} ${setting}`,
    RULE[setting],
    'Set by the profile where the plans give none. 計画に定めがなく、プロファイルで定めた値。',
    'municipality',
  );
}
