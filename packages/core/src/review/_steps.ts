import type { Bilingual } from '../problems/Problem.js';
import type { RuleId, Source } from '../sources/Source.js';
import type { ReviewStep, ReviewStepKind } from './types.js';

// Internal: the steps of a review; their sentences are in stepWords.ts.

type Inputs = ReviewStep['inputs'];

/**
 * A step whose sentence is rendered when first read (and by toJSON): a round of thousands of
 * applications builds its steps as data, and only those shown are put into words.
 */
class Step implements ReviewStep {
  readonly kind: ReviewStepKind;
  readonly rule: RuleId;
  readonly source: Source;
  readonly inputs: Inputs;
  readonly result: ReviewStep['result'];
  private render: (() => Bilingual) | undefined;
  private said: Bilingual | undefined;

  constructor(
    kind: ReviewStepKind,
    rule: RuleId,
    source: Source,
    inputs: Inputs,
    result: ReviewStep['result'],
    render: () => Bilingual,
  ) {
    this.kind = kind;
    this.rule = rule;
    this.source = source;
    this.inputs = inputs;
    this.result = result;
    this.render = render;
  }

  get sentence(): Bilingual {
    if (this.said === undefined) {
      this.said = (this.render as () => Bilingual)();
      this.render = undefined;
    }
    return this.said;
  }

  toJSON(): ReviewStep {
    return {
      kind: this.kind,
      rule: this.rule,
      source: this.source,
      inputs: this.inputs,
      result: this.result,
      sentence: this.sentence,
    };
  }
}

/** A step; its sentence is rendered from `render` when read. */
export function step(
  kind: ReviewStepKind,
  rule: RuleId,
  source: Source,
  inputs: Inputs,
  result: ReviewStep['result'],
  render: () => Bilingual,
): ReviewStep {
  return new Step(kind, rule, source, inputs, result, render);
}

export {
  awardSentence,
  combineSentence,
  conflictSentence,
  type Part,
  rankSentence,
  reviewerSentence,
  subsidySentence,
  thresholdSentence,
} from './stepWords.js';
