/**
 * Subsidy engine throughput (`npm run bench`; the aim: above a
 * million computations per second on one core). Each figure times computeSubsidy on a built-in program in a tight loop after a
 * warm-up, on one thread, counting CPU time; sentences are rendered lazily (only when read),
 * so a computation builds its steps as data and renders no text. One figure also reads every
 * sentence, for comparison.
 */
import { pathToFileURL } from 'node:url';
import { builtinPrograms, computeSubsidy, type Program, settleSubsidy } from '../packages/core/src/index.js';
import type { BenchFigure } from './figure.js';

const [goiKeisei, kyodotaiShien] = builtinPrograms.ichinoseki as [Program, Program];

/**
 * Computations per second of CPU time used by this process (user + system), so that other
 * work on a shared machine does not count against the figure; the wall-clock rate is in the note.
 */
function perSecond(name: string, note: string, run: (i: number) => number): BenchFigure {
  let sink = 0;
  for (let i = 0; i < 50_000; i++) sink += run(i);
  let n = 0;
  const wallStart = performance.now();
  const cpuStart = process.cpuUsage();
  let cpuMs = 0;
  while (cpuMs < 1500) {
    for (let j = 0; j < 10_000; j++) sink += run(n++);
    const cpu = process.cpuUsage(cpuStart);
    cpuMs = (cpu.user + cpu.system) / 1000;
  }
  const wallMs = performance.now() - wallStart;
  if (sink === -1) console.log(sink);
  const wall = Math.round((n / wallMs) * 1000).toLocaleString('en-US');
  return {
    name,
    value: Math.round((n / cpuMs) * 1000),
    unit: 'computations/CPU-s',
    note: `${note}; wall clock ${wall}/s`,
  };
}

const prior = [{ fiscalYear: 2015, amount: 30_000 }];
const facts = { founded: '2015-06-01' };

export default async function bench(): Promise<BenchFigure[]> {
  const figures: BenchFigure[] = [];
  figures.push(
    perSecond(
      'computeSubsidy kyodotai-shien',
      'FY2014 (number), expense varies, 2/3, limit 200,000; steps as data',
      (i) => {
        const r = computeSubsidy(kyodotaiShien, {
          fiscalYear: 2014,
          eligibleExpense: 100_000 + (i % 400_000),
        });
        return r.ok ? r.value.amount : 0;
      },
    ),
  );
  figures.push(
    perSecond(
      'computeSubsidy goi-keisei 2nd year',
      'prior payment, founded fact (PlainDate), cap total and years',
      (i) => {
        const r = computeSubsidy(goiKeisei, {
          fiscalYear: 2016,
          eligibleExpense: 10_000 + (i % 50_000),
          prior,
          facts,
        });
        return r.ok ? r.value.amount : 0;
      },
    ),
  );
  figures.push(
    perSecond(
      'computeSubsidy kyodotai-shien, fiscal year as text',
      "fiscalYear '平成26年度' as text (each distinct text parsed once, then cached)",
      (i) => {
        const r = computeSubsidy(kyodotaiShien, {
          fiscalYear: '平成26年度',
          eligibleExpense: 100_000 + (i % 400_000),
        });
        return r.ok ? r.value.amount : 0;
      },
    ),
  );
  figures.push(
    perSecond(
      'computeSubsidy + all sentences',
      'kyodotai-shien, every step sentence rendered (ja and en)',
      (i) => {
        const r = computeSubsidy(kyodotaiShien, {
          fiscalYear: 2014,
          eligibleExpense: 100_000 + (i % 400_000),
        });
        if (!r.ok) return 0;
        let len = 0;
        for (const s of r.value.steps) len += s.sentence.ja.length + s.sentence.en.length;
        return len;
      },
    ),
  );
  figures.push(
    perSecond('settleSubsidy goi-keisei', 'advance 50,000, actual expense varies', (i) => {
      const r = settleSubsidy(goiKeisei, {
        fiscalYear: 2015,
        advance: 50_000,
        actualEligibleExpense: 20_000 + (i % 60_000),
        facts,
      });
      return r.ok ? r.value.refund : 0;
    }),
  );
  return figures;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const f of await bench())
    console.log(`${f.name}: ${f.value.toLocaleString('en-US')} ${f.unit} (${f.note})`);
}
