import type { DocumentFile } from './documents.js';

/**
 * IDs of the rule catalogue (docs/rules.md). A rule is cited by its ID and by the document
 * and section it comes from.
 */
export type RuleId =
  | 'C1'
  | 'C2'
  | 'C3'
  | 'C4'
  | 'D1'
  | 'D2'
  | 'D3'
  | 'D4'
  | 'D5'
  | 'D6'
  | 'P1'
  | 'P2'
  | 'P3'
  | 'P4'
  | 'P5'
  | 'P6'
  | 'F1'
  | 'F2'
  | 'F3'
  | 'R1'
  | 'R2'
  | 'G1'
  | 'G2'
  | 'G3'
  | 'G4'
  | 'S-ichinoseki-1'
  | 'S-ichinoseki-4'
  | 'S-ichinoseki-5'
  | 'S-ichinoseki-6'
  | 'S-toride-1'
  | 'S-common'
  | 'E1'
  | 'E2'
  | 'E3'
  | 'E4'
  | 'E5'
  | 'E6'
  | 'E7'
  | 'E8'
  | 'T1'
  | 'T2'
  | 'X1'
  | 'X2'
  | 'X3';

/** Every rule ID of docs/rules.md, in catalogue order. */
export const RULE_IDS: readonly RuleId[] = [
  'C1',
  'C2',
  'C3',
  'C4',
  'D1',
  'D2',
  'D3',
  'D4',
  'D5',
  'D6',
  'P1',
  'P2',
  'P3',
  'P4',
  'P5',
  'P6',
  'F1',
  'F2',
  'F3',
  'R1',
  'R2',
  'G1',
  'G2',
  'G3',
  'G4',
  'S-ichinoseki-1',
  'S-ichinoseki-4',
  'S-ichinoseki-5',
  'S-ichinoseki-6',
  'S-toride-1',
  'S-common',
  'E1',
  'E2',
  'E3',
  'E4',
  'E5',
  'E6',
  'E7',
  'E8',
  'T1',
  'T2',
  'X1',
  'X2',
  'X3',
];

/**
 * On what a value rests (docs/rules.md "計画が定めていないこと"): 'plan' — the cited document
 * states it; 'kyodo' — the documents are silent and kyodo ships a default (a 4-level scale,
 * 円未満切り捨て, a 20% variance); 'municipality' — the plan is silent and the municipality's
 * profile sets its own value (its choice, cited to its own 要綱 or decision).
 */
export type Basis = 'plan' | 'kyodo' | 'municipality';

/**
 * Where a rule, a number or a label comes from: a document and its section, or, for a default
 * the documents do not give, `document: 'kyodo'` and the reason; `basis` says whether the plan
 * states the value, kyodo assumes it or the municipality chose it (see basisOf).
 *
 * @example
 * const src: Source = { document: '002_5a3cd8c23b61ef14.txt', section: '8-2-1 事業4', rule: 'S-ichinoseki-4' };
 */
export interface Source {
  /** A plan's file name (docs/rules.md "Source documents"), 'kyodo' for a library default, or a user's own document. */
  readonly document: DocumentFile | 'kyodo' | (string & {});
  /** Section as the document numbers it: '§6', '第3章(2)', '8-1-4 事業1'. */
  readonly section: string;
  /** The rule (its ID, docs/rules.md) this encodes. */
  readonly rule?: RuleId;
  /** A short note: why a default was chosen, how a table was read. */
  readonly note?: string;
  /** On what the value rests; absent: 'kyodo' for document 'kyodo', else 'plan' (basisOf). */
  readonly basis?: Basis;
}

/** Build a Source; `basis` only where it is not the one basisOf would give. */
export function cite(
  document: Source['document'],
  section: string,
  rule?: RuleId,
  note?: string,
  basis?: Basis,
): Source {
  return {
    document,
    section,
    ...(rule === undefined ? {} : { rule }),
    ...(note === undefined ? {} : { note }),
    ...(basis === undefined ? {} : { basis }),
  };
}
