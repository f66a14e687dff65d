import type { FiscalYear, PlainDate } from '../calendar/types.js';
import type { EvaluatorKind } from '../evaluation/schema.js';
import type { Bilingual } from '../problems/Problem.js';

/** One item of the framework across all projects (RULES E7): its mean, pooled and per party. */
export interface PublicationItem {
  readonly id: string;
  readonly label: Bilingual;
  /** The group's label (客観的評価検証, 改善策の検討, 協働の原則), when the framework groups items. */
  readonly group?: Bilingual;
  /** Mean of every answer to the item; null when nobody answered it. */
  readonly mean: number | null;
  readonly count: number;
  readonly city: number | null;
  readonly partner: number | null;
  /** Where the item comes from: 'file section (rule)'. */
  readonly source: string;
}

/** One project: the city's and the partner's means side by side (E1), and what else is known. */
export interface PublicationProject {
  readonly project: string;
  readonly form?: string;
  readonly domain?: string;
  readonly city: number | null;
  readonly partner: number | null;
  readonly council: number | null;
  readonly thirdParty: number | null;
  readonly missingEvaluators: readonly EvaluatorKind[];
  readonly gaps: number;
}

/** An item where the city and the partner differ by the gap threshold or more (E7). */
export interface PublicationGap {
  readonly project: string;
  readonly item: string;
  readonly itemLabel: Bilingual;
  readonly city: number;
  readonly partner: number;
  readonly difference: number;
}

/** Plan against actual for one project (E4). */
export interface PublicationPlanActual {
  readonly project: string;
  readonly budget: number;
  readonly actual: number;
  readonly difference: number;
  /** (actual − budget) / budget; null for a zero budget. */
  readonly ratio: number | null;
  readonly over: boolean;
  readonly scale?: {
    readonly planned: number;
    readonly actual: number;
    readonly ratio: number | null;
    readonly over: boolean;
  };
}

/** A group of projects (a form or a domain): evaluation means and money totals. */
export interface PublicationGroup {
  readonly key: string;
  readonly projects: number;
  readonly evaluations: number;
  readonly mean: number | null;
  readonly city: number | null;
  readonly partner: number | null;
  /** Sum of the budgets of its projects that have one; null when none has. */
  readonly budget: number | null;
  readonly actual: number | null;
}

/** Subsidy totals of one program (S-*), as given. */
export interface PublicationSubsidy {
  readonly program: string;
  readonly label: string;
  readonly count: number;
  readonly granted: number | null;
  readonly settled: number | null;
  readonly refund: number | null;
}

/**
 * A publication summary of one fiscal year's evaluations (RULES E1 公表; 001_9b5b631400e119ce.txt
 * 協働の評価・検証、見直し ⑶ 評価・検証結果の公表; 000_0726a29b17f6f262.txt §8): plain data, every
 * number as a number and every label in Japanese and English, which renderSummaryMarkdown and
 * renderSummaryHtml turn into a page to publish as is.
 */
export interface PublicationSummary {
  readonly title: Bilingual;
  readonly publisher?: string;
  readonly profile: { readonly id: string; readonly name: Bilingual };
  readonly fiscalYear: FiscalYear | null;
  /** 令和6年度, or null without a fiscal year. */
  readonly fiscalYearLabel: string | null;
  readonly date: PlainDate;
  /** 令和7年5月30日. */
  readonly dateLabel: string;
  readonly framework: {
    readonly id: string;
    readonly label: Bilingual;
    readonly source: string;
    readonly scale: readonly {
      readonly value: number;
      readonly label: Bilingual;
      readonly spelling: string;
    }[];
    readonly scaleSource: string;
    readonly min: number;
    readonly max: number;
    readonly gapThreshold: number;
    readonly varianceThresholdPercent: number;
  };
  readonly counts: {
    readonly projects: number;
    readonly evaluations: number;
    readonly gaps: number;
    readonly missingEvaluations: number;
    readonly overVariance: number;
  };
  readonly items: readonly PublicationItem[];
  readonly projects: readonly PublicationProject[];
  readonly gaps: readonly PublicationGap[];
  readonly planVersusActual: readonly PublicationPlanActual[];
  readonly byForm: readonly PublicationGroup[];
  readonly byDomain: readonly PublicationGroup[];
  readonly subsidies: readonly PublicationSubsidy[];
  readonly subsidyTotals: {
    readonly count: number;
    readonly granted: number | null;
    readonly settled: number | null;
    readonly refund: number | null;
  } | null;
}
