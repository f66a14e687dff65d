import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as core from './index.js';

// The public functions of @kyodo/core given what a careless or hostile caller passes: each call
// ends in a value, a Result (ok or err) or a KyodoError — never a TypeError, a RangeError, a
// crash, 'NaN' in a date, or a wrong number. The seed is fixed in `npm test`; `npm run fuzz`
// runs many more cases with a random seed it prints (docs/security.md).

const HOSTILE: unknown[] = [
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  -0,
  2 ** 53 + 1,
  0.5,
  1234.5,
  '',
  '   ',
  '\u3000',
  null,
  undefined,
  {},
  [],
  [null],
  '平成31年5月1日',
  '昭和64年1月8日',
  '令和100年4月1日',
  '令和0年1月1日',
  8.64e15,
  -8.64e15,
  new Date(8.64e15),
  new Date(Number.NaN),
  '__proto__',
  '\u001b[2J',
];

const anything = fc.oneof(
  fc.constantFrom(...HOSTILE),
  fc.anything(),
  fc.string(),
  fc.double(),
  fc.integer(),
  fc.date({ noInvalidDate: false }),
);

const profile = core.builtinProfiles[0] as core.Profile;
const program = profile.programs[0] as core.Program;
const framework = core.defaultFramework(profile) as core.Framework;
const S = { document: 'municipality', section: 'test' };
const reviewFramework = core.reviewFrameworkSchema.parse({
  id: 'hostile',
  label: { ja: '審査', en: 'Review' },
  source: S,
  criteria: [
    { id: 'koeki', label: { ja: '公益性', en: 'Public benefit' }, source: S },
    { id: 'jitsugen', label: { ja: '実現性', en: 'Feasibility' }, source: S },
  ],
  scale: { min: 1, max: 5, step: 1, source: S },
  combine: { method: 'mean', source: S },
  threshold: { kind: 'points', value: 6, source: S },
  conflict: { rule: 'others-average', source: S },
  tie: { rule: 'smaller-request', source: S },
  reduction: { rule: 'reduce', source: S },
});

/** Each public function, called with one hostile argument where it takes user data. */
const CALLS: Readonly<Record<string, (x: unknown) => unknown>> = {
  parseDate: (x) => core.parseDate(x),
  parseFiscalYear: (x) => core.parseFiscalYear(x),
  dateFromSerial: (x) => core.dateFromSerial(x as number),
  dateToSerial: (x) => core.dateToSerial(x as string),
  fiscalYearOf: (x) => core.fiscalYearOf(x as string),
  fiscalYearStart: (x) => core.fiscalYearStart(x as number),
  fiscalYearEnd: (x) => core.fiscalYearEnd(x as number),
  fiscalYearsBetween: (x) => core.fiscalYearsBetween(x as number, 2024),
  formatDate: (x) => core.formatDate(x as string),
  formatFiscalYear: (x) => core.formatFiscalYear(x as number),
  warekiOf: (x) => core.warekiOf(x as string),
  parseYen: (x) => core.parseYen(x),
  parseRate: (x) => core.parseRate(x),
  applyRate: (x) => core.applyRate(x as number, core.rate(2, 3)),
  formatYen: (x) => core.formatYen(x as number),
  rate: (x) => core.rate(x as number, 3),
  computeSubsidy: (x) => core.computeSubsidy(program, x as core.SubsidyRequest),
  computeSubsidyExpense: (x) =>
    core.computeSubsidy(program, {
      fiscalYear: 2014,
      eligibleExpense: x as number,
      facts: { founded: '2014-06-01' },
    }),
  computeSubsidyYear: (x) => core.computeSubsidy(program, { fiscalYear: x as number, eligibleExpense: 1000 }),
  computeSubsidyPrior: (x) =>
    core.computeSubsidy(program, {
      fiscalYear: 2015,
      eligibleExpense: 1000,
      prior: [x as core.PriorPayment],
    }),
  computeSubsidyProgram: (x) =>
    core.computeSubsidy(x as core.Program, { fiscalYear: 2015, eligibleExpense: 1 }),
  settleSubsidy: (x) => core.settleSubsidy(program, x as core.SettlementRequest),
  loadProfile: (x) => core.loadProfile(x),
  readProfileJson: (x) => core.readProfileJson(x as string),
  parseLevel: (x) => core.parseLevel(framework.scale, x),
  parseEvaluator: (x) => core.parseEvaluator(x),
  normaliseText: (x) => core.normaliseText(x as string),
  matchKey: (x) => core.matchKey(x as string),
  formKey: (x) => core.formKey(x as string),
  parseKanjiNumeral: (x) => core.parseKanjiNumeral(x as string),
  replaceKanjiNumerals: (x) => core.replaceKanjiNumerals(x as string),
  unitFromHeader: (x) => core.unitFromHeader(x as string),
  isAdministrativeAct: (x) => core.isAdministrativeAct(x as string),
  localGovernmentCheckDigit: (x) => core.localGovernmentCheckDigit(x as string),
  scoreReview: (x) => core.scoreReview(reviewFramework, x as core.ReviewInput),
  scoreReviewReviews: (x) =>
    core.scoreReview(reviewFramework, { application: 'A', reviews: x as core.Review[] }),
  scoreReviewPoints: (x) =>
    core.scoreReview(reviewFramework, {
      application: 'A',
      reviews: [{ reviewer: '委員1', application: 'A', scores: { koeki: x, jitsugen: 3 }, total: x }],
    }),
  rankApplications: (x) =>
    core.rankApplications(x as core.Application[], [], 1, { framework: reviewFramework }),
  rankApplicationsRequest: (x) =>
    core.rankApplications([{ id: 'A', requested: x as number }], [], 1, { framework: reviewFramework }),
  rankApplicationsBudget: (x) => core.rankApplications([], [], x as number, { framework: reviewFramework }),
  rankApplicationsOptions: (x) => core.rankApplications([], [], 1, x as core.RankOptions),
  readCalendarText: (x) => core.readCalendarText(x as string),
  readCalendarTextOptions: (x) => core.readCalendarText('令和6年4月1日', x as core.ReadCalendarOptions),
  findProgram: (x) => core.findProgram(profile, x as string),
  findProgramProfile: (x) => core.findProgram(x as core.Profile, program.id),
  resolveForm: (x) => core.resolveForm(profile, x as string),
  resolveFormProfile: (x) => core.resolveForm(x as core.Profile, '共催'),
  parseOrganiser: (x) => core.parseOrganiser(x as string),
  parseOrganiserOptions: (x) => core.parseOrganiser('市', x as core.ParseOrganiserOptions),
  resolveImplementer: (x) => core.resolveImplementer(profile, x as string),
  checkFormOrganiser: (x) => core.checkFormOrganiser(profile, x as string, x as core.Organiser),
  domainOf: (x) => core.domainOf(profile, x as string, x as core.Organiser),
  scoreEvaluation: (x) => core.scoreEvaluation(framework, x as core.EvaluationInput),
  scoreEvaluationFramework: (x) =>
    core.scoreEvaluation(x as core.Framework, { project: 'p', evaluator: '市', answers: {} }),
  combineEvaluations: (x) => core.combineEvaluations(framework, x as core.EvaluationInput[]),
  combineEvaluationsItem: (x) => core.combineEvaluations(framework, [x as core.EvaluationInput]),
  aggregateEvaluations: (x) => core.aggregateEvaluations(framework, x as core.EvaluationInput[]),
  aggregateEvaluationsItem: (x) => core.aggregateEvaluations(framework, [x as core.EvaluationInput]),
  aggregateEvaluationsProjects: (x) => core.aggregateEvaluations(framework, [], x as core.ProjectInfo[]),
  assessIndicators: (x) => core.assessIndicators(x as core.IndicatorRow[], 2024),
  assessIndicatorsRow: (x) => core.assessIndicators([x as core.IndicatorRow], 2024),
  assessIndicatorsYear: (x) => core.assessIndicators([], x as number),
  planVersusActual: (x) => core.planVersusActual(x as core.PlanActualInput, 20),
  planVersusActualThreshold: (x) => core.planVersusActual({ budget: 100, actual: 90 }, x as number),
};

