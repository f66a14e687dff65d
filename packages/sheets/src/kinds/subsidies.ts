import {
  computeSubsidy,
  explainSubsidy,
  type FiscalYear,
  type PlainDate,
  type PriorPayment,
  type Problem,
  type Program,
  type Result,
  type SettlementRequest,
  type SubsidyFacts,
  type SubsidyOptions,
  type SubsidyRequest,
  type SubsidyResult,
  type SubsidyStep,
  settleSubsidy,
  unitFromHeader,
  type Yen,
} from '@kyodo/core';
import { normaliseDateCell } from '../cells/normaliseDateCell.js';
import { normaliseProgramCell } from '../cells/normaliseEnumCell.js';
import { normaliseFiscalYearCell } from '../cells/normaliseFiscalYearCell.js';
import { normaliseTextCell } from '../cells/normaliseTextCell.js';
import { fastYen, normaliseYenCell } from '../cells/normaliseYenCell.js';
import { finding } from '../report/Finding.js';
import { sheetsMessages } from '../report/sheetsMessages.js';
import {
  type ColumnValues,
  columnMissing,
  fastText,
  type KindContext,
  rawAt,
  readColumn,
  requiredColumns,
  specOf,
} from './context.js';
import { KeyIndex } from './KeyIndex.js';
import { sameKey } from './sameKey.js';

/** Totals of one program in one fiscal year (docs/sheets.md subsidies scores). */
export interface SubsidyTotal {
  readonly program: string;
  readonly programName: string;
  readonly fiscalYear: FiscalYear;
  readonly rows: number;
  readonly eligibleExpense: Yen;
  readonly requested: Yen;
  readonly granted: Yen;
  readonly settled: Yen;
  readonly refund: Yen;
  /** Sum of what the formula allows (core computeSubsidy) over the rows it could compute. */
  readonly allowed: Yen;
  /** Rows the formula could be computed for. */
  readonly computed: number;
}

/**
 * One row's computation: eligibility, the amount the formula allows and what limited it. The
 * steps with their citations come from core explainSubsidy on the same inputs; an issue about
 * the amount carries the explanation in its message.
 */
export interface SubsidyRowResult {
  readonly row: number;
  readonly recipient: string;
  readonly program: string;
  readonly fiscalYear: FiscalYear;
  /** null when the formula could not be computed (a parameter or fact missing: see the row's issues). */
  readonly eligible: boolean | null;
  readonly allowed: Yen | null;
  readonly limitedBy: SubsidyResult['limitedBy'];
  /** The row's own amounts as the ledger gives them (null where the cell is empty). */
  readonly granted: Yen | null;
  readonly settled: Yen | null;
  readonly refund: Yen | null;
}

/** The scores of a subsidy ledger. */
export interface SubsidyScores {
  readonly totals: readonly SubsidyTotal[];
  readonly rows: readonly SubsidyRowResult[];
}

const NO_FACTS: SubsidyFacts = Object.freeze({});
const NO_PRIOR: readonly PriorPayment[] = Object.freeze([]);
// A condition whose fact the row lacks (a founding date) is left unchecked and said so, and the
// limits and the caps across years are still checked: what can be checked is.
const NO_STEPS: SubsidyOptions = { steps: false, unknownFacts: 'unchecked' };
const WITH_STEPS: SubsidyOptions = { unknownFacts: 'unchecked' };

/** The Japanese sentence of a computation's last step (the whole chain of the amount), as core explains it. */
function lastSentence(r: Result<{ readonly steps: readonly SubsidyStep[] }>): string {
  return r.ok ? (explainSubsidy(r.value, 'ja').at(-1) ?? '') : '';
}

type Amounts =
  | 'eligibleExpense'
  | 'ineligibleExpense'
  | 'requested'
  | 'granted'
  | 'advance'
  | 'actualExpense'
  | 'settled'
  | 'refund'
  | 'income';

/** Which field a core subsidy problem is about, to place it at its cell. */
function fieldOfProblem(p: Problem): string | undefined {
  switch (p.code) {
    case 'subsidy.outside-years':
      return 'fiscalYear';
    case 'subsidy.founded-too-late':
    case 'subsidy.condition-unchecked':
      return 'founded';
    case 'subsidy.missing-income':
      return 'income';
    case 'subsidy.plan-adopted':
    case 'subsidy.plan-adopted-during-year':
      return 'planAdopted';
    case 'subsidy.not-applicant':
      return 'recipient';
    case 'subsidy.missing-parameter':
    case 'subsidy.unknown-program':
      return 'program';
    case 'subsidy.advance-not-allowed':
    case 'subsidy.advance-above-grant':
    case 'subsidy.advance-above-share':
      return 'advance';
    case 'subsidy.missing-fact': {
      const need = String(p.params.need ?? '');
      return need.endsWith('planAdopted') ? 'planAdopted' : 'founded';
    }
    case 'subsidy.cap-years':
    case 'subsidy.cap-total-reached':
      return 'granted';
  }
  const head = p.path[0];
  if (head === 'actualEligibleExpense') return 'actualExpense';
  return typeof head === 'string' ? head : undefined;
}

