/**
 * Validating and scoring large sheets with @kyodo/sheets (`npm run bench`; the sheets behind
 * docs/contributing.md "Speed"): validate and score a generated 100,000-row projects sheet and
 * a 100,000-row subsidy ledger; report rows per second, peak memory, and the time for 200,000
 * rows against 100,000 (it must stay linear). Aim for 300,000 rows per second or more.
 *
 * The sheets look like the fixtures: title rows, a header with units (千円, 円), 和暦 fiscal
 * years and dates, full-width digits in some cells, a totals row, and about 1% bad rows (an
 * organiser that contradicts the form, a granted amount above the formula), so issues are
 * found and grouped too. Amounts rarely repeat (as in real sheets), so memoised readings do not
 * flatter the figures. Each size runs once to warm up, then the best of three timed runs.
 *
 * Alone: npx tsx bench/sheets.bench.ts
 */
import { pathToFileURL } from 'node:url';
import { getProfile, type Profile, unwrap } from '../packages/core/src/index.js';
import { type CellValue, type Grid, validateSheet } from '../packages/sheets/src/index.js';
import type { BenchFigure } from './figure.js';

const FULL = (s: string) => s.replace(/[0-9,]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

const PROJECT_FORMS: readonly [string, string][] = [
  ['補助金', '市民'],
  ['共催', '共同'],
  ['委託', '市'],
  ['事業協力', '市民'],
  ['後援', '市'],
  ['実行委員会', '共同'],
];
const DEPARTMENTS = [
  '市民協働推進課',
  '子育て支援課',
  '防災安全課',
  '環境対策課',
  '文化振興課',
  '高齢福祉課',
];

/** A toride project register of n rows. */
export function projectsGrid(n: number): Grid {
  const values: CellValue[][] = [
    ['令和6年度 協働事業一覧（市民協働推進課）'],
    [],
    [
      'No.',
      '事業名',
      '担当課',
      '協働相手',
      '協働の形態',
      '主催',
      '年度',
      '開始日',
      '終了日',
      '予算額（千円）',
      '決算額（千円）',
      '市負担額（千円）',
      '備考',
    ],
  ];
  let budget = 0;
  for (let i = 0; i < n; i++) {
    const [form, organiser] = PROJECT_FORMS[i % PROJECT_FORMS.length]!;
    // Amounts in thousands of yen that rarely repeat, as in a real register.
    const b = 100 + ((i * 7919) % 49_900);
    const a = i % 100 === 7 ? b * 2 : b - ((i * 31) % 97);
    budget += b;
    values.push([
      i + 1,
      `協働事業${i + 1}`,
      DEPARTMENTS[i % DEPARTMENTS.length]!,
      `市民団体${i % 5000}`,
      form,
      i % 100 === 3 ? '市' : organiser,
      i % 2 === 0 ? '令和6年度' : FULL('令和6年度'),
      `R6.${4 + (i % 9)}.${1 + (i % 28)}`,
      'R7.3.31',
      i % 10 === 0 ? FULL(String(b)) : b,
      a,
      Math.floor(b / 2),
      i % 50 === 0 ? '継続' : null,
    ]);
  }
  values.push(['合計', null, null, null, null, null, null, null, null, budget, null, null, null]);
  return { name: '協働事業一覧', values };
}

/** An ichinoseki subsidy ledger of n rows (事業4 each body once, 事業1 over two years for a few). */
export function subsidiesGrid(n: number): Grid {
  const values: CellValue[][] = [
    ['地域協働推進関係補助金 交付一覧'],
    [],
    [
      '団体名',
      '補助事業',
      '年度',
      '発足日',
      '補助対象経費（円）',
      '申請額（円）',
      '交付決定額（円）',
      '前金払額（円）',
      '実績額（円）',
      '確定額（円）',
      '返還額（円）',
      '備考',
    ],
  ];
  for (let i = 0; i < n; i++) {
    if (i % 10 === 0) {
      // goi-keisei (S-ichinoseki-1), two rows of one body: 30,000 then the rest of 50,000.
      const first = i % 20 === 0;
      const body = `第${Math.floor(i / 20)}地区地域協働体設立準備会`;
      const expense = first ? 30_000 : 40_000;
      const granted = first ? 30_000 : i % 200 === 10 ? 40_000 : 20_000;
      values.push([
        body,
        '事業1',
        first ? '平成26年度' : '平成27年度',
        '平成26年6月1日',
        expense,
        granted,
        granted,
        granted,
        granted,
        granted,
        0,
        null,
      ]);
    } else {
      // kyodotai-shien (S-ichinoseki-4): 2/3 of the expense, at most 200,000.
      const expense = 30_000 + ((i * 7919) % 270_000);
      const allowed = Math.min(Math.floor((expense * 2) / 3), 200_000);
      const granted = i % 100 === 1 ? allowed + 1000 : allowed;
      values.push([
        `地域協働体${i}`,
        i % 2 === 0 ? '事業4' : '地域協働体支援事業費補助金',
        i % 3 === 0 ? 'H26' : '平成27年度',
        null,
        i % 7 === 0 ? FULL(expense.toLocaleString('en-US')) : expense,
        granted,
        granted,
        null,
        expense,
        allowed,
        null,
        null,
      ]);
    }
  }
  values.push(['合計']);
  return { name: '交付一覧', values };
}

interface Run {
  readonly ms: number;
  readonly rows: number;
  readonly issues: number;
  readonly heapDelta: number;
}

function runOnce(grid: Grid, profile: Profile): Run {
  const heap0 = process.memoryUsage().heapUsed;
  const t0 = performance.now();
  const report = validateSheet(grid, { profile, today: '2024-10-01' });
  const ms = performance.now() - t0;
  const heapDelta = process.memoryUsage().heapUsed - heap0;
  return { ms, rows: report.rowsRead, issues: report.summary.errors + report.summary.warnings, heapDelta };
}

function best(grid: Grid, profile: Profile): Run {
  runOnce(grid, profile);
  let fastest: Run | undefined;
  for (let k = 0; k < 3; k++) {
    const r = runOnce(grid, profile);
    if (fastest === undefined || r.ms < fastest.ms) fastest = r;
  }
  return fastest!;
}

export default async function bench(): Promise<BenchFigure[]> {
  const toride = unwrap(getProfile('toride'));
  const ichinoseki = unwrap(getProfile('ichinoseki'));
  const figures: BenchFigure[] = [];
  let peakRss = process.memoryUsage().rss;
  const sample = setInterval(() => {
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }, 20);
  try {
    for (const [label, make, profile] of [
      ['projects', projectsGrid, toride],
      ['subsidies', subsidiesGrid, ichinoseki],
    ] as const) {
      const g100 = make(100_000);
      const r100 = best(g100, profile);
      peakRss = Math.max(peakRss, process.memoryUsage().rss);
      const g200 = make(200_000);
      const r200 = best(g200, profile);
      peakRss = Math.max(peakRss, process.memoryUsage().rss);
      figures.push(
        {
          name: `${label}: validate and score 100,000 rows`,
          value: Math.round(r100.rows / (r100.ms / 1000)),
          unit: 'rows/s',
          note: `${r100.ms.toFixed(0)} ms, ${r100.issues.toLocaleString('en-US')} issues found (aim ≥ 300,000 rows/s)`,
        },
        {
          name: `${label}: 200,000 rows against 100,000`,
          value: Math.round((r200.ms / r100.ms) * 100) / 100,
          unit: 'ratio',
          note: `${r200.ms.toFixed(0)} ms against ${r100.ms.toFixed(0)} ms (linear: about 2)`,
        },
        {
          name: `${label}: heap used by one 100,000-row validation`,
          value: Math.round((Math.max(0, r100.heapDelta) / 1024 / 1024) * 10) / 10,
          unit: 'MB',
          note: 'heapUsed after minus before, garbage not collected in between (report kept alive)',
        },
      );
    }
  } finally {
    clearInterval(sample);
  }
  figures.push({
    name: 'peak resident memory of the sheets benchmark',
    value: Math.round((peakRss / 1024 / 1024) * 10) / 10,
    unit: 'MB',
    note: 'process.memoryUsage().rss sampled every 20 ms, grids of 100,000 and 200,000 rows included',
  });
  return figures;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const f of await bench())
    console.log(`${f.name}: ${f.value} ${f.unit}${f.note ? ` (${f.note})` : ''}`);
}
