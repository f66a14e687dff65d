import {
  administrativeActOf,
  checkFormOrganiser,
  DEFAULT_VARIANCE_THRESHOLD_PERCENT,
  defaultFramework,
  domainOf,
  type FiscalYear,
  type Form,
  fiscalYearEnd,
  fiscalYearStart,
  formatFiscalYear,
  formsMessages,
  type Organiser,
  type PlainDate,
  type Problem,
  planVersusActual,
  settingSource,
  unitFromHeader,
  type Yen,
} from '@kyodo/core';
import { normaliseDateCell } from '../cells/normaliseDateCell.js';
import { normaliseActorCell, normaliseFormCell, normaliseOrganiserCell } from '../cells/normaliseEnumCell.js';
import { normaliseFiscalYearCell } from '../cells/normaliseFiscalYearCell.js';
import { normalisePeriodCell } from '../cells/normalisePeriodCell.js';
import { normaliseTextCell } from '../cells/normaliseTextCell.js';
import { fastYen, normaliseYenCell } from '../cells/normaliseYenCell.js';
import { finding } from '../report/Finding.js';
import { sheetsMessages } from '../report/sheetsMessages.js';
import {
  addProblems,
  columnMissing,
  fastText,
  type KindContext,
  rawAt,
  readColumn,
  requiredColumns,
} from './context.js';
import { KeyIndex } from './KeyIndex.js';
import { CHECK_WORDS } from './kindWords.js';
import { sameKey } from './sameKey.js';

/** Per form (or per domain): how many projects and their amounts. */
export interface ProjectTally {
  readonly id: string;
  readonly label: string;
  readonly count: number;
  readonly budget: Yen;
  readonly actual: Yen;
  /** Projects with both a budget and an actual, the ones the two sums compare. */
  readonly compared: number;
}

/** Plan versus actual of one project row (RULES E4). */
export interface ProjectPlanActual {
  readonly row: number;
  readonly project: string;
  readonly budget: Yen;
  readonly actual: Yen;
  readonly difference: Yen;
  /** (actual − budget) / budget; null when the budget is 0. */
  readonly ratio: number | null;
  readonly over: boolean;
}

/** One project of the register as read: what a publication summary needs of it. */
export interface RegisterEntry {
  readonly row: number;
  readonly project: string;
  /** The form's label (F1–F3) and the domain's label (R1), when known. */
  readonly form?: string;
  readonly domain?: string;
  readonly fiscalYear?: FiscalYear;
  readonly budget?: Yen;
  readonly actual?: Yen;
  /** With both budget and actual: plan versus actual (E4), as in planVersusActual. */
  readonly difference?: Yen;
  readonly ratio?: number | null;
  readonly over?: boolean;
}

/** The scores of a project register (docs/sheets.md projects). */
export interface ProjectScores {
  readonly projects: number;
  /** Every project row read, with its form, domain, fiscal year and amounts (planVersusActual holds the same objects). */
  readonly register: readonly RegisterEntry[];
  readonly byForm: readonly ProjectTally[];
  readonly byDomain: readonly ProjectTally[];
  readonly planVersusActual: readonly ProjectPlanActual[];
  readonly thresholdPercent: number;
}

/**
 * Validate and score a project register (協働事業一覧, docs/sheets.md projects): required
 * values; the form known to the profile (F1–F3); form consistent with organiser and its domain
 * (R1, R2, core checkFormOrganiser and domainOf); no administrative act of the profile's plan
 * (課税, 許可: 003 第3章(3), R2) as a form (an error) or as a project with a form (a warning); end not before start; dates inside the row's
 * fiscal year (C1); the city's share not above the cost; actual against budget (E4, core
 * planVersusActual with the profile's threshold); duplicate rows. Scores per form and domain,
 * and plan versus actual per project.
 */
