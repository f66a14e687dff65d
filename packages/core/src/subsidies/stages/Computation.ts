import type { FiscalYear } from '../../calendar/types.js';
import type { Problem } from '../../problems/Problem.js';
import type { CompiledProgram } from '../compileProgram.js';
import { fyEn, fyJa } from '../format.js';
import { subsidyMessages } from '../messages.js';
import type { SubsidyStep } from '../types.js';

// Internal: what the stages of one computation share — the program, the fiscal year, the steps
// and reasons found so far, what is still needed, and whether the applicant is still eligible.

/** Something the computation still needs; its problem names every need found (`needs`). */
export interface Missing {
  readonly need: string;
  readonly make: (needs: string) => Problem;
}

/** One computation in progress: each stage reads the program and adds steps, reasons and needs. */
export interface Computation {
  readonly program: CompiledProgram;
  readonly fiscalYear: FiscalYear;
  readonly withSteps: boolean;
  readonly steps: SubsidyStep[];
  readonly reasons: Problem[];
  readonly missing: Missing[];
  /** Leave a condition whose fact is missing unchecked (and say so) instead of needing it. */
  readonly leaveUnchecked: boolean;
  /** Facts whose condition was left unchecked ('facts.founded'). */
  readonly unchecked: string[];
  /** False once a stage has found the applicant not eligible. */
  eligible: boolean;
}

/** A computation of `program` for `fiscalYear`, eligible until a stage says otherwise. */
export function startComputation(
  program: CompiledProgram,
  fiscalYear: FiscalYear,
  withSteps: boolean,
  leaveUnchecked = false,
): Computation {
  return {
    program,
    fiscalYear,
    withSteps,
    steps: [],
    reasons: [],
    missing: [],
    leaveUnchecked,
    unchecked: [],
    eligible: true,
  };
}

/** The program's names as message params. */
export function programNames(c: CompiledProgram): { program: string; programEn: string } {
  return { program: c.name.ja, programEn: c.name.en };
}

/** A number the profile must supply ('subsidy.missing-parameter'), named `program.<parameter>`. */
export function missingParameter(
  run: Computation,
  parameter: string,
  labelJa: string,
  labelEn: string,
): Missing {
  const c = run.program;
  const fy = run.fiscalYear;
  const need = `program.${parameter}`;
  return {
    need,
    make: (needs) =>
      subsidyMessages.problem(
        'subsidy.missing-parameter',
        { ...programNames(c), fyJa: fyJa(fy), fyEn: fyEn(fy), labelJa, labelEn, need, needs },
        { path: [parameter], rule: c.rule, source: c.source },
      ),
  };
}

/** The project's income a program deducts or is bound by ('subsidy.missing-income', need 'income'). */
export function missingIncome(run: Computation): Missing {
  const c = run.program;
  return {
    need: 'income',
    make: (needs) =>
      subsidyMessages.problem(
        'subsidy.missing-income',
        { ...programNames(c), need: 'income', needs },
        { path: ['income'], rule: 'X1', ...(c.income === undefined ? {} : { source: c.income.source }) },
      ),
  };
}
