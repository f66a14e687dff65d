import { cite, type Source } from '../sources/Source.js';

/**
 * The gap between the city's and the partner's self-evaluation of one item, in scale values, at
 * or above which it is reported (RULES E7): no document gives one; 2 levels is kyodo's default.
 * A framework may set its own (`gapThreshold`).
 */
export const DEFAULT_GAP_THRESHOLD = 2;

/**
 * The variance of actual against plan, in percent of the plan, above which it is reported (RULES
 * E4): no plan gives one; 20% is kyodo's default. A framework may set its own
 * (`varianceThresholdPercent`); the project register and the publication summary both read it.
 */
export const DEFAULT_VARIANCE_THRESHOLD_PERCENT = 20;

/**
 * Where the defaults of an evaluation framework come from when a profile sets none (RULES E1,
 * E4, E7): kyodo's defaults, never a plan's citation — no plan gives a threshold, and who
 * evaluates is said only by some plans (a framework cites its own in `sources`).
 */
export const THRESHOLD_SOURCES: {
  readonly gap: Source;
  readonly variance: Source;
  readonly evaluators: Source;
} = {
  gap: cite(
    'kyodo',
    'docs/rules.md「計画が定めていないこと」',
    'E7',
    'No plan gives a scale or a gap; kyodo reports a gap of 2 levels or more between the city and the partner (相互理解). 計画に定めはなく kyodo の既定値。',
  ),
  variance: cite(
    'kyodo',
    'docs/rules.md「計画が定めていないこと」',
    'E4',
    'No plan gives a threshold; kyodo reports a variance of actual against plan above 20%. 計画に定めはなく kyodo の既定値。',
  ),
  evaluators: cite(
    'kyodo',
    'docs/rules.md「計画が定めていないこと」',
    'E1',
    'The profile’s plan does not say who evaluates; kyodo asks both the city and its partner to evaluate themselves. 計画に定めはなく kyodo の既定値。',
  ),
};
