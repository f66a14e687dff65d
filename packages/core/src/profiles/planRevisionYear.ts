import { parseFiscalYear } from '../calendar/parseFiscalYear.js';
import type { FiscalYear } from '../calendar/types.js';
import { err, ok, type Result } from '../problems/Result.js';
import type { Source } from '../sources/Source.js';
import { profileMessages } from './messages.js';
import type { Profile } from './schema.js';

/** The fiscal year a plan is revised in, and the rule it follows. */
export interface PlanRevision {
  readonly document: string;
  readonly fiscalYear: FiscalYear;
  /** The fiscal year of the event the revision follows. */
  readonly eventFiscalYear: FiscalYear;
  readonly source: Source;
}

/**
 * The fiscal year in which a plan of the profile is revised, from when the event it follows
 * happened (RULES T1; 000_0726a29b17f6f262.txt 8 ■基本計画の見直し: 総合計画基本構想の策定の翌年度に
 * 見直します): the event's fiscal year (a date or a fiscal year in any RULES C2 form) plus the
 * plan's `fiscalYearsAfter`. A plan that does not say when it is revised is
 * 'profile.no-revision-rule', never a guessed year.
 *
 * @example
 * planRevisionYear(ichinoseki, '000_0726a29b17f6f262.txt', '令和8年3月25日') //=> ok({ fiscalYear: 2026, eventFiscalYear: 2025, … })
 * planRevisionYear(ichinoseki, '000_0726a29b17f6f262.txt', '令和8年度') //=> ok({ fiscalYear: 2027, … })
 */
export function planRevisionYear(profile: Profile, document: string, adopted: unknown): Result<PlanRevision> {
  const doc = profile.sources.find((d) => d.document === document);
  if (doc === undefined)
    return err(
      profileMessages.problem(
        'profile.unknown-document',
        { document, known: profile.sources.map((d) => d.document).join(', ') },
        { path: ['document'], input: document },
      ),
    );
  const rule = doc.revision;
  if (rule === undefined)
    return err(
      profileMessages.problem(
        'profile.no-revision-rule',
        { document, profile: profile.name.ja, profileEn: profile.name.en },
        { path: ['document'], input: document },
      ),
    );
  // A date, a month or a fiscal year, in any RULES C2 form: its fiscal year (C1).
  const event = parseFiscalYear(adopted, { path: ['adopted'] });
  if (!event.ok) return event;
  return ok({
    document,
    fiscalYear: event.value + rule.fiscalYearsAfter,
    eventFiscalYear: event.value,
    source: rule.source,
  });
}
