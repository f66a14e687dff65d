import type { FiscalYear, PlainDate } from '../calendar/types.js';
import type { Rate, Yen } from '../money/types.js';
import type { Bilingual, Path, Problem } from '../problems/Problem.js';
import type { RuleId, Source } from '../sources/Source.js';
import type { Program } from './schema.js';

/** What a recipient received under the same program in an earlier fiscal year (RULES S-ichinoseki-1 caps). */
export interface PriorPayment {
  /** An earlier fiscal year: a FiscalYear or any RULES C2 form ('平成26年度', 'H26', 2014). */
  readonly fiscalYear: FiscalYear | string;
  /** Whole yen received in that fiscal year (settled amount). */
  readonly amount: Yen | string;
}

/**
 * A day as a caller has it, read by parseDate (RULES C2): a PlainDate or any C2 text
 * ('令和6年4月1日', 'R6.4.1'), a Sheets/Excel date serial, a JS Date, or a sheet's date cell.
 */
export type DateInput = PlainDate | number | Date | { readonly kind: 'date'; readonly iso: string };

/** Facts that eligibility conditions read (RULES S-ichinoseki-1, S-ichinoseki-4). */
export interface SubsidyFacts {
  /** The day the applicant (for goi-keisei: its 設立準備会) started: a PlainDate or any C2 date form. */
  readonly founded?: DateInput;
  /** The day the applicant adopted its 地域づくり計画; absent = not adopted (yet). */
  readonly planAdopted?: DateInput;
  /**
   * The applicant's type as written ('地域協働体'), compared tolerant of width and spaces; absent
   * or blank = computed as the program's applicant (the step says so).
   */
  readonly applicantType?: string;
}

/** The input of `computeSubsidy` (RULES S-*, C2, C3). Amounts are whole yen (numbers, or strings RULES C3 allows). */
export interface SubsidyRequest {
  /** The fiscal year applied for: a FiscalYear (2014) or any RULES C2 form ('平成26年度', 'R6'). */
  readonly fiscalYear: FiscalYear | string;
  /** 補助対象経費: the expense the program covers. */
  readonly eligibleExpense: Yen | string;
  /** 対象外経費: shown, never part of the base (RULES S-common). */
  readonly ineligibleExpense?: Yen | string;
  /** 事業収入: needed by a program that deducts it or is bound by it (RULES X1); 0 when none. */
  readonly income?: Yen | string;
  /** Amounts received under the same program in earlier fiscal years (caps across years). */
  readonly prior?: readonly PriorPayment[];
  readonly facts?: SubsidyFacts;
}

/**
 * Options of `computeSubsidy` and `settleSubsidy`. `steps: false` skips building the steps (for
 * callers that check many rows and explain only a few): the result is the same in every field
 * except `steps`, which is empty. Default: the steps are built.
 */
export interface SubsidyOptions {
  readonly steps?: boolean;
  /**
   * A fact an eligibility condition needs and the request lacks (the founding date of 事業1):
   * 'need' (default) — the computation stops with 'subsidy.missing-fact'; 'unchecked' — the
   * condition is left unchecked, said by the reason 'subsidy.condition-unchecked' and listed in
   * `unchecked`, and everything else is computed (a ledger without a 設立日 column still checks
   * the limits and the caps across years).
   */
  readonly unknownFacts?: 'need' | 'unchecked';
  /**
   * Where the caller took each input from, for the problems that say an input cannot be read:
   * a flag (`{ eligibleExpense: ['--expense'] }`), a cell, an argument of a formula. The problem's
   * path, and the place its message names, are then the caller's; an input not listed is named
   * by its field in the request ('eligibleExpense', ['prior', 0, 'amount']). Only reading
   * problems move: the computation's own (a prior fiscal year not earlier, a limit reached)
   * keep the request's field names.
   */
  readonly inputPaths?: InputPaths;
}

/**
 * The place of each input of `computeSubsidy` and `settleSubsidy` (SubsidyOptions.inputPaths).
 * `prior` is where every prior payment was given (a flag repeated, a column), its fiscal year
 * and its amount alike; `founded` and `planAdopted` are the facts of the same names.
 */
export type InputPaths = Partial<
  Record<
    | 'fiscalYear'
    | 'eligibleExpense'
    | 'ineligibleExpense'
    | 'income'
    | 'prior'
    | 'founded'
    | 'planAdopted'
    | 'advance'
    | 'actualEligibleExpense'
    | 'actualIneligibleExpense'
    | 'granted'
    | 'actualIncome',
    Path
  >
