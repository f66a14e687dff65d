import {
  type Bilingual,
  citationText,
  computeSubsidy,
  explainSubsidy,
  findProgram,
  type InputPaths,
  type Problem,
  parseYen,
  type Settlement,
  type Source,
  type SubsidyStep,
  settleSubsidy,
  type Yen,
} from '@kyodo/core';
import { type Console, sayError } from '../Console.js';
import { profileArg } from '../profileArg.js';
import { formatChoiceWords } from './commandWords.js';
import { problemText } from './problemText.js';
import { commonOptions, startCommand } from './startCommand.js';
import {
  eligibleWords,
  furtherPaymentWords,
  limitedByWords,
  noPositionalsWords,
  priorSyntaxWords,
  programYearWords,
  refundWords,
  requiredFlagWords,
  settlementWords,
  stepWords,
  subsidyWords,
} from './subsidyWords.js';

const spec = {
  profile: { type: 'string' },
  program: { type: 'string' },
  'fiscal-year': { type: 'string' },
  expense: { type: 'string' },
  ineligible: { type: 'string' },
  income: { type: 'string' },
  prior: { type: 'string', multiple: true },
  founded: { type: 'string' },
  'plan-adopted': { type: 'string' },
  advance: { type: 'string' },
  actual: { type: 'string' },
  format: { type: 'string' },
  ...commonOptions,
} as const;

/**
 * `kyodo subsidy` (docs/cli.md "kyodo subsidy"): compute a program's amount for one fiscal year
 * with core computeSubsidy (and settleSubsidy with --advance and --actual), and print whether
 * the recipient is eligible, the amount, what limited it and each step as a sentence with its
 * citation; `--format json` prints the result as data. The flags go to core as written: core
 * reads the fiscal year, the amounts and the dates, and a value it cannot read is said at its
 * flag (SubsidyOptions.inputPaths). Exit 0 on a computation (ineligible included), 2 on bad
 * arguments or a computation the profile lacks a number for.
 */