export function validateProjects(ctx: KindContext): ProjectScores {
  const { profile, missing } = ctx;
  requiredColumns(ctx);
  const o = { missing };
  const text = fastText(missing);
  const yen = (field: string, markerSkips: { ja: string; en: string }) => {
    const header = ctx.resolution.headers.get(field);
    const u = header === undefined ? undefined : unitFromHeader(header);
    const opts = u === undefined ? o : { missing, unit: u };
    return readColumn(ctx, field, (r) => normaliseYenCell(r, opts), { fast: fastYen(u), markerSkips });
  };
  const name = readColumn(ctx, 'name', (r) => normaliseTextCell(r, o), { memo: false, fast: text });
  const partner = readColumn(ctx, 'partner', (r) => normaliseTextCell(r, o), { fast: text });
  readColumn(ctx, 'department', (r) => normaliseTextCell(r, o), { fast: text });
  readColumn(ctx, 'partnerType', (r) => normaliseActorCell(r, profile, o));
  const form = readColumn(ctx, 'form', (r) => normaliseFormCell(r, profile, o));
  const organiser = readColumn(ctx, 'organiser', (r) => normaliseOrganiserCell(r, { missing, profile }));
  const fy = readColumn(ctx, 'fiscalYear', (r) => normaliseFiscalYearCell(r, o));
  const start = readColumn(ctx, 'start', (r) => normaliseDateCell(r, o));
  const end = readColumn(ctx, 'end', (r) => normaliseDateCell(r, o));
  const period = readColumn(ctx, 'period', (r) => normalisePeriodCell(r, o), { memo: false });
  // An amount written 未定 is said at its cell with the checks it keeps from being made.
  const e4 = CHECK_WORDS.planVersusActual;
  const budget = yen('budget', e4);
  const actual = yen('actual', e4);
  const cityShare = yen('cityShare', CHECK_WORDS.cityShare);

  // The default framework's threshold, the one the publication summary reads too (RULES E4).
  const framework = defaultFramework(profile);
  const threshold = framework?.varianceThresholdPercent ?? DEFAULT_VARIANCE_THRESHOLD_PERCENT;
  // Whose threshold it is (kyodo's default or the profile's): the warning cites it.
  const pvaOptions = { source: settingSource(framework, 'varianceThresholdPercent') };
  const byForm = new Map<string, Tally>();
  const byDomain = new Map<string, Tally>();
  const pva: ProjectPlanActual[] = [];
  const register: RegisterEntry[] = [];
  const partnerKey = (i: number) => sameKey(partner.values[i] ?? '');
  const duplicates = new DuplicateIndex(
    (a, b) => fy.values[a] === fy.values[b] && partnerKey(a) === partnerKey(b),
    (i) => `${partnerKey(i)}\u0000${fy.values[i] ?? ''}`,
  );
  const years = new Map<FiscalYear, { from: PlainDate; to: PlainDate; label: string }>();
  const outside = (
    row: number,
    date: PlainDate,
    col: number | undefined,
    range: { from: PlainDate; to: PlainDate; label: string },
  ) => {
    ctx.findings.push(
      finding(
        sheetsMessages.problem('projects.date-outside-fiscal-year', {
          date,
          fiscalYear: range.label,
          from: range.from,
          to: range.to,
        }),
        row,
        col ?? null,
        rawAt(ctx.grid, row, col!),
      ),
    );
  };
  // R1, R2 depend on the form and the organiser only: asked of core once per pair (and the
  // domain's label looked up once).
  const pairs = new Map<string, Map<Organiser, FormWith>>();
  const formWith = (f: Form, org: Organiser): FormWith => {
    let ofForm = pairs.get(f.id);
    if (ofForm === undefined) {
      ofForm = new Map();
      pairs.set(f.id, ofForm);
    }
    let hit = ofForm.get(org);
    if (hit === undefined) {
      const problems = checkFormOrganiser(profile, f.id, org);
      const d = problems.length === 0 ? domainOf(profile, f.id, org) : undefined;
      const domain = d?.ok ? d.value.id : undefined;
      const label = domain === undefined ? undefined : profile.domains.find((x) => x.id === domain)?.label.ja;
      hit = label === undefined ? { problems, domain } : { problems, domain, label };
      ofForm.set(org, hit);
    }
    return hit;
  };
  let organiserNeeded = false;
  const organiserCol = organiser.col;

  // One row's checks and scores: a function of its own, optimised after a few hundred rows of
  // the first call rather than by replacing the long loop below on the stack.
  const checkRow = (i: number): void => {
    const row = ctx.rows[i]!;
    const f: Form | undefined = form.values[i];
    const org: Organiser | undefined = organiser.values[i];
    // R1, R2: the form with its organiser.
    let domain: FormWith | undefined;
    if (f !== undefined) {
      if (org !== undefined) {
        const hit = formWith(f, org);
        if (hit.problems.length > 0)
          addProblems(ctx, hit.problems, row, organiserCol ?? null, rawAt(ctx.grid, row, organiserCol!));
        else domain = hit;
      } else if (f.organisers.length === 1) {
        domain = formWith(f, f.organisers[0]!);
      } else if (organiserCol === undefined) organiserNeeded = true;
    }
    const domainId = domain?.domain;
    // Dates: the period cell, or start and end.
    const p = period.values[i];
    const s: PlainDate | undefined = start.values[i] ?? p?.start;
    const e: PlainDate | undefined = end.values[i] ?? p?.end;
    const sCol = start.values[i] !== undefined ? start.col : period.col;
    const eCol = end.values[i] !== undefined ? end.col : period.col;
    if (s !== undefined && e !== undefined && e < s) {
      ctx.findings.push(
        finding(
          sheetsMessages.problem('projects.end-before-start', { start: s, end: e }),
          row,
          eCol ?? null,
          rawAt(ctx.grid, row, eCol!),
        ),
      );
    }
    const year: FiscalYear | undefined = fy.values[i];
    if (year !== undefined) {
      let range = years.get(year);
      if (range === undefined) {
        range = { from: fiscalYearStart(year), to: fiscalYearEnd(year), label: formatFiscalYear(year) };
        years.set(year, range);
      }
      if (s !== undefined && (s < range.from || s > range.to)) outside(row, s, sCol, range);
      if (e !== undefined && (e !== s || eCol !== sCol) && (e < range.from || e > range.to))
        outside(row, e, eCol, range);
    }
    // Amounts.
    const b = budget.values[i];
    const a = actual.values[i];
    const share = cityShare.values[i];
    const cost = a ?? b;
    if (share !== undefined && cost !== undefined && share > cost) {
      ctx.findings.push(
        finding(
          sheetsMessages.problem('projects.city-share-above-cost', {
            share,
            cost,
            costLabel: a !== undefined ? '決算額' : '予算額',
          }),
          row,
          cityShare.col ?? null,
          rawAt(ctx.grid, row, cityShare.col!),
        ),
      );
    }
    const projectName = name.values[i];
    // R2: a project whose name reads as an administrative act of the profile's plan (課税, 許可).
    if (projectName !== undefined && f !== undefined) {
      const act = administrativeActOf(profile, projectName);
      if (act !== undefined)
        ctx.findings.push(
          finding(
            formsMessages.problem(
              'forms.administrative-act-project',
              { text: projectName, act: act.label.ja, actEn: act.label.en },
              { input: projectName, source: act.source },
            ),
            row,
            name.col ?? null,
            rawAt(ctx.grid, row, name.col!),
          ),
        );
    }
    let entry: { -readonly [K in keyof RegisterEntry]: RegisterEntry[K] };
    const domainLabel = domain?.label;
    let whole = false;
    if (b !== undefined && a !== undefined) {
      const r = planVersusActual({ budget: b, actual: a }, threshold, pvaOptions);
      if (r.ok) {
        const v = r.value.budget;
        // One object per row: the register's entry, with its plan versus actual (E4). The
        // common row gets all its keys at once, in the order the general case adds them.
        if (projectName !== undefined && f !== undefined && domainLabel !== undefined && year !== undefined) {
          whole = true;
          entry = {
            row: row + 1,
            project: projectName,
            difference: v.difference,
            ratio: v.ratio,
            over: v.over,
            budget: b,
            actual: a,
            form: f.label.ja,
            domain: domainLabel,
            fiscalYear: year,
          };
        } else {
          entry = {
            row: row + 1,
            project: projectName ?? '',
            difference: v.difference,
            ratio: v.ratio,
            over: v.over,
          };
        }
        pva.push(entry as ProjectPlanActual);
        if (r.warnings.length > 0)
          addProblems(ctx, r.warnings, row, actual.col ?? null, rawAt(ctx.grid, row, actual.col!), a);
      } else entry = { row: row + 1, project: projectName ?? '' };
    } else entry = { row: row + 1, project: projectName ?? '' };
    // Duplicates: same name, partner and fiscal year.
    if (projectName !== undefined) {
      const first = duplicates.check(i, sameKey(projectName));
      if (first !== undefined) {
        ctx.findings.push(
          finding(
            sheetsMessages.problem('sheets.duplicate-row', {
              key: [projectName, partner.values[i], year === undefined ? undefined : formatFiscalYear(year)]
                .filter((x) => x !== undefined && x !== '')
                .join(' / '),
              first: ctx.rows[first]! + 1,
            }),
            row,
            name.col ?? null,
            rawAt(ctx.grid, row, name.col!),
          ),
        );
      }
    }
    // Tallies, and what evaluation sheets need to know of the project.
    if (!whole) {
      // Not made whole above: add what is known, in the order of the keys.
      if (b !== undefined) entry.budget = b;
      if (a !== undefined) entry.actual = a;
      if (projectName !== undefined) {
        if (f !== undefined) entry.form = f.label.ja;
        if (domainLabel !== undefined) entry.domain = domainLabel;
        if (year !== undefined) entry.fiscalYear = year;
      }
    }
    if (projectName !== undefined) {
      register.push(entry);
      const collect = ctx.collectProjects;
      if (collect !== undefined) {
        const form = entry.form;
        const d = entry.domain;
        collect.push(
          form === undefined
            ? d === undefined
              ? { project: projectName }
              : { project: projectName, domain: d }
            : d === undefined
              ? { project: projectName, form }
              : { project: projectName, form, domain: d },
        );
      }
    }
    if (f !== undefined) {
      tally(byForm, f.id, f.label.ja, b, a);
      if (domainId !== undefined) tally(byDomain, domainId, domainLabel ?? domainId, b, a);
    }
  };
  for (let i = 0; i < ctx.rows.length; i++) {
    checkRow(i);
    if ((i & 1023) === 1023) ctx.progress(i + 1);
  }
  if (organiserNeeded) columnMissing(ctx, 'organiser', '協働の形態と主催の整合(R2)・協働の領域(R1)');
  if (actual.col === undefined && budget.col !== undefined)
    columnMissing(ctx, 'actual', '予算と決算の比較(E4)');
  ctx.progress(ctx.rows.length);
  return {
    projects: ctx.rows.length,
    register,
    byForm: ordered(
      byForm,
      profile.forms.map((x) => x.id),
    ),
    byDomain: ordered(
      byDomain,
      profile.domains.map((x) => x.id),
    ),
    planVersusActual: pva,
    thresholdPercent: threshold,
  };
}

