import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';

/** The repository root. */
export const root = fileURLToPath(new URL('..', import.meta.url));

const forms = ['共催', '委託', '補助', '後援', '実行委員会', '事業協力'];
const organisers: Record<string, string> = {
  共催: '共同',
  委託: '市',
  補助: '市民',
  後援: '市民',
  実行委員会: '共同',
  事業協力: '市',
};

/**
 * A project register of `rows` rows as a municipality keeps it (a title, a header with units,
 * 和暦 fiscal years, dates, amounts), one bad row in 50, written by exceljs's streaming writer
 * (shared strings, styles), as the benchmarks of the command read it.
 */
export async function writeRegister(file: string, rows: number): Promise<void> {
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

/** What one fresh process took. */
export interface Timed {
  readonly ms: number;
  readonly maxRssMb: number;
  readonly status: number | null;
  readonly stdout: string;
}

/** Run node with args in a fresh process; time it from outside; its own peak RSS from a preload. */
export function timed(args: readonly string[], rssFile: string, ok: readonly number[] = [0, 1]): Timed {
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
  if (!ok.includes(r.status ?? -1)) throw new Error(`exit ${r.status}: ${r.stderr.slice(0, 300)}`);
  const kb = Number(readFileSync(rssFile, 'utf8'));
  return { ms, maxRssMb: kb / 1024, status: r.status, stdout: r.stdout };
}

/** The fastest of the runs. */
export function best(runs: readonly Timed[]): Timed {
  return runs.reduce((a, b) => (b.ms < a.ms ? b : a));
}
