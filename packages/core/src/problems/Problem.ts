import type { RuleId, Source } from '../sources/Source.js';

/** Text in Japanese (first) and English. */
export interface Bilingual {
  readonly ja: string;
  readonly en: string;
}

/** Severity in spreadsheet words: error (エラー), warning (注意), info (情報). */
export type Severity = 'error' | 'warning' | 'info';

/** Structured parameters of a problem: what a message is rendered from. */
export type ProblemParams = Readonly<Record<string, string | number | boolean | null>>;

/** A place in the input: property names and indexes, outermost first. */
export type Path = readonly (string | number)[];

/**
 * A problem found in user data, as data: a stable code, where, what was seen, and a message
 * in Japanese and English rendered from the code's catalogue entry. Expected failures (a bad
 * cell, an ineligible applicant) are returned as Problems, never thrown.
 */
export interface Problem {
  /** Stable code, `concept.what`: 'calendar.impossible-date', 'money.fraction-of-yen'. */
  readonly code: string;
  readonly severity: Severity;
  /** Where in the input: ['programs', 0, 'rate'], or [] for a single value. */
  readonly path: Path;
  /** The raw value seen, when there is one. */
  readonly input?: unknown;
  /** The parameters the message was rendered from. */
  readonly params: ProblemParams;
  readonly message: Bilingual;
  /** The rule (its ID, docs/rules.md) the check comes from. */
  readonly rule?: RuleId;
  /** The document and section the check comes from. */
  readonly source?: Source;
}