/**
 * Rows seen, by name, to find a later row with the same name and the same rest (partner, fiscal
 * year) without building a key string per row: a name's first row is kept in a KeyIndex; a
 * name seen again keeps a short list compared with `same`, and past 16 rows a map by `restOf`.
 * A Map keyed by name, partner and year made the 100,000-row register 44% slower; a Map of row
 * lists by name, 26% (bench/sheets.bench.ts).
 */
class DuplicateIndex {
  private readonly names = new KeyIndex();
  /** By a name's first row: the rows with that name so far. */
  private readonly lists = new Map<number, number[]>();
  private readonly many = new Map<number, Map<string, number>>();

  constructor(
    private readonly same: (a: number, b: number) => boolean,
    private readonly restOf: (i: number) => string,
  ) {}

  /** The first index with the same name and rest, or undefined (and remember this one). */
  check(i: number, name: string): number | undefined {
    const first = this.names.firstOrAdd(name, i);
    if (first < 0) return undefined;
    const many = this.many.get(first);
    if (many !== undefined) {
      const key = this.restOf(i);
      const hit = many.get(key);
      if (hit === undefined) many.set(key, i);
      return hit;
    }
    const list = this.lists.get(first) ?? [first];
    for (const j of list) if (this.same(j, i)) return j;
    list.push(i);
    if (list.length > 16) {
      const m = new Map<string, number>();
      for (const j of list) {
        const key = this.restOf(j);
        if (!m.has(key)) m.set(key, j);
      }
      this.many.set(first, m);
    }
    this.lists.set(first, list);
    return undefined;
  }
}

/** Form and organiser checked (R1, R2): the problems, or the domain with its label. */
interface FormWith {
  readonly problems: readonly Problem[];
  readonly domain: string | undefined;
  readonly label?: string;
}

type Tally = { id: string; label: string; count: number; budget: number; actual: number; compared: number };

function tally(
  map: Map<string, Tally>,
  id: string,
  label: string,
  b: Yen | undefined,
  a: Yen | undefined,
): void {
  let t = map.get(id);
  if (t === undefined) {
    t = { id, label, count: 0, budget: 0, actual: 0, compared: 0 };
    map.set(id, t);
  }
  t.count++;
  if (b !== undefined) t.budget += b;
  if (a !== undefined) t.actual += a;
  if (a !== undefined && b !== undefined) t.compared++;
}

function ordered(map: Map<string, Tally>, order: readonly string[]): ProjectTally[] {
  return [...map.values()].sort((x, y) => order.indexOf(x.id) - order.indexOf(y.id));
}