export async function subsidyCommand(argv: readonly string[], given: Console): Promise<number> {
  const started = startCommand('subsidy', argv, spec, given);
  if ('exit' in started) return started.exit;
  const { term, lang } = started;
  const o = started.args.options;
  const positionals = started.args.positionals;
  if (positionals.length > 0) return usage(term, noPositionalsWords(positionals));
  const format = o.format ?? 'text';
  if (format !== 'text' && format !== 'json') return usage(term, formatChoiceWords(['text', 'json'], format));

  const { program: programArg, 'fiscal-year': fiscalYearArg, expense: expenseArg } = o;
  if (programArg === undefined) return required(term, 'program');
  if (fiscalYearArg === undefined) return required(term, 'fiscal-year');
  if (expenseArg === undefined) return required(term, 'expense');
  const profileName = o.profile ?? programArg.split('/')[0];
  if (profileName === undefined || (o.profile === undefined && !programArg.includes('/')))
    return usage(term, subsidyWords.profileNeeded);
  const profile = await profileArg(profileName, term.cwd);
  if (!profile.ok) return usage(term, problemText(profile.problems, `--profile ${profileName}`));
  const program = findProgram(profile.value, programArg);
  if (!program.ok) return usage(term, problemText(program.problems, `--program ${programArg}`));

  // --prior FY:YEN is the command's own syntax; the fiscal year and the amount are core's to read.
  const prior: { fiscalYear: string; amount: string }[] = [];
  let priorSyntax: Bilingual | undefined;
  for (const entry of o.prior ?? []) {
    const at = entry.search(/[:：]/);
    if (at === -1) {
      priorSyntax = priorSyntaxWords(entry);
      break;
    }
    prior.push({ fiscalYear: entry.slice(0, at), amount: entry.slice(at + 1) });
  }
  const facts: { founded?: string; planAdopted?: string } = {};
  if (o.founded !== undefined) facts.founded = o.founded;
  if (o['plan-adopted'] !== undefined) facts.planAdopted = o['plan-adopted'];
  const ineligible = o.ineligible;
  const income = o.income;
  // Every input as written: core reads 年度, yen and dates, and says which flag it cannot read.
  const request = {
    fiscalYear: fiscalYearArg,
    eligibleExpense: expenseArg,
    ...(ineligible === undefined ? {} : { ineligibleExpense: ineligible }),
    ...(income === undefined ? {} : { income }),
    ...(prior.length === 0 ? {} : { prior }),
    facts,
  };
  const result = computeSubsidy(program.value, request, { inputPaths: FLAG_OF });
  // What cannot be read is said at its flag, in the order of the flags: the fiscal year, the
  // amounts and the prior payments before a --prior not written FY:YEN, the dates after it.
  const unread = result.ok ? undefined : unreadFlag(result.problems);
  if (unread !== undefined && (priorSyntax === undefined || !DATE_FLAGS.has(unread.flag)))
    return usage(term, unread.message);
  if (priorSyntax !== undefined) return usage(term, priorSyntax);
  if (unread !== undefined) return usage(term, unread.message);
  if ((o.advance === undefined) !== (o.actual === undefined))
    return usage(term, subsidyWords.settlementNeedsBoth);
  if (!result.ok) return usage(term, problemText(result.problems));

  let settlement: Settlement | undefined;
  let settlementWarnings: readonly Problem[] = [];
  let actualExpense = 0;
  if (o.advance !== undefined && o.actual !== undefined) {
    // The advance and the actual expense are read here, as numbers: the settlement's text shows
    // them, and its warnings carry the advance as read (`input`) in --format json.
    const advance = readAmount('advance', o.advance);
    if (!advance.ok) return usage(term, advance.message);
    const actual = readAmount('actual', o.actual);
    if (!actual.ok) return usage(term, actual.message);
    // The grant decision is the amount computed on --expense: the settled amount never exceeds it (X1).
    const settled = settleSubsidy(
      program.value,
      {
        fiscalYear: result.value.fiscalYear,
        advance: advance.value,
        actualEligibleExpense: actual.value,
        ...(ineligible === undefined ? {} : { actualIneligibleExpense: ineligible }),
        ...(income === undefined ? {} : { actualIncome: income }),
        ...(result.value.eligible ? { granted: result.value.amount } : {}),
        ...(prior.length === 0 ? {} : { prior }),
        facts,
      },
      { inputPaths: FLAG_OF },
    );
    if (!settled.ok) return usage(term, problemText(settled.problems));
    actualExpense = actual.value;
    settlement = settled.value;
    // Warnings on reading an input again (a date past its era) were the computation's: not repeated.
    settlementWarnings = settled.warnings.filter((w) => !isFlag(w.path[0]));
  }

  const r = result.value;
  const amount = r.eligible ? r.amount : 0;
  if (format === 'json') {
    const json = {
      profile: profile.value.id,
      program: { id: program.value.id, name: program.value.names },
      fiscalYear: r.fiscalYear,
      eligible: r.eligible,
      amount,
      limitedBy: r.limitedBy,
      reasons: r.reasons,
      steps: r.steps,
      ...(settlement === undefined ? {} : { settlement, settlementWarnings }),
    };
    term.out(`${JSON.stringify(json, null, 2)}\n`);
    return 0;
  }
  const lines: string[] = [];
  const say = (text: Bilingual, indent = '') => {
    if (lang !== 'en') lines.push(`${indent}${text.ja}`);
    if (lang !== 'ja') lines.push(`${indent}${lang === 'both' ? '  ' : ''}${text.en}`);
  };
  say(programYearWords(program.value.names, program.value.id, r.fiscalYear));
  lines.push('');
  const limit = r.limitedBy === null ? undefined : limitedByWords[r.limitedBy];
  say(r.eligible ? eligibleWords(amount, limit) : subsidyWords.notEligible);
  for (const reason of r.reasons as readonly (Problem | Bilingual)[]) say(messageOf(reason), '  ');
  lines.push('');
  say(subsidyWords.howComputed);
  // The sentences are core's (explainSubsidy); the numbering and the citation are the command's.
  const sentences = explained(r.steps);
  r.steps.forEach((step, i) => {
    const cite = step.source === undefined ? '' : ` [${citation(step.rule, step.source)}]`;
    say(stepWords(i + 1, sentences[i] ?? step.sentence, cite), '  ');
  });
  if (settlement !== undefined) {
    const s = settlement;
    lines.push('');
    say(settlementWords(s.advance, actualExpense, s.settled));
    if (s.refund > 0) say(refundWords(s.refund), '  ');
    if (s.furtherPayment > 0) say(furtherPaymentWords(s.furtherPayment), '  ');
    if (s.refund === 0 && s.furtherPayment === 0) say(subsidyWords.nothingToSettle, '  ');
    // What the plan does not say (an advance on a program silent on it) and warnings on the advance.
    for (const w of settlementWarnings) say(w.message, '  ');
    // The eligibility steps are those above: the settlement shows only its own.
    const own = s.steps.filter(
      (step) =>
        step.kind === 'amount' ||
        step.kind === 'advance' ||
        step.kind === 'granted' ||
        step.kind === 'settlement',
    );
    const ownSentences = explained(own);
    own.forEach((step, i) => {
      const cite = ` [${citation(step.rule, step.source)}]`;
      say(stepWords(i + 1, ownSentences[i] ?? step.sentence, cite), '  ');
    });
  }
  term.out(`${lines.join('\n')}\n`);
  return 0;
}