>;

/**
 * What determined the amount: the rate applied to the eligible expense ('rate'), the expense
 * itself at a 100% rate ('expense'), a fixed amount ('fixed', 定額), the expense less the project's
 * income ('income', X1), the limit per fiscal year ('annual-limit'), what is left of
 * a total over several fiscal years ('cap-total'); null when not eligible (a fiscal year past
 * the program's number of years included: 'subsidy.cap-years' is then the reason).
 */
export type LimitedBy = 'rate' | 'expense' | 'fixed' | 'income' | 'annual-limit' | 'cap-total' | null;

/** What a step of a computation is about (RULES S-*, S-common, X1). */
export type StepKind =
  | 'years'
  | 'applicant'
  | 'founded-by'
  | 'before-plan-adopted'
  | 'base'
  | 'rate'
  | 'fixed'
  | 'income-bound'
  | 'annual-limit'
  | 'cap-years'
  | 'cap-total'
  | 'amount'
  | 'granted'
  | 'advance'
  | 'settlement';

/** A value a step read or produced: yen, a fiscal year, a date, a rate, a flag. */
export type StepValue = number | string | boolean | null | Rate;

/**
 * One step of a computation (the trace is data: docs/contributing.md "Conventions"): the rule it applies, the
 * document and section (or the dated value's citation), its inputs and result, and one
 * Japanese and one English sentence. `sentence` is rendered when read (and by `toJSON`).
 */
export interface SubsidyStep {
  readonly kind: StepKind;
  readonly rule: RuleId;
  readonly source: Source;
  readonly inputs: Readonly<Record<string, StepValue>>;
  readonly result: StepValue;
  readonly sentence: Bilingual;
}

/**
 * The answer of `computeSubsidy`: whether the applicant is eligible in this fiscal year, the
 * amount in whole yen (0 when not eligible), what limited it, the reasons (why not eligible, a
 * cap reached, a plan adopted during the year) and every step.
 */
export interface SubsidyResult {
  /** The program's ID. */
  readonly program: string;
  readonly fiscalYear: FiscalYear;
  /** False when outside the program's years, an ineligible applicant or a condition not met. */
  readonly eligible: boolean;
  readonly amount: Yen;
  readonly limitedBy: LimitedBy;
  /** Why not eligible, and notes on caps (each with code, messages, rule and source). */
  readonly reasons: readonly Problem[];
  readonly steps: readonly SubsidyStep[];
  /** Facts whose condition was left unchecked (`unknownFacts: 'unchecked'`): 'facts.founded'. */
  readonly unchecked?: readonly string[];
}

/** The input of `settleSubsidy` (RULES S-common, X1). */
export interface SettlementRequest {
  readonly fiscalYear: FiscalYear | string;
  /** 前金払 / 概算払 already paid; 0 when none. */
  readonly advance: Yen | string;
  /** Actual eligible expense (実績). */
  readonly actualEligibleExpense: Yen | string;
  readonly actualIneligibleExpense?: Yen | string;
  /** Actual 事業収入, for a program that deducts it or is bound by it (RULES X1). */
  readonly actualIncome?: Yen | string;
  /** The granted amount (交付決定額): the settled amount never exceeds it (X1). */
  readonly granted?: Yen | string;
  readonly prior?: readonly PriorPayment[];
  readonly facts?: SubsidyFacts;
}

/**
 * The answer of `settleSubsidy`: the amount computed from actual expenses, the settled amount
 * (never above the grant), and the refund (返還) or the further payment, with every step.
 */
export interface Settlement {
  readonly program: string;
  readonly fiscalYear: FiscalYear;
  readonly eligible: boolean;
  /** The amount the actual expenses give (computeSubsidy on them). */
  readonly computed: Yen;
  /** The granted amount, when given. */
  readonly granted: Yen | null;
  /** min(computed, granted). */
  readonly settled: Yen;
  readonly advance: Yen;
  /** advance − settled when positive (返還額), else 0. */
  readonly refund: Yen;
  /** settled − advance when positive (追加交付額), else 0. */
  readonly furtherPayment: Yen;
  /** What limited the settled amount: those of computeSubsidy, or 'granted'. */
  readonly limitedBy: LimitedBy | 'granted';
  readonly reasons: readonly Problem[];
  readonly steps: readonly SubsidyStep[];
}

/** Anything with programs (RULES S): a Profile, or `{ programs }` built by hand. */
export interface HasPrograms {
  readonly programs: readonly Program[];
}
