import type { RuleId, Source } from '../sources/Source.js';
import type { Path, Problem, ProblemParams, Severity } from './Problem.js';

/** One entry of a message catalogue: how to say a code in each language. */
export interface MessageEntry<P extends ProblemParams = ProblemParams> {
  readonly severity: Severity;
  readonly ja: (params: P) => string;
  readonly en: (params: P) => string;
  /** One line for the documented catalogue of codes (docs/): what the code means, in English. */
  readonly summary: string;
  /** The same line in Japanese: docs/issue-codes.md shows it first. */
  readonly summaryJa: string;
  /** 対処: what staff do about it, in each language (docs/issue-codes.md). */
  readonly action: { readonly ja: string; readonly en: string };
  readonly rule?: RuleId;
  readonly source?: Source;
}

/** A catalogue: code -> entry. Each concept folder exports its own. */
// biome-ignore lint/suspicious/noExplicitAny: entries differ in their params; `problem` recovers each one's type
export type MessageCatalogue = Readonly<Record<string, MessageEntry<any>>>;

/** Where and what, for one problem. */
export interface ProblemPlace {
  readonly path?: Path;
  readonly input?: unknown;
  /** Overrides the entry's rule, for a code shared by several rules. */
  readonly rule?: RuleId;
  readonly source?: Source;
}

type ParamsOf<E> = E extends MessageEntry<infer P> ? P : never;

/**
 * Define a message catalogue and get a typed problem factory for it.
 *
 * @example
 * const calendarMessages = defineMessages({
 *   'calendar.impossible-date': {
 *     severity: 'error', summary: 'A date that does not exist', rule: 'C2',
 *     summaryJa: '存在しない日付です',
 *     action: { ja: '日付を確かめて直してください', en: 'Check the date and correct it' },
 *     ja: (p: { text: string }) => `「${p.text}」は存在しない日付です`,
 *     en: (p: { text: string }) => `"${p.text}" is not a real date`,
 *   },
 * });
 * calendarMessages.problem('calendar.impossible-date', { text: '2月30日' }, { input: '2月30日' });
 */
// biome-ignore lint/suspicious/noExplicitAny: as above, each entry keeps its own params type
export function defineMessages<C extends Record<string, MessageEntry<any>>>(catalogue: C) {
  function problem<K extends keyof C & string>(
    code: K,
    params: ParamsOf<C[K]>,
    place: ProblemPlace = {},
  ): Problem {
    const entry = catalogue[code] as MessageEntry<ParamsOf<C[K]>>;
    const rule = place.rule ?? entry.rule;
    const source = place.source ?? entry.source;
    return {
      code,
      severity: entry.severity,
      path: place.path ?? [],
      ...('input' in place ? { input: place.input } : {}),
      params,
      message: { ja: entry.ja(params), en: entry.en(params) },
      ...(rule === undefined ? {} : { rule }),
      ...(source === undefined ? {} : { source }),
    };
  }
  return { catalogue: catalogue as C & MessageCatalogue, problem };
}

/** A problem moved under a path prefix: ['programs', 2] + ['rate'] -> ['programs', 2, 'rate']. */
export function atPath(problem: Problem, prefix: Path): Problem {
  return { ...problem, path: [...prefix, ...problem.path] };
}
