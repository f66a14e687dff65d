import type { FiscalYear } from '../calendar/types.js';
import type { Yen } from '../money/types.js';
import type { Bilingual, Problem } from '../problems/Problem.js';
import type { RuleId, Source } from '../sources/Source.js';
import type { Program } from '../subsidies/schema.js';
import type { PriorPayment, SubsidyFacts, SubsidyResult } from '../subsidies/types.js';
import type { ReviewFramework } from './schema.js';

/**
 * One reviewer's marks on one application (RULES X3), as a review sheet holds them: the
 * points per criterion (keyed by criterion ID, label or header alias; a number or text such as
 * '４', '4点'), the reviewer's total as written (on a sheet with one column per reviewer, the
 * only figure), and whether the reviewer has a conflict of interest (利害関係) on it.
 */
export interface Review {
  readonly reviewer: string;
  /** The application's ID (受付番号, or what the caller keys applications by). */
  readonly application: string;
  readonly scores?: Readonly<Record<string, unknown>>;
  /** The reviewer's total as written (合計); checked against the points when both are given. */
  readonly total?: unknown;
  /** A conflict of interest: the reviewer is left out of this application (RULES X3). */
  readonly conflict?: boolean;
}

/** The input of scoreReview: one application, its reviews, and the panel. */
export interface ReviewInput {
  readonly application: string;
  /** The reviews of this application (reviews of other applications are not read). */
  readonly reviews: readonly Review[];
  /**
   * The reviewers on the panel; absent = those with a review of this application. With
   * 'total', a reviewer left out counts as the others' average, so the panel's size matters.
   */
  readonly panel?: readonly string[];
}

/** What scoreReview made of one reviewer's marks. */
export interface ReviewerScore {
  readonly reviewer: string;
  /** The reviewer's weighted total (Σ weight × points), or null when left out. */
  readonly total: number | null;
  /** Whether the total counts in the application's score. */
  readonly counted: boolean;
  /** Left out for a conflict of interest (利害関係). */
  readonly conflict: boolean;
}

/** What a step of a review is about. */
export type ReviewStepKind = 'reviewer' | 'conflict' | 'combine' | 'threshold' | 'rank' | 'subsidy' | 'award';

/**
 * One step of a review (the trace is data, as the subsidy engine's): the rule it applies (RULES
 * X3, or the program's rule), the citation of the parameter it read, its inputs and result, and
 * one Japanese and one English sentence.
 */
export interface ReviewStep {
  readonly kind: ReviewStepKind;
  readonly rule: RuleId;
  readonly source: Source;
  readonly inputs: Readonly<Record<string, number | string | boolean | null>>;
  readonly result: number | string | boolean | null;
  readonly sentence: Bilingual;
}

/**
 * The score of one application (RULES X3): each panel member's total, how many counted, the
 * mean of the counted totals, the score by the framework's `combine` (the mean, or the panel's
 * total with the others' average standing in for a reviewer left out), its maximum, the
 * threshold in the same points, whether it passes (score ≥ threshold), and the steps.
 */
export interface ReviewScore {
  readonly application: string;
  readonly reviewers: readonly ReviewerScore[];
  readonly counted: number;
  readonly mean: number;
  readonly score: number;
  readonly maximum: number;
  readonly threshold: number;
  readonly passed: boolean;
  readonly steps: readonly ReviewStep[];
}

/**
 * An application to rank (RULES X3): its ID, the project and the applicant as written, the
 * amount requested (申請額) and, for a framework that names a program, what the subsidy engine
 * needs: the eligible expense (補助対象経費), the fiscal year (or the ranking's), earlier
 * payments and facts.
 */
export interface Application {
  readonly id: string;
  readonly name?: string;
  readonly applicant?: string;
  /** 申請額: whole yen, a number or text RULES C3 allows ('300,000円'). */
  readonly requested: Yen | string;
  readonly eligibleExpense?: Yen | string;
  readonly ineligibleExpense?: Yen | string;
  readonly fiscalYear?: FiscalYear | string;
  readonly prior?: readonly PriorPayment[];
  readonly facts?: SubsidyFacts;
}

/** What rankApplications needs besides the data: the framework, the program, the fiscal year. */
export interface RankOptions {
  readonly framework: ReviewFramework;
  /**
   * The program the framework names (findProgram on the profile). Required when the framework
   * names one; an award is then what computeSubsidy allows, never above the request.
   */
  readonly program?: Program;
  /** The fiscal year applied for, when the applications do not give theirs. */
  readonly fiscalYear?: FiscalYear | string;
  /** The reviewers on the panel; absent = every reviewer with a review. */
  readonly panel?: readonly string[];
}

/**
 * What happened to an application: funded in full, funded reduced (減額) to what was left of the
 * budget, or not funded — below the threshold, not eligible under the program, or no budget left
 * (refused by the reduction rule, or nothing left).
 */
export type Outcome = 'funded' | 'reduced' | 'below-threshold' | 'not-eligible' | 'no-budget';

/** One application in the ranking (RULES X3). */
export interface RankedApplication {
  readonly application: string;
  readonly name?: string;
  readonly applicant?: string;
  readonly requested: Yen;
  /** 1 is the best; applications the tie rule cannot tell apart share a rank. */
  readonly rank: number;
  readonly score: number;
  readonly maximum: number;
  readonly passed: boolean;
  /** The amount the program allows (computeSubsidy), or null when the framework names none. */
  readonly computed: Yen | null;
  /** What would be awarded with budget enough: the request, or the program's amount when lower. */
  readonly basis: Yen;
  /** The amount awarded, whole yen; never above the basis. */
  readonly award: Yen;
  readonly outcome: Outcome;
  readonly review: ReviewScore;
  /** The subsidy engine's answer, with its own steps, when the framework names a program. */
  readonly subsidy?: SubsidyResult;
  /** The review's steps, then the rank, the program's amount and the award. */
  readonly steps: readonly ReviewStep[];
}

/** The ranking of a review round (RULES X3): every application in rank order, and the budget spent. */
export interface Ranking {
  readonly framework: string;
  readonly budget: Yen;
  /** Σ award, never above the budget. */
  readonly awarded: Yen;
  readonly remaining: Yen;
  readonly applications: readonly RankedApplication[];
  /** Notes on the round as a whole (a tie the rule could not resolve). */
  readonly notes: readonly Problem[];
}