/**
 * Validate and score a subsidy ledger (補助金交付一覧 / 実績報告, docs/sheets.md subsidies): the
 * program exists and runs in that fiscal year and the recipient is eligible (core computeSubsidy);
 * requested and granted not above what the formula allows, caps spanning rows of one recipient
 * included (S-ichinoseki-1: earlier fiscal years' payments are the computation's prior); settled
 * equal to the formula on the actual expense and refund equal to advance minus settled (S-common,
 * core settleSubsidy). Totals per program and fiscal year, and each row's explained amount.
 */
export function validateSubsidies(ctx: KindContext): SubsidyScores {
  const { profile, missing } = ctx;
  const o = { missing };
  const text = fastText(missing);
  requiredColumns(ctx);
  // The ledger reads its cells itself, unlike the other faces: an amount's unit is its header's
  // (千円), a cell that cannot be read is an issue at that cell, and the rows of one recipient
  // are chained by the fiscal year read. Core gets the values read; its problems are placed at
  // their cells (fieldOfProblem).
  const yenOf = (field: Amounts) => {
    const header = ctx.resolution.headers.get(field);
    const u = header === undefined ? undefined : unitFromHeader(header);
    const opts = u === undefined ? o : { missing, unit: u };
    return readColumn(ctx, field, (r) => normaliseYenCell(r, opts), { fast: fastYen(u) });
  };
  const recipient = readColumn(ctx, 'recipient', (r) => normaliseTextCell(r, o), { fast: text });
  const program = readColumn(ctx, 'program', (r) => normaliseProgramCell(r, profile, o));
  const fy = readColumn(ctx, 'fiscalYear', (r) => normaliseFiscalYearCell(r, o));
  const amounts = {
    eligibleExpense: yenOf('eligibleExpense'),
    ineligibleExpense: yenOf('ineligibleExpense'),
    requested: yenOf('requested'),
    granted: yenOf('granted'),
    advance: yenOf('advance'),
    actualExpense: yenOf('actualExpense'),
    settled: yenOf('settled'),
    refund: yenOf('refund'),
    income: yenOf('income'),
  };
  const founded = readColumn(ctx, 'founded', (r) => normaliseDateCell(r, o));
  const planAdopted = readColumn(ctx, 'planAdopted', (r) => normaliseDateCell(r, o));
  const colOf = (field: string): number | undefined => ctx.resolution.columns.get(field);
  const said = new Set<string>();
  const at = (p: Problem, row: number) => {
    const field = fieldOfProblem(p);
    const col = field === undefined ? undefined : colOf(field);
    const programName = String(p.params.program ?? '');
    if (
      (p.code === 'subsidy.missing-fact' ||
        p.code === 'subsidy.founded-too-late' ||
        p.code === 'subsidy.condition-unchecked' ||
        p.code === 'subsidy.missing-income') &&
      field !== undefined &&
      col === undefined
    ) {
      // The fact's column is absent: say once for the sheet which check was skipped, and that
      // the limits and caps were still checked.
      const key = `${field}\u0000${programName}`;
      if (!said.has(key)) {
        said.add(key);
        if (ctx.matcher.fields.some((f) => f.field === field))
          columnMissing(
            ctx,
            field,
            p.code === 'subsidy.missing-income'
              ? `「${programName}」の算定（事業収入を差し引く）`
              : `「${programName}」の${String(p.params.whatJa ?? '対象判定')}の期限（限度額・総額・年数の上限は確かめています）`,
          );
      }
      return;
    }
    if (p.code === 'subsidy.advance-not-stated') {
      // The plan's silence on advance payment: said once per program, at its first advance.
      const key = `advance\u0000${programName}`;
      if (said.has(key)) return;
      said.add(key);
    }
    const c = col ?? colOf('program') ?? null;
    ctx.findings.push(finding(p, row, c, c === null ? undefined : rawAt(ctx.grid, row, c)));
  };

  // An amount above what the formula allows, explained by core's last step (rendered only here).
  const aboveAllowed = (
    row: number,
    field: 'requested' | 'granted',
    amount: Yen,
    c: SubsidyResult,
    explanation: string,
  ) => {
    const col = colOf(field)!;
    ctx.findings.push(
      finding(
        sheetsMessages.problem('subsidies.above-allowed', {
          field,
          label: specOf(ctx, field).label.ja,
          amount,
          allowed: c.amount,
          explanation,
        }),
        row,
        col,
        rawAt(ctx.grid, row, col),
        amount,
      ),
    );
  };

  // Rows of one recipient and program, in fiscal-year order: caps span them.
  // Rows by program, then by recipient (in the order first seen): each group's rows are
  // chained through `next` from its first row, so that a ledger of one row per recipient
  // allocates nothing per group (a Map of row lists made the 100,000-row ledger 11–17% slower).
  const n = ctx.rows.length;
  const byProgram = new Map<string, { readonly recipients: KeyIndex; readonly heads: number[] }>();
  const next = new Int32Array(n).fill(-1);
  const last = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const p = program.values[i];
    const r = recipient.values[i];
    const y = fy.values[i];
    if (
      p === undefined ||
      r === undefined ||
      y === undefined ||
      amounts.eligibleExpense.values[i] === undefined
    )
      continue;
    let groups = byProgram.get(p.id);
    if (groups === undefined) {
      groups = { recipients: new KeyIndex(), heads: [] };
      byProgram.set(p.id, groups);
    }
    const head = groups.recipients.firstOrAdd(sameKey(r), i);
    if (head < 0) {
      groups.heads.push(i);
      last[i] = i;
    } else {
      next[last[head]!] = i;
      last[head] = i;
    }
  }
  // Rows of one recipient by fiscal year (then as on the sheet): earlier years are the prior.
  const byYear = (a: number, b: number) => fy.values[a]! - fy.values[b]! || a - b;
  const indexes: number[] = [];
  const totals = new Map<string, Map<FiscalYear, MutableTotal>>();
  // Each row's result at its index: in the sheet's order once the holes are left out.
  const resultAt: (SubsidyRowResult | undefined)[] = new Array(n).fill(undefined);
  let done = 0;
  const rowState: SubsidyRowState = {
    ctx,
    recipient,
    amounts,
    founded,
    planAdopted,
    resultAt,
    totals,
    at,
    aboveAllowed,
    colOf,
  };
  for (const groups of byProgram.values())
    for (const first of groups.heads) {
      // The group's rows into the first places of `indexes` (kept from group to group).
      let count = 0;
      for (let i = first; i >= 0; i = next[i]!) indexes[count++] = i;
      if (count === 2) {
        // A recipient over two years: ordered without sort's work array.
        const a = indexes[0]!;
        const b = indexes[1]!;
        if (byYear(a, b) > 0) {
          indexes[0] = b;
          indexes[1] = a;
        }
      } else if (count > 2) {
        const sorted = indexes.slice(0, count).sort(byYear);
        for (let k = 0; k < count; k++) indexes[k] = sorted[k]!;
      }
      let prior: { fiscalYear: FiscalYear; amount: Yen }[] | undefined;
      let lastYear: FiscalYear | undefined;
      // The first row of this fiscal year: rows of one year are next to each other once sorted.
      let firstRow = -1;
      let pending: { fiscalYear: FiscalYear; amount: Yen }[] | undefined;
      for (let k = 0; k < count; k++) {
        const i = indexes[k]!;
        const row = ctx.rows[i]!;
        const prog: Program = program.values[i]!;
        const year = fy.values[i]!;
        if (year !== lastYear) {
          if (pending !== undefined) {
            if (prior === undefined) prior = pending;
            else for (const row of pending) prior.push(row); // never spread: a year may have 200,000 rows
            pending = undefined;
          }
          firstRow = -1;
        }
        lastYear = year;
        if (firstRow < 0) firstRow = row;
        else {
          ctx.findings.push(
            finding(
              sheetsMessages.problem('sheets.duplicate-row', {
                key: `${recipient.values[i]} / ${prog.names.ja} / ${year}年度`,
                first: firstRow + 1,
              }),
              row,
              recipient.col ?? null,
              rawAt(ctx.grid, row, recipient.col!),
            ),
          );
        }
        // Earlier fiscal years of this recipient (the array only grows after this row is done).
        const priorNow: readonly PriorPayment[] =
          prior === undefined || prior.length === 0 ? NO_PRIOR : prior.slice();
        // What this row received counts as prior for later fiscal years of the same recipient.
        const received = checkSubsidyRow(rowState, i, row, prog, year, priorNow);
        if (received !== undefined && received > 0) {
          if (pending === undefined) pending = [];
          pending.push({ fiscalYear: year, amount: received });
        }
        done++;
        if ((done & 1023) === 0) ctx.progress(done);
      }
    }
  if (
    (amounts.settled.col !== undefined || amounts.refund.col !== undefined) &&
    amounts.actualExpense.col === undefined
  )
    columnMissing(ctx, 'actualExpense', '確定額・返還額の検算(S-common)');
  // What was paid before settlement is not known without it: the refund is not checked against
  // an advance of 0 yen taken for granted (never a silent zero).
  else if (amounts.refund.col !== undefined && amounts.advance.col === undefined)
    columnMissing(ctx, 'advance', '返還額の検算(S-common)');
  ctx.progress(ctx.rows.length);
  const sorted = [...totals.values()]
    .flatMap((m) => [...m.values()])
    .sort((a, b) => (a.program < b.program ? -1 : a.program > b.program ? 1 : a.fiscalYear - b.fiscalYear));
  const results: SubsidyRowResult[] = [];
  for (const r of resultAt) if (r !== undefined) results.push(r);
  return { totals: sorted, rows: results };
}

