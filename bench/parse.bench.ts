/**
 * Parsing throughput of @kyodo/core for spreadsheet cells (`npm run bench`): one
 * million mixed yen and date cells, in cells per second. The cells are the forms RULES
 * C2 and C3 list, in a realistic mix (text with 円, 万円, △, full-width digits, number cells,
 * 和暦 and Western dates, serials, date cells, fiscal years), with varying values so that no
 * two neighbouring cells are the same string. Each figure runs a warm-up pass first, then
 * times one pass over one million cells.
 */
import { pathToFileURL } from 'node:url';
import { parseDate, parseFiscalYear, parseYen, type Result } from '../packages/core/src/index.js';
import type { BenchFigure } from './figure.js';

type Kind = 'yen' | 'date' | 'fiscal-year';
interface Cell {
  readonly kind: Kind;
  readonly value: unknown;
}

const CELLS = 1_000_000;

const full = (s: string) => s.replace(/[0-9,]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
const comma = (n: number) => n.toLocaleString('en-US');

/** Yen cells as staff type them (RULES C3). */
const yenForms: ((i: number) => unknown)[] = [
  (i) => `${comma(10_000 + i * 7)}円`,
  (i) => comma(50_000 + i),
  (i) => 120_000 + i,
  (i) => `${(i % 90) + 1}万円`,
  (i) => `${((i % 90) + 1) / 2}万円`,
  (i) => `△${comma(1_000 + (i % 5000))}`,
  (i) => `¥${comma(200_000 + i)}`,
  (i) => full(`${comma(30_000 + i)}`),
  (i) => `${full(String((i % 9) + 1))}万円`,
  (i) => String(48_000 + i),
];

/** Date cells (RULES C2). */
const dateForms: ((i: number) => unknown)[] = [
  (i) => `令和${(i % 6) + 2}年${(i % 12) + 1}月${(i % 28) + 1}日`,
  (i) => `R${(i % 6) + 2}.${(i % 12) + 1}.${(i % 28) + 1}`,
  (i) => 45_000 + (i % 2000),
  (i) => `${2019 + (i % 6)}/${(i % 12) + 1}/${(i % 28) + 1}`,
  (i) =>
    `${2019 + (i % 6)}-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
  (i) => ({ kind: 'date', iso: `2024-${String((i % 12) + 1).padStart(2, '0')}-01` }),
  (i) => `令和${(i % 6) + 2}年4月1日(月)`,
  (i) => full(`令和${(i % 6) + 2}年${(i % 12) + 1}月${(i % 28) + 1}日`),
  (i) =>
    `令和${['元', '二', '三', '四', '五', '六'][i % 6]}年${['五', '十', '十二'][i % 3]}月${['一', '十五', '三十'][i % 3]}日`,
];

/** Fiscal-year cells (RULES C1, C2). */
const fiscalYearForms: ((i: number) => unknown)[] = [
  (i) => `令和${(i % 6) + 1}年度`,
  (i) => `R${(i % 6) + 1}`,
  (i) => 2019 + (i % 6),
  (i) => `平成${20 + (i % 12)}年度`,
  (i) => `${2019 + (i % 6)}年度`,
];

function cells(kinds: readonly Kind[], count: number): Cell[] {
  const out: Cell[] = [];
  for (let i = 0; i < count; i++) {
    const kind = kinds[i % kinds.length]!;
    const forms = kind === 'yen' ? yenForms : kind === 'date' ? dateForms : fiscalYearForms;
    out.push({ kind, value: forms[Math.floor(i / kinds.length) % forms.length]!(i) });
  }
  return out;
}

function parse(cell: Cell): Result<unknown> {
  if (cell.kind === 'yen') return parseYen(cell.value, { allowNegative: true });
  if (cell.kind === 'date') return parseDate(cell.value);
  return parseFiscalYear(cell.value);
}

function measure(name: string, input: readonly Cell[], note: string): BenchFigure {
  let failed = 0;
  for (const cell of input.slice(0, 10_000)) {
    const r = parse(cell);
    if (!r.ok)
      throw new Error(`${name}: ${JSON.stringify(cell.value)} did not parse: ${r.problems[0]!.code}`);
  }
  // Warm-up: one pass over a tenth of the cells, so the JIT has compiled the parsers.
  for (let i = 0; i < input.length / 10; i++) if (!parse(input[i]!).ok) failed++;
  failed = 0;
  const start = performance.now();
  for (let i = 0; i < input.length; i++) if (!parse(input[i]!).ok) failed++;
  const ms = performance.now() - start;
  if (failed > 0) throw new Error(`${name}: ${failed} of ${input.length} benchmark cells did not parse`);
  return {
    name,
    value: Math.round((input.length / ms) * 1000),
    unit: 'cells/s',
    note: `${note}; ${ms.toFixed(0)} ms`,
  };
}

/** Throughput of parseYen, parseDate and parseFiscalYear over one million cells each run. */
export default async function bench(): Promise<BenchFigure[]> {
  return [
    measure(
      'parse 1M mixed yen and date cells',
      cells(['yen', 'date', 'yen', 'date', 'fiscal-year'], CELLS),
      '40% yen, 40% dates, 20% fiscal years; 1M cells after a 100k warm-up',
    ),
    measure('parseYen, 1M cells', cells(['yen'], CELLS), '10 forms: 50,000円, ５万円, △1,234, ¥, numbers …'),
    measure(
      'parseDate, 1M cells',
      cells(['date'], CELLS),
      '9 forms: 令和6年4月1日, R6.4.1, serials, kanji …',
    ),
    measure('parseFiscalYear, 1M cells', cells(['fiscal-year'], CELLS), '5 forms: 令和6年度, R6, 2024 …'),
  ];
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const f of await bench())
    console.log(`${f.name}: ${f.value.toLocaleString('en-US')} ${f.unit} (${f.note})`);
}
