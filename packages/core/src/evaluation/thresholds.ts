import { cite, type Source } from '../sources/Source.js';

/**
 * The gap between the city's and the partner's self-evaluation of one item, in scale values, at
 * or above which it is reported (RULES E7): no document gives one; 2 levels is kyodo's default.
 * A framework may set its own (`gapThreshold`).
 */
export const DEFAULT_GAP_THRESHOLD = 2;

/**
 * The variance of actual against plan, in percent of the plan, above which it is reported (RULES
 * E4; 000_0726a29b17f6f262.txt §6 協働の原則（4）評価、検証の原則 asks whether the budget and scale
 * were completed as planned; 20% is the default of shared/SHEETS.md). A framework may set its own
 * (`varianceThresholdPercent`); the project register and the publication summary both read it.
 */
export const DEFAULT_VARIANCE_THRESHOLD_PERCENT = 20;

/** Where the two default thresholds come from. */
export const THRESHOLD_SOURCES: { readonly gap: Source; readonly variance: Source } = {
  gap: cite(
    'kyodo',
    'default (RULES E7)',
    'E7',
    'No document gives a scale; a gap of 2 levels or more between the city and the partner is reported (相互理解).',
  ),
  variance: cite(
    '000_0726a29b17f6f262.txt',
    '6 協働の考え方 協働の原則（4）評価、検証の原則',
    'E4',
    'The document asks whether the budget and scale were completed as planned; the 20% threshold is the default of shared/SHEETS.md.',
  ),
};
