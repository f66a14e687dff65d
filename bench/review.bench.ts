/**
 * The review engine (審査, RULES X3): ranking 10,000 applications with 5 reviewers each (six
 * criteria of 1–10 points, one reviewer in twenty left out for a conflict, ties to the smaller
 * request, awards computed by a program and funded from a budget that runs out halfway), with
 * core rankApplications; and the same round kept as a review sheet, one row per reviewer and
 * application (50,000 rows), read and ranked by @kyodo/sheets validateSheet. Each figure runs a
 * warm-up first; memory is the heap in use after the run minus before, after a collection when
 * the runtime allows one (node --expose-gc).
 *
 * Alone: npx tsx bench/review.bench.ts
 */
import { pathToFileURL } from 'node:url';
import {
  type Application,
  loadProfile,
  type Program,
  type Review,
  type ReviewFramework,
  rankApplications,
  reviewFrameworkSchema,
  unwrap,
} from '../packages/core/src/index.js';
import { type CellValue, validateSheet } from '../packages/sheets/src/index.js';
import type { BenchFigure } from './figure.js';

const S = { document: 'municipality', section: 'bench' };
const CRITERIA = ['公益性', '実現性', '発展性', '自立性', '先駆性', '費用の妥当性'];
const REVIEWERS = ['委員A', '委員B', '委員C', '委員D', '委員E'];
const APPLICATIONS = 10_000;

const program: Program = {
  id: 'bench/teian',
  names: { ja: '提案型補助金', en: 'Proposal subsidy' },
  kind: 'subsidy',
  source: S,
  years: [{ from: 2024, source: S }],
  rate: [{ from: 2024, value: { numerator: 1, denominator: 2 }, source: S }],
  annualLimit: [{ from: 2024, value: 300000, source: S }],
  rounding: { mode: 'truncate', unit: 1000, source: S },
};

const frameworkInput = {
  id: 'bench',
  label: { ja: '審査', en: 'Review' },
  source: S,
  program: program.id,
  criteria: CRITERIA.map((ja, i) => ({ id: `c${i}`, label: { ja, en: `Criterion ${i}` }, source: S })),
  scale: { min: 1, max: 10, step: 1, source: S },
  combine: { method: 'mean' as const, source: S },
  threshold: { kind: 'points' as const, value: 30, source: S },
  conflict: { rule: 'others-average' as const, source: S },
  tie: { rule: 'smaller-request' as const, source: S },
  reduction: { rule: 'reduce' as const, unit: 1000 as const, source: S },
};
const framework: ReviewFramework = reviewFrameworkSchema.parse(frameworkInput);

/** Points for one criterion: spread 1–10, repeatable. */
const points = (a: number, r: number, c: number) => 1 + ((a * 7 + r * 3 + c * 5 + ((a * r) % 11)) % 10);

function round(): { applications: Application[]; reviews: Review[]; budget: number } {
  const applications: Application[] = [];
  const reviews: Review[] = [];
  let asked = 0;
  for (let a = 0; a < APPLICATIONS; a++) {
    const id = `R6-${String(a + 1).padStart(5, '0')}`;
    const requested = 50_000 + ((a * 37) % 20) * 10_000;
    asked += requested;
    applications.push({ id, requested, eligibleExpense: requested * 2 });
    REVIEWERS.forEach((reviewer, r) => {
      if (a % 20 === 0 && r === 2) {
        reviews.push({ reviewer, application: id, conflict: true });
        return;
      }
      const scores: Record<string, number> = {};
      CRITERIA.forEach((_, c) => {
        scores[`c${c}`] = points(a, r, c);
      });
      reviews.push({ reviewer, application: id, scores });
    });
  }
  return { applications, reviews, budget: Math.round(asked / 2) };
}

function measure(run: () => void): { ms: number; mb: number } {
  run();
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const before = process.memoryUsage().heapUsed;
  const t0 = performance.now();
  run();
  const ms = performance.now() - t0;
  const mb = (process.memoryUsage().heapUsed - before) / 1024 / 1024;
  return { ms, mb };
}

export default async function bench(): Promise<BenchFigure[]> {
  const { applications, reviews, budget } = round();
  let funded = 0;
  const core = measure(() => {
    const r = rankApplications(applications, reviews, budget, { framework, program, fiscalYear: 2024 });
    if (!r.ok) throw new Error(r.problems[0]?.message.en ?? 'bench round');
    funded = r.value.applications.filter((x) => x.award > 0).length;
  });

  // The same round as a sheet: one row per reviewer and application.
  const profile = unwrap(
    loadProfile({
      id: 'bench',
      name: { ja: 'ベンチ市', en: 'Bench' },
      sources: [{ document: 'bench', title: { ja: '審査', en: 'Review' } }],
      forms: [],
      programs: [program],
      review: { frameworks: [frameworkInput] },
    }),
  );
  const values: CellValue[][] = [
    ['受付番号', '申請団体', '事業名', '補助対象経費', '申請額', '審査員', ...CRITERIA, '合計', '利害関係'],
  ];
  const byId = new Map(reviews.map((r, i) => [`${r.application}\u0000${r.reviewer}`, i]));
  for (const app of applications) {
    for (const reviewer of REVIEWERS) {
      const r = reviews[byId.get(`${app.id}\u0000${reviewer}`) as number] as Review;
      const pts = CRITERIA.map((_, c) => (r.conflict ? null : ((r.scores?.[`c${c}`] as number) ?? null)));
      const total = r.conflict ? null : pts.reduce<number>((n, p) => n + (p ?? 0), 0);
      values.push([
        app.id,
        `団体${app.id}`,
        `事業${app.id}`,
        app.eligibleExpense as number,
        app.requested as number,
        reviewer,
        ...pts,
        total,
        r.conflict ? '○' : null,
      ]);
    }
  }
  let ranked = 0;
  const sheet = measure(() => {
    const report = validateSheet(
      { name: '審査集計', values },
      { profile, today: '2024-10-01', review: { budget, fiscalYear: 2024 } },
    );
    const ranking = report.kind === 'reviews' ? report.scores?.ranking : undefined;
    if (ranking === null || ranking === undefined) throw new Error('bench sheet not ranked');
    ranked = ranking.length;
  });
  return [
    {
      name: 'rankApplications, 10,000 applications × 5 reviewers',
      value: Math.round(core.ms),
      unit: 'ms',
      note: `${Math.round(APPLICATIONS / (core.ms / 1000)).toLocaleString('en-US')} applications/s; 6 criteria, a conflict in 1 of 20, computeSubsidy each, ${funded.toLocaleString('en-US')} funded; heap +${core.mb.toFixed(1)} MB`,
    },
    {
      name: 'validateSheet on the same round kept as a review sheet (50,000 rows)',
      value: Math.round(sheet.ms),
      unit: 'ms',
      note: `${Math.round((values.length - 1) / (sheet.ms / 1000)).toLocaleString('en-US')} rows/s; read, checked, scored and ranked (${ranked.toLocaleString('en-US')} applications); heap +${sheet.mb.toFixed(1)} MB`,
    },
  ];
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const f of await bench())
    console.log(`${f.name}: ${f.value.toLocaleString('en-US')} ${f.unit} (${f.note})`);
}
