/**
 * The kyodo command on a large workbook (issue 6: "a generated 50,000-row xlsx, end to end,
 * against the time to only read the same file with the xlsx library you use; report the ratio
 * (aim: under 1.5) and peak memory").
 *
 * Both sides run in a fresh Node process, timed from outside, so each pays the same start-up
 * and its peak memory (maxRSS) is its own: (a) a script that only reads the file with exceljs;
 * (b) the built command, `kyodo validate FILE --profile ichinoseki --format json --out …`.
 * Each is run three times and the fastest kept.
 *
 * Alone: npx tsx bench/cli.bench.ts (after npm run build -w @kyodo/cli)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import type { BenchFigure } from './figure.js';

const ROWS = 50_000;
const root = fileURLToPath(new URL('..', import.meta.url));
const bin = join(root, 'packages/cli/bin/kyodo.js');
const dist = join(root, 'packages/cli/dist/index.js');

const forms = ['共催', '委託', '補助', '後援', '実行委員会', '事業協力'];
const organisers: Record<string, string> = {
  共催: '共同',
  委託: '市',
  補助: '市民',
  後援: '市民',
  実行委員会: '共同',
  事業協力: '市',
};

/** A project register of `rows` rows, as a municipality keeps it, with one bad row in 50. */
async function writeRegister(file: string, rows: number): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: file,
    useSharedStrings: true,
    useStyles: true,
  });
  const ws = wb.addWorksheet('協働事業一覧');
  ws.addRow(['令和6年度　協働事業一覧']).commit();
  ws.addRow([]).commit();
  ws.addRow([
    'No.',
    '事業名',
    '担当課',
    '協働相手',
    '協働の形態',
    '主催',
    '年度',
    '開始日',
    '終了日',
    '予算額（円）',
    '決算額（円）',
    '備考',
  ]).commit();
  for (let i = 1; i <= rows; i++) {
    const form = forms[i % forms.length] as string;
    const bad = i % 50 === 0;
    const month = 4 + (i % 9);
    const budget = 100_000 + (i % 97) * 10_000;
    ws.addRow([
      i,
      `協働事業${i}`,
      `課${i % 40}`,
      `団体${i % 900}`,
      form,
      bad ? '市民' : organisers[form],
      '令和6年度',
      new Date(Date.UTC(2024, month - 1, 1)),
      bad ? new Date(Date.UTC(2024, month - 2, 1)) : new Date(Date.UTC(2025, 2, 31)),
      budget,
      bad ? budget * 2 : budget - (i % 7) * 1_000,
      i % 11 === 0 ? '継続事業' : null,
    ]).commit();
  }
  ws.commit();
  await wb.commit();
}

interface Timed {
  readonly ms: number;
  readonly maxRssMb: number;
  readonly status: number | null;
}

/** Run node with args in a fresh process; time it from outside; its own peak RSS from a preload. */
function timed(args: readonly string[], rssFile: string): Timed {
  const preload = `data:text/javascript,${encodeURIComponent(
    `import{writeFileSync}from'node:fs';process.on('exit',()=>writeFileSync(process.env.KYODO_BENCH_RSS,String(process.resourceUsage().maxRSS)));`,
  )}`;
  const start = performance.now();
  const r = spawnSync(process.execPath, ['--import', preload, ...args], {
    cwd: root,
    env: { ...process.env, KYODO_BENCH_RSS: rssFile, TZ: 'Asia/Tokyo' },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const ms = performance.now() - start;
  if (r.status !== 0 && r.status !== 1) throw new Error(`exit ${r.status}: ${r.stderr.slice(0, 300)}`);
  const kb = Number(readFileSync(rssFile, 'utf8'));
  return { ms, maxRssMb: kb / 1024, status: r.status };
}

function best(runs: readonly Timed[]): Timed {
  return runs.reduce((a, b) => (b.ms < a.ms ? b : a));
}

export default async function bench(): Promise<BenchFigure[]> {
  if (!existsSync(dist)) throw new Error(`${dist} is missing: npm run build -w @kyodo/cli first`);
  const dir = mkdtempSync(join(tmpdir(), 'kyodo-bench-'));
  try {
    const file = join(dir, 'register-50000.xlsx');
    await writeRegister(file, ROWS);
    const rss = join(dir, 'rss');
    // Read exactly as kyodo reads: the file's bytes, then exceljs's load (faster than its readFile stream).
    const readOnly = `import { readFileSync } from 'node:fs'; import ExcelJS from 'exceljs'; const wb = new ExcelJS.Workbook(); await wb.xlsx.load(readFileSync(${JSON.stringify(file)})); if (wb.worksheets[0].rowCount < ${ROWS}) process.exit(3);`;
    const readArgs = ['--input-type=module', '-e', readOnly];
    const cliArgs = [
      bin,
      'validate',
      file,
      '--profile',
      'ichinoseki',
      '--today',
      '2025-05-31',
      '--format',
      'json',
      '--out',
      join(dir, 'report.json'),
    ];
    const reads: Timed[] = [];
    const cli: Timed[] = [];
    for (let i = 0; i < 3; i++) {
      reads.push(timed(readArgs, rss));
      cli.push(timed(cliArgs, rss));
    }
    const r = best(reads);
    const c = best(cli);
    const report = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as {
      totals: { rowsRead: number; errors: number };
    };
    return [
      {
        name: 'validate 50,000-row xlsx, end to end',
        value: Math.round(c.ms),
        unit: 'ms',
        note: `${report.totals.rowsRead.toLocaleString('en-US')} rows read, ${report.totals.errors.toLocaleString('en-US')} errors; best of 3, fresh process`,
      },
      {
        name: 'read the same file only (exceljs)',
        value: Math.round(r.ms),
        unit: 'ms',
        note: 'best of 3, fresh process',
      },
      {
        name: 'end to end / read only',
        value: Math.round((c.ms / r.ms) * 100) / 100,
        unit: '×',
        note: 'aim under 1.5',
      },
      {
        name: 'validate rows per second, end to end',
        value: Math.round(ROWS / (c.ms / 1000)),
        unit: 'rows/s',
      },
      {
        name: 'peak memory, validate',
        value: Math.round(c.maxRssMb),
        unit: 'MB',
        note: 'maxRSS of the kyodo process',
      },
      {
        name: 'peak memory, read only',
        value: Math.round(r.maxRssMb),
        unit: 'MB',
        note: 'maxRSS of the reading process',
      },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const f of await bench())
    process.stdout.write(`${f.name}: ${f.value} ${f.unit}${f.note ? `  (${f.note})` : ''}\n`);
}
