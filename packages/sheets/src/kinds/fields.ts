import type { Bilingual } from '@kyodo/core';
import type { SheetKind } from '../report/Report.js';

/** How a field's cells are read (docs/sheets.md "How a sheet is read": values). */
export type FieldType =
  | 'text'
  | 'yen'
  | 'fiscal-year'
  | 'date'
  | 'period'
  | 'form'
  | 'organiser'
  | 'actor'
  | 'program'
  | 'evaluator'
  | 'level'
  | 'number'
  | 'points'
  | 'mark';

/** One column a kind reads: its field name, whether it is required, its label and type. */
export interface FieldSpec {
  readonly field: string;
  readonly required: boolean;
  /** The field's name in Japanese (its first example header) and English. */
  readonly label: Bilingual;
  readonly type: FieldType;
  /**
   * A bracketed qualifier that sends a header matching this field to another field: 実施期間（開始）
   * is the start, 事業費（実績） the actual cost.
   */
  readonly qualified?: Readonly<Record<string, string>>;
}

const f = (
  field: string,
  type: FieldType,
  ja: string,
  en: string,
  required = false,
  qualified?: Readonly<Record<string, string>>,
): FieldSpec => ({
  field,
  required,
  label: { ja, en },
  type,
  ...(qualified === undefined ? {} : { qualified }),
});

const START_END = {
  開始: 'start',
  始期: 'start',
  開始日: 'start',
  自: 'start',
  終了: 'end',
  終期: 'end',
  終了日: 'end',
  至: 'end',
};
const PLAN_ACTUAL = { 実績: 'actual', 決算: 'actual', 精算: 'actual' };

/**
 * The fields of each kind of sheet, as docs/sheets.md lists them (required ones marked).
 * Header texts come from the profile's `headers` (kind -> field -> aliases); an evaluation
 * sheet also has one field per item of the profile's framework (`item:<id>`), and a review
 * sheet one per criterion of the profile's review framework (`criterion:<id>`, RULES X3),
 * added at detection time. A review sheet kept with one column per reviewer (委員A, 委員B …)
 * has no 審査員 column: its reviewer columns are found by their headers.
 */
export const KIND_FIELDS: Readonly<Record<SheetKind, readonly FieldSpec[]>> = {
  projects: [
    f('name', 'text', '事業名', 'project name', true),
    f('department', 'text', '担当課', 'department'),
    f('partner', 'text', '協働相手', 'partner', true),
    f('partnerType', 'actor', '主体区分', 'partner type'),
    f('form', 'form', '協働の形態', 'form of cooperation', true),
    f('organiser', 'organiser', '主催', 'organiser'),
    f('fiscalYear', 'fiscal-year', '年度', 'fiscal year'),
    f('start', 'date', '開始日', 'start date'),
    f('end', 'date', '終了日', 'end date'),
    f('period', 'period', '実施期間', 'period (start–end in one cell)', false, START_END),
    f('budget', 'yen', '予算額', 'budget', false, PLAN_ACTUAL),
    f('actual', 'yen', '決算額', 'actual cost'),
    f('cityShare', 'yen', '市負担額', 'city share'),
  ],
  subsidies: [
    f('recipient', 'text', '団体名', 'recipient', true),
    f('program', 'program', '補助事業', 'program', true),
    f('fiscalYear', 'fiscal-year', '年度', 'fiscal year', true),
    f('eligibleExpense', 'yen', '補助対象経費', 'eligible expense', true),
    f('ineligibleExpense', 'yen', '対象外経費', 'ineligible expense'),
    f('requested', 'yen', '申請額', 'requested amount'),
    f('granted', 'yen', '交付決定額', 'granted amount'),
    f('advance', 'yen', '前金払額', 'advance'),
    f('actualExpense', 'yen', '実績額', 'actual eligible expense'),
    f('settled', 'yen', '確定額', 'settled amount'),
    f('refund', 'yen', '返還額', 'refund'),
    f('income', 'yen', '事業収入', 'project income'),
    f('founded', 'date', '設立日', 'founding date'),
    f('planAdopted', 'date', '計画策定日', 'plan adoption date'),
  ],
  evaluations: [
    f('project', 'text', '事業名', 'project', true),
    f('evaluator', 'evaluator', '評価者', 'evaluator', true),
    f('comment', 'text', '所見', 'comment'),
  ],
  'regional-plan': [
    f('item', 'text', '実施項目', 'item', true),
    f('project', 'text', '実施事業', 'project', true),
    f('implementer', 'text', '実施主体', 'implementer', true),
  ],
  indicators: [
    f('item', 'text', '取組項目', 'item', true),
    f('fiscalYear', 'fiscal-year', '年度', 'fiscal year', true),
    f('target', 'number', '目標', 'target', true),
    f('actual', 'number', '実績', 'actual'),
  ],
  reviews: [
    f('name', 'text', '事業名', 'project', true),
    f('application', 'text', '受付番号', 'application number'),
    f('applicant', 'text', '申請団体', 'applicant'),
    f('requested', 'yen', '申請額', 'amount requested'),
    f('eligibleExpense', 'yen', '補助対象経費', 'eligible expense'),
    f('fiscalYear', 'fiscal-year', '年度', 'fiscal year'),
    f('reviewer', 'text', '審査員', 'reviewer'),
    f('total', 'points', '合計', 'total points'),
    f('mean', 'points', '平均', 'mean points'),
    f('conflict', 'mark', '利害関係', 'conflict of interest'),
    f('comment', 'text', '講評', 'comment'),
  ],
};

/** The kinds, in the order of docs/sheets.md, then the review sheet (RULES X3). */
export const SHEET_KINDS: readonly SheetKind[] = [
  'projects',
  'subsidies',
  'evaluations',
  'regional-plan',
  'indicators',
  'reviews',
];

export { KIND_LABELS } from './kindWords.js';