type MutableTotal = { -readonly [K in keyof SubsidyTotal]: SubsidyTotal[K] };

/** What checkSubsidyRow reads and writes: the columns, each row's result, the totals, where problems go. */
interface SubsidyRowState {
  readonly ctx: KindContext;
  readonly recipient: ColumnValues<string>;
  readonly amounts: Readonly<Record<Amounts, ColumnValues<Yen>>>;
  readonly founded: ColumnValues<PlainDate>;
  readonly planAdopted: ColumnValues<PlainDate>;
  readonly resultAt: (SubsidyRowResult | undefined)[];
  readonly totals: Map<string, Map<FiscalYear, MutableTotal>>;
  readonly at: (p: Problem, row: number) => void;
  readonly aboveAllowed: (
    row: number,
    field: 'requested' | 'granted',
    amount: Yen,
    c: SubsidyResult,
    explanation: string,
  ) => void;
  readonly colOf: (field: string) => number | undefined;
}

/**
 * Check and score one row of a recipient (validateSubsidies), given what the recipient received
 * in earlier fiscal years; returns what this row received (the prior of later years). A
 * function called per row, with its state passed in: optimised as a function early in the
 * first validation, and the same call target in every later one.
 */
function checkSubsidyRow(
  state: SubsidyRowState,
  i: number,
  row: number,
  prog: Program,
  year: FiscalYear,
  priorNow: readonly PriorPayment[],
): Yen | undefined {
  const { ctx, recipient, amounts, founded, planAdopted, resultAt, totals, at, aboveAllowed, colOf } = state;
  const f = founded.values[i];
  const pa = planAdopted.values[i];
  let facts: SubsidyFacts = NO_FACTS;
  if (f !== undefined || pa !== undefined) {
    const given: { founded?: PlainDate; planAdopted?: PlainDate } = {};
    if (f !== undefined) given.founded = f;
    if (pa !== undefined) given.planAdopted = pa;
    facts = given;
  }
  const ineligible = amounts.ineligibleExpense.values[i];
  const income = amounts.income.values[i];
  const plain: SubsidyRequest =
    ineligible === undefined
      ? {
          fiscalYear: year,
          eligibleExpense: amounts.eligibleExpense.values[i]!,
          prior: priorNow,
          facts,
        }
      : {
          fiscalYear: year,
          eligibleExpense: amounts.eligibleExpense.values[i]!,
          ineligibleExpense: ineligible,
          prior: priorNow,
          facts,
        };
  // 事業収入 (X1) only where the ledger gives it: the common row keeps one shape.
  const request: SubsidyRequest = income === undefined ? plain : { ...plain, income };
  // Without steps: most rows need none, and a row whose issue explains the amount asks again
  // with them (the same inputs give the same result).
  const computed = computeSubsidy(prog, request, NO_STEPS);
  const requested = amounts.requested.values[i];
  const granted = amounts.granted.values[i];
  const settledCell = amounts.settled.values[i];
  let allowed: Yen | undefined;
  if (!computed.ok) {
    for (const p of computed.problems) at(p, row);
  } else {
    const c = computed.value;
    allowed = c.amount;
    for (const p of c.reasons) at(p, row);
    const aboveRequested = requested !== undefined && requested > c.amount;
    const aboveGranted = granted !== undefined && granted > c.amount;
    if (aboveRequested || aboveGranted) {
      const explanation = lastSentence(computeSubsidy(prog, request, WITH_STEPS));
      if (aboveRequested) aboveAllowed(row, 'requested', requested, c, explanation);
      if (aboveGranted) aboveAllowed(row, 'granted', granted, c, explanation);
    }
  }
  // Settlement on the actual expense (S-common).
  const actualExpense = amounts.actualExpense.values[i];
  const advance = amounts.advance.values[i];
  const refundCell = amounts.refund.values[i];
  let settledAmount: Yen | undefined;
  if (actualExpense !== undefined && (settledCell !== undefined || refundCell !== undefined)) {
    const settlePlain: SettlementRequest =
      granted === undefined
        ? {
            fiscalYear: year,
            advance: advance ?? 0,
            actualEligibleExpense: actualExpense,
            prior: priorNow,
            facts,
          }
        : {
            fiscalYear: year,
            advance: advance ?? 0,
            actualEligibleExpense: actualExpense,
            granted,
            prior: priorNow,
            facts,
          };
    const settleRequest: SettlementRequest =
      income === undefined ? settlePlain : { ...settlePlain, actualIncome: income };
    const s = settleSubsidy(prog, settleRequest, NO_STEPS);
    if (!s.ok) {
      for (const p of s.problems)
        if (computed.ok || !computed.problems.some((q) => q.code === p.code)) at(p, row);
    } else {
      const st = s.value;
      settledAmount = st.settled;
      if (settledCell !== undefined && settledCell !== st.settled) {
        const explanation = lastSentence(settleSubsidy(prog, settleRequest, WITH_STEPS));
        const col = colOf('settled')!;
        ctx.findings.push(
          finding(
            sheetsMessages.problem('subsidies.settled-mismatch', {
              amount: settledCell,
              expected: st.settled,
              explanation,
            }),
            row,
            col,
            rawAt(ctx.grid, row, col),
            settledCell,
          ),
        );
      }
      if (refundCell !== undefined && advance === undefined) {
        // A refund with no advance written beside it: what was paid is not known, so the
        // refund is not checked; said at the row when a refund is written, once for the sheet
        // when the column is absent (above).
        if (refundCell > 0 && amounts.advance.col !== undefined) {
          const col = colOf('refund')!;
          ctx.findings.push(
            finding(
              sheetsMessages.problem('subsidies.refund-unchecked', {
                amount: refundCell,
                advanceLabel: specOf(ctx, 'advance').label.ja,
              }),
              row,
              col,
              rawAt(ctx.grid, row, col),
              refundCell,
            ),
          );
        }
      } else if (
        refundCell !== undefined &&
        (settledCell === undefined || settledCell === st.settled) &&
        refundCell !== st.refund
      ) {
        const col = colOf('refund')!;
        ctx.findings.push(
          finding(
            sheetsMessages.problem('subsidies.refund-mismatch', {
              amount: refundCell,
              expected: st.refund,
              advance: st.advance,
              settled: st.settled,
            }),
            row,
            col,
            rawAt(ctx.grid, row, col),
            refundCell,
          ),
        );
      }
      for (const w of s.warnings) at(w, row);
    }
  }
  resultAt[i] = {
    row: row + 1,
    recipient: recipient.values[i]!,
    program: prog.id,
    fiscalYear: year,
    eligible: computed.ok ? computed.value.eligible : null,
    allowed: computed.ok ? computed.value.amount : null,
    limitedBy: computed.ok ? computed.value.limitedBy : null,
    granted: granted ?? null,
    settled: settledCell ?? null,
    refund: refundCell ?? null,
  };
  // Totals.
  let ofProgram = totals.get(prog.id);
  if (ofProgram === undefined) {
    ofProgram = new Map();
    totals.set(prog.id, ofProgram);
  }
  let t = ofProgram.get(year);
  if (t === undefined) {
    t = {
      program: prog.id,
      programName: prog.names.ja,
      fiscalYear: year,
      rows: 0,
      eligibleExpense: 0,
      requested: 0,
      granted: 0,
      settled: 0,
      refund: 0,
      allowed: 0,
      computed: 0,
    };
    ofProgram.set(year, t);
  }
  t.rows += 1;
  t.eligibleExpense += amounts.eligibleExpense.values[i]!;
  t.requested += requested ?? 0;
  t.granted += granted ?? 0;
  t.settled += settledCell ?? 0;
  t.refund += refundCell ?? 0;
  if (allowed !== undefined) {
    t.allowed += allowed;
    t.computed += 1;
  }
  return settledCell ?? settledAmount ?? granted ?? requested ?? allowed;
}
