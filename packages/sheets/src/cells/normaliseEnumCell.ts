import {
  type EvaluatorKind,
  type Form,
  findProgram,
  matchKey,
  type Organiser,
  type Profile,
  type Program,
  parseEvaluator,
  parseOrganiser,
  resolveForm,
} from '@kyodo/core';
import type { CellValue } from '../grid/Grid.js';
import { type Cell, type CellOptions, invalid, precheck, read, unexpectedType } from './Cell.js';

type Resolver<T> = (
  text: string,
) => { ok: true; value: T; warnings: readonly unknown[] } | { ok: false; problems: readonly unknown[] };

function enumCell<T>(
  raw: CellValue,
  options: CellOptions | undefined,
  expected: string,
  resolve: (text: string) => ReturnType<Resolver<T>>,
): Cell<T> {
  const pre = precheck(raw, options);
  if (pre !== undefined) return pre;
  if (typeof raw !== 'string' && typeof raw !== 'number') return unexpectedType(raw, expected);
  const r = resolve(String(raw));
  return r.ok ? read(raw, r.value, r.warnings as never) : invalid(raw, r.problems as never);
}

/**
 * Read a form of cooperation (RULES F1–F3) through core resolveForm: the profile's forms and
 * their synonyms (委託 = 事業委託, 補助金 = 補助・助成 …), tolerant of width, spaces and brackets.
 *
 * @example
 * normaliseFormCell('補助金', toride) //=> { status: 'value', value: { id: 'hojo', … }, … }
 */
export function normaliseFormCell(raw: CellValue, profile: Profile, options?: CellOptions): Cell<Form> {
  return enumCell(raw, options, 'a form of cooperation / 協働の形態', (t) => resolveForm(profile, t));
}

/**
 * Read who organises (主催, RULES R1, R2) through core parseOrganiser: 市 -> 'city',
 * 市民 / 団体 -> 'citizen', 共同 -> 'joint'; with the profile, its city's name (取手市) and its
 * actors' names (一関市's 協議会, 〇〇地区まちづくり協議会: the regional body) are read too.
 *
 * @example
 * normaliseOrganiserCell('共同') //=> { status: 'value', value: 'joint', … }
 * normaliseOrganiserCell('取手市', { profile: toride }) //=> { status: 'value', value: 'city', … }
 */
export function normaliseOrganiserCell(
  raw: CellValue,
  options?: CellOptions & { readonly profile?: Profile },
): Cell<Organiser> {
  const profile = options?.profile;
  return enumCell(raw, options, 'an organiser / 主催', (t) =>
    profile === undefined ? parseOrganiser(t) : parseOrganiser(t, { profile }),
  );
}

/**
 * Read who evaluated (RULES E1) through core parseEvaluator: 市, 団体, 協働推進会議, 第三者.
 *
 * @example
 * normaliseEvaluatorCell('協働相手') //=> { status: 'value', value: 'partner', … }
 */
export function normaliseEvaluatorCell(raw: CellValue, options?: CellOptions): Cell<EvaluatorKind> {
  return enumCell(raw, options, 'an evaluator / 評価者', (t) => parseEvaluator(t));
}

/**
 * Read a support program (RULES S-*) through core findProgram: its ID or its Japanese name.
 *
 * @example
 * normaliseProgramCell('地域協働体支援事業費補助金', ichinoseki) //=> { status: 'value', value: { id: 'ichinoseki/kyodotai-shien', … }, … }
 */
export function normaliseProgramCell(raw: CellValue, profile: Profile, options?: CellOptions): Cell<Program> {
  return enumCell(raw, options, 'a program / 補助事業', (t) => findProgram(profile, t));
}

/** An actor of the profile (RULES D4) as read from a cell. */
export interface ActorMatch {
  readonly id: string;
  readonly label: string;
}

/**
 * Read an actor type (主体区分, RULES D4) against the profile's actors: their labels, synonyms
 * and examples, width and spaces folded. A text the profile does not know is returned as
 * unknown (id null) rather than an error: actor types are descriptive, not checked by a rule.
 *
 * @example
 * normaliseActorCell('ＮＰＯ法人', toride) //=> { status: 'value', value: { id: 'shimin-katsudo-dantai', … }, … }
 */
export function normaliseActorCell(
  raw: CellValue,
  profile: Profile,
  options?: CellOptions,
): Cell<ActorMatch | { readonly id: null; readonly label: string }> {
  const pre = precheck(raw, options);
  if (pre !== undefined) return pre;
  if (typeof raw !== 'string') return unexpectedType(raw, 'an actor / 主体区分');
  const key = matchKey(raw);
  for (const actor of profile.actors) {
    const names = [actor.label.ja, actor.label.en, ...(actor.synonyms ?? []), ...(actor.examples ?? [])];
    if (names.some((n) => matchKey(n) === key)) return read(raw, { id: actor.id, label: actor.label.ja });
  }
  return read(raw, { id: null, label: raw.trim() });
}