/** core's sentences for the steps (explainSubsidy), one per step in both languages. */
function explained(steps: readonly SubsidyStep[]): Bilingual[] {
  const en = explainSubsidy({ steps }, 'en');
  return explainSubsidy({ steps }, 'ja').map((ja, i) => ({ ja, en: en[i] ?? ja }));
}

function required(term: Console, name: string): number {
  return usage(term, requiredFlagWords(name));
}

function usage(term: Console, message: Bilingual): number {
  sayError(term, message);
  return 2;
}

/** The flag of each input of the request, for core's problems (SubsidyOptions.inputPaths). */
const FLAG_OF: InputPaths = {
  fiscalYear: ['--fiscal-year'],
  eligibleExpense: ['--expense'],
  ineligibleExpense: ['--ineligible'],
  actualIneligibleExpense: ['--ineligible'],
  income: ['--income'],
  actualIncome: ['--income'],
  prior: ['--prior'],
  founded: ['--founded'],
  planAdopted: ['--plan-adopted'],
};

/** An amount of the settlement, read as a number, or what cannot be read at its flag. */
function readAmount(
  flag: 'advance' | 'actual',
  text: string,
): { ok: true; value: Yen } | { ok: false; message: Bilingual } {
  const r = parseYen(text, { path: [`--${flag}`] });
  if (r.ok) return { ok: true, value: r.value };
  return { ok: false, message: problemText(r.problems, `--${flag} ${text}`) };
}

/** The dates: read after every --prior, so said after a --prior not written FY:YEN. */
const DATE_FLAGS: ReadonlySet<string> = new Set(['--founded', '--plan-adopted']);

function isFlag(head: string | number | undefined): head is string {
  return typeof head === 'string' && head.startsWith('--');
}

/**
 * The first input core could not read, said at its flag with the text given to it
 * (`--expense 12x: …`): the problems of that one value, as when each flag was read alone.
 */
function unreadFlag(problems: readonly Problem[]): { flag: string; message: Bilingual } | undefined {
  const first = problems.findIndex((p) => isFlag(p.path[0]));
  const p = problems[first];
  if (p === undefined) return undefined;
  const flag = p.path[0] as string;
  const same: Problem[] = [];
  for (const q of problems.slice(first)) {
    if (q.path[0] !== flag || q.input !== p.input) break;
    same.push(q);
  }
  return { flag, message: problemText(same, `${flag} ${String(p.input)}`) };
}

function messageOf(reason: Problem | Bilingual): Bilingual {
  return 'message' in reason ? reason.message : reason;
}

/** The rule and the plan's title and section, as staff read them (never a file name). */
function citation(rule: string | undefined, source: Source): string {
  return [rule, citationText(source).ja].filter((s) => s !== undefined).join('; ');
}