/** A date text anywhere in a value (a result's steps, a message): never NaN-NaN-NaN. */
function hasNaNDate(value: unknown): boolean {
  return /NaN-NaN|NaN年|undefined\/undefined/.test(JSON.stringify(value) ?? '');
}

function endsWell(name: string, x: unknown): void {
  let out: unknown;
  try {
    out = CALLS[name]?.(x);
  } catch (error) {
    expect(error, `${name}(${String(x)}) threw ${String(error)}`).toBeInstanceOf(core.KyodoError);
    return;
  }
  expect(hasNaNDate(out), `${name}(${String(x)}) gave ${JSON.stringify(out)}`).toBe(false);
  if (typeof out === 'number') expect(Number.isFinite(out), `${name}(${String(x)}) gave ${out}`).toBe(true);
  if (typeof out === 'object' && out !== null && 'ok' in out) {
    const r = out as core.Result<unknown>;
    if (r.ok && typeof r.value === 'number')
      expect(Number.isSafeInteger(r.value) || name === 'parseLevel').toBe(true);
  }
}

describe('the core API on hostile inputs: a result or a typed error, never a TypeError or a wrong number', () => {
  for (const name of Object.keys(CALLS)) {
    it(`${name}: each hostile value listed`, () => {
      for (const x of HOSTILE) endsWell(name, x);
    });
    it(`${name}: generated values`, () => {
      fc.assert(
        fc.property(anything, (x) => endsWell(name, x)),
        { seed: 20241001, numRuns: Number(process.env.KYODO_FUZZ_RUNS ?? 60), ...fuzzSeed() },
      );
    });
  }

  it('computeSubsidy(null) and prior: [null] are typed errors at their paths', () => {
    const none = core.computeSubsidy(program, null as unknown as core.SubsidyRequest);
    expect(!none.ok && none.problems.map((p) => p.code)).toEqual(['subsidy.invalid-input']);
    const prior = core.computeSubsidy(program, {
      fiscalYear: 2015,
      eligibleExpense: 1000,
      prior: [null as unknown as core.PriorPayment],
    });
    expect(!prior.ok && prior.problems.map((p) => [p.code, p.path])).toEqual([
      ['subsidy.invalid-input', ['prior', 0]],
    ]);
  });

  it('fractional yen, -0 and 2**53+1 are refused or read exactly, never rounded into another amount', () => {
    expect(core.parseYen(1234.5).ok).toBe(false);
    expect(core.parseYen(2 ** 53 + 1).ok).toBe(false);
    const zero = core.parseYen(-0);
    expect(zero.ok && Object.is(zero.value, 0)).toBe(true);
  });
});

/** `npm run fuzz` sets KYODO_FUZZ_SEED to a random seed (printed), to be replayed with the same value. */
function fuzzSeed(): { seed?: number } {
  const seed = process.env.KYODO_FUZZ_SEED;
  return seed === undefined ? {} : { seed: Number(seed) };
}
