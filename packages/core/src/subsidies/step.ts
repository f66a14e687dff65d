import type { Bilingual } from '../problems/Problem.js';
import type { RuleId, Source } from '../sources/Source.js';
import { type Inputs, renderStep } from './stepWords.js';
import type { StepKind, StepValue, SubsidyStep } from './types.js';

// Internal: a step of a computation whose sentence is rendered only when read (the hot path
// builds steps as data; `sentence` and `toJSON` render the Japanese and English text).

/** A step; `sentence` renders from kind and inputs when read. */
export class Step implements SubsidyStep {
  readonly kind: StepKind;
  readonly rule: RuleId;
  readonly source: Source;
  readonly inputs: Inputs;
  readonly result: StepValue;

  constructor(kind: StepKind, rule: RuleId, source: Source, inputs: Inputs, result: StepValue) {
    this.kind = kind;
    this.rule = rule;
    this.source = source;
    this.inputs = inputs;
    this.result = result;
  }

  get sentence(): Bilingual {
    return renderStep(this.kind, this.inputs, this.result);
  }

  toJSON(): SubsidyStep {
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
