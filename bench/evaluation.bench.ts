/**
 * The evaluation engine and the publication summary (`npm run bench`): scoring throughput for 100,000
 * evaluations of the ichinoseki framework (11 items, spellings as sheets write them: A–D, 1–4,
 * full width, some blanks), combining them per project (gaps, missing evaluators), and the time
 * to build and render the HTML summary of 1,000 projects. Each figure runs a warm-up first.
 *
 * Alone: npx tsx bench/evaluation.bench.ts
 */
import { pathToFileURL } from 'node:url';
import {
  buildPublicationSummary,
  builtinFrameworks,
  combineEvaluations,
  type EvaluationInput,
  type Framework,
  renderSummaryHtml,
  scoreEvaluation,
} from '../packages/core/src/index.js';
import type { BenchFigure } from './figure.js';

const framework = builtinFrameworks.ichinoseki[0] as Framework;
const spellings = ['A', 'B', 'C', 'D', '4', '3', '2', '1', 'Ａ', 'Ｂ', '３', '十分達成', '概ね達成', ''];
const evaluators = ['市', '団体', '市担当課', '協働相手', '協働推進会議', '参加者アンケート'];

function evaluations(count: number, projects: number): EvaluationInput[] {
  const out: EvaluationInput[] = [];
  for (let i = 0; i < count; i++) {
    const answers: Record<string, string> = {};
    framework.items.forEach((item, j) => {
      answers[item.id] = spellings[(i * 7 + j * 13) % spellings.length] as string;
    });
    out.push({
      project: `協働事業${i % projects}`,
      evaluator: evaluators[i % evaluators.length] as string,
      answers,
    });
  }
  return out;
}

function time(run: () => void): number {
  run();
  const t0 = performance.now();
  run();
  return performance.now() - t0;
}

export default async function bench(): Promise<BenchFigure[]> {
  const many = evaluations(100_000, 20_000);
  const scoreMs = time(() => {
    for (const e of many) scoreEvaluation(framework, e);
  });
  const combineMs = time(() => {
    combineEvaluations(framework, many);
  });
  const forSummary = evaluations(4_000, 1_000);
  const projects = Array.from({ length: 1_000 }, (_, i) => ({
    project: `協働事業${i}`,
    form: ['共催', '補助・助成', '事業委託', '後援・協賛'][i % 4] as string,
    budget: 100_000 + i * 1_000,
    actual: 90_000 + i * 1_100,
  }));
  let bytes = 0;
  const summaryMs = time(() => {
    const s = buildPublicationSummary({
      profile: { id: 'ichinoseki', name: { ja: '一関市', en: 'Ichinoseki' } },
      fiscalYear: 2024,
      date: '2025-05-30',
      framework,
      evaluations: forSummary,
      projects,
    });
    if (!s.ok) throw new Error('bench fixture');
    bytes = renderSummaryHtml(s.value).length;
  });
  return [
    {
      name: 'scoreEvaluation, 100k evaluations',
      value: Math.round(100_000 / (scoreMs / 1000)),
      unit: 'evaluations/s',
      note: `${Math.round(scoreMs)} ms; 11 items each, mixed spellings and blanks`,
    },
    {
      name: 'combineEvaluations, 100k evaluations of 20k projects',
      value: Math.round(combineMs),
      unit: 'ms',
      note: 'scores, per-evaluator means, gaps, missing evaluators',
    },
    {
      name: 'buildPublicationSummary + renderSummaryHtml, 1,000 projects',
      value: Math.round(summaryMs),
      unit: 'ms',
      note: `4,000 evaluations; ${Math.round(bytes / 1024)} KB of HTML`,
    },
  ];
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const f of await bench())
    console.log(`${f.name}: ${f.value.toLocaleString('en-US')} ${f.unit} (${f.note})`);
}
