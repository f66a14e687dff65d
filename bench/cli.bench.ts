/**
 * The kyodo command on large workbooks against the bare read of the same file by the xlsx
 * reader it uses (docs/contributing.md, 依存ライブラリ: exceljs's Workbook.xlsx.load), side by
 * side for 50,000 and 200,000 rows: time, the ratio, and peak memory; and the annotated copy
 * of each (validate --annotate).
 *
 * Every run is a fresh Node process, timed from outside, so each pays the same start-up and its
 * peak memory (maxRSS) is its own: (a) a script that only loads the file with exceljs; (b) the
 * built command, `kyodo validate FILE --profile ichinoseki --format json --out …`; (c) the same
 * with --annotate. (a) and (b) are run three times (twice for 200,000 rows) and the fastest kept.
 *
 * Alone: npx tsx bench/cli.bench.ts (after npm run build -w @kyodo/cli)
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BenchFigure } from './figure.js';
import { best, root, type Timed, timed, writeRegister } from './register.js';

const bin = join(root, 'packages/cli/bin/kyodo.js');
const dist = join(root, 'packages/cli/dist/index.js');
const SIZES = [50_000, 200_000];

export default async function bench(): Promise<BenchFigure[]> {
  if (!existsSync(dist)) throw new Error(`${dist} is missing: npm run build -w @kyodo/cli first`);
  const dir = mkdtempSync(join(tmpdir(), 'kyodo-bench-'));
  const figures: BenchFigure[] = [];
  try {
    for (const rows of SIZES) {
      const n = rows.toLocaleString('en-US');
      const file = join(dir, `register-${rows}.xlsx`);
      await writeRegister(file, rows);
      const rss = join(dir, 'rss');
      const readOnly = `import { readFileSync } from 'node:fs'; import ExcelJS from 'exceljs'; const wb = new ExcelJS.Workbook(); await wb.xlsx.load(readFileSync(${JSON.stringify(file)})); if (wb.worksheets[0].rowCount < ${rows}) process.exit(3);`;
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
      ];
      const reads: Timed[] = [];
      const cli: Timed[] = [];
      for (let i = 0; i < (rows > 100_000 ? 2 : 3); i++) {
        reads.push(timed(['--input-type=module', '-e', readOnly], rss, [0]));
        cli.push(timed([...cliArgs, '--out', join(dir, 'report.json')], rss));
      }
      const annotated = timed(
        [...cliArgs, '--out', join(dir, 'report.json'), '--annotate', join(dir, 'copy.xlsx')],
        rss,
      );
      const r = best(reads);
      const c = best(cli);
      const report = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as {
        totals: { rowsRead: number; errors: number };
      };
      figures.push(
        {
          name: `validate ${n} rows, end to end`,
          value: Math.round(c.ms),
          unit: 'ms',
          note: `${report.totals.rowsRead.toLocaleString('en-US')} rows read, ${report.totals.errors.toLocaleString('en-US')} errors; peak ${Math.round(c.maxRssMb)} MB`,
        },
        {
          name: `exceljs xlsx.load of the same ${n} rows, bare`,
          value: Math.round(r.ms),
          unit: 'ms',
          note: `peak ${Math.round(r.maxRssMb)} MB`,
        },
        {
          name: `${n} rows: end to end / bare read`,
          value: Math.round((c.ms / r.ms) * 100) / 100,
          unit: '×',
          note: `peak memory ${Math.round(c.maxRssMb)} MB / ${Math.round(r.maxRssMb)} MB`,
        },
        {
          name: `validate --annotate ${n} rows, end to end`,
          value: Math.round(annotated.ms),
          unit: 'ms',
          note: `peak ${Math.round(annotated.maxRssMb)} MB (one run)`,
        },
      );
    }
    return figures;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const f of await bench())
    process.stdout.write(`${f.name}: ${f.value} ${f.unit}${f.note ? `  (${f.note})` : ''}\n`);
}
