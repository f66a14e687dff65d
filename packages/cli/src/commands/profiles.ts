import {
  type Bilingual,
  builtinProfiles,
  citationText,
  documentNumber,
  formatFiscalYear,
  formatRate,
  type Profile,
} from '@kyodo/core';
import { parseArgs } from '../args/parseArgs.js';
import { type Console, sayError } from '../Console.js';
import { helpText } from '../help.js';
import { profileArg } from '../profileArg.js';
import { problemText } from './problemText.js';

const spec = {
  format: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/**
 * `kyodo profiles` (docs/cli.md "kyodo profiles / kyodo profile show"): the built-in profiles, one line each — ID, name, the
 * documents they rest on, and how many forms, programs and evaluation frameworks they have.
 */
export async function profilesCommand(argv: readonly string[], term: Console): Promise<number> {
  const parsed = parseArgs(argv, spec);
  if (!parsed.ok) return usage(term, parsed.message);
  if (parsed.value.options.help === true) {
    term.out(helpText('profiles') ?? '');
    return 0;
  }
  const format = formatOf(parsed.value.options.format as string | undefined);
  if (typeof format !== 'string') return usage(term, format);
  if (parsed.value.positionals.length > 0)
    return usage(term, {
      ja: `profiles は引数をとりません。1 つを表示するには kyodo profile show ${parsed.value.positionals[0]}`,
      en: `profiles takes no arguments; to show one: kyodo profile show ${parsed.value.positionals[0]}`,
    });
  if (format === 'json') {
    const list = builtinProfiles.map((p) => ({
      id: p.id,
      name: p.name,
      sources: p.sources.map((s) => s.document),
      forms: p.forms.length,
      programs: p.programs.map((x) => x.id),
      frameworks: p.evaluation.frameworks.map((f) => f.id),
    }));
    term.out(`${JSON.stringify(list, null, 2)}\n`);
    return 0;
  }
  const lines = ['組み込みのプロファイル / Built-in profiles', ''];
  for (const p of builtinProfiles) {
    lines.push(`${p.id.padEnd(12)} ${p.name.ja} / ${p.name.en}`);
    lines.push(
      `${' '.repeat(13)}形態 ${p.forms.length}、補助事業 ${p.programs.length}、評価の枠組み ${p.evaluation.frameworks.length} / ${plural(p.forms.length, 'form')}, ${plural(p.programs.length, 'program')}, ${plural(p.evaluation.frameworks.length, 'evaluation framework')}`,
    );
    lines.push(
      `${' '.repeat(13)}${p.sources.map((s) => `${s.title.ja}（${documentNumber(s.document)}）`).join('、')}`,
    );
  }
  lines.push('', 'kyodo profile show ID で内容を表示します / shows one profile');
  term.out(`${lines.join('\n')}\n`);
  return 0;
}

/**
 * `kyodo profile show ID|PATH` (docs/cli.md "kyodo profiles / kyodo profile show"): one profile — a built-in or a JSON file,
 * validated with `extends` resolved — as text (forms, programs with their rates, limits and
 * years, evaluation items, review frameworks, header aliases) or as JSON (`--format json`, the profile as data).
 */
export async function profileCommand(argv: readonly string[], term: Console): Promise<number> {
  const parsed = parseArgs(argv, spec);
  if (!parsed.ok) return usage(term, parsed.message);
  if (parsed.value.options.help === true) {
    term.out(helpText('profile') ?? '');
    return 0;
  }
  const [sub, id, ...rest] = parsed.value.positionals;
  if (sub !== 'show' || id === undefined || rest.length > 0)
    return usage(term, {
      ja: '使い方: kyodo profile show ID (例: kyodo profile show ichinoseki)',
      en: 'usage: kyodo profile show ID (e.g. kyodo profile show ichinoseki)',
    });
  const format = formatOf(parsed.value.options.format as string | undefined);
  if (typeof format !== 'string') return usage(term, format);
  const profile = await profileArg(id, term.cwd);
  if (!profile.ok) {
    for (const p of profile.problems.filter((x) => x.severity === 'error'))
      sayError(term, problemText([p], id));
    return 2;
  }
  if (format === 'json') {
    term.out(`${JSON.stringify(profile.value, null, 2)}\n`);
    return 0;
  }
  term.out(describeProfile(profile.value));
  return 0;
}

function describeProfile(p: Profile): string {
  const out: string[] = [];
  out.push(`${p.name.ja} / ${p.name.en} (${p.id})`);
  if (p.extends !== undefined) out.push(`extends: ${p.extends}`);
  if (p.description !== undefined) out.push(p.description.ja, p.description.en);
  out.push('', '出典 / Sources:');
  for (const s of p.sources)
    out.push(
      `  ${documentNumber(s.document)}  ${s.title.ja} / ${s.title.en}${s.period ? ` (${s.period})` : ''}`,
    );
  out.push('', `協働の形態 / Forms (${p.forms.length}):`);
  for (const f of p.forms) {
    const syn = f.synonyms.length > 0 ? `  別名: ${f.synonyms.join('、')}` : '';
    out.push(`  ${f.id.padEnd(16)} ${f.label.ja} / ${f.label.en}${syn}`);
  }
  out.push('', `補助事業 / Programs (${p.programs.length}):`);
  for (const g of p.programs) {
    out.push(`  ${g.id}  ${g.names.ja} / ${g.names.en}`);
    const facts: string[] = [];
    const years = g.years
      ?.map((y) => `${formatFiscalYear(y.from)}～${y.to === undefined ? '' : formatFiscalYear(y.to)}`)
      .join('、');
    facts.push(years === undefined ? '年度: 未設定 / years: not set' : `年度 / years: ${years}`);
    const rate = g.rate?.at(-1)?.value;
    facts.push(
      rate === undefined
        ? '補助率: 未設定 / rate: not set'
        : rate === null
          ? '補助率: 終了 / rate: ended'
          : `補助率 / rate: ${formatRate(rate, 'ja')} (${formatRate(rate)})`,
    );
    const limit = g.annualLimit?.at(-1)?.value;
    facts.push(
      limit === undefined
        ? '限度額: 未設定 / limit: not set'
        : limit === null
          ? '限度額: 終了 / limit: ended'
          : limit === 'none'
            ? '限度額なし / no limit'
            : `限度額 / limit: ${limit.toLocaleString('ja-JP')}円${g.limitPer ? ` (${g.limitPer.ja})` : ''}`,
    );
    const caps = g.caps;
    if (caps !== undefined && (caps.totalYen !== undefined || caps.maxYears !== undefined)) {
      const ja = [
        caps.totalYen === undefined ? '' : `総額 ${caps.totalYen.toLocaleString('ja-JP')}円`,
        caps.maxYears === undefined ? '' : `${caps.maxYears}箇年まで`,
      ];
      const en = [
        caps.totalYen === undefined ? '' : `${caps.totalYen.toLocaleString('en-US')} yen in all`,
        caps.maxYears === undefined ? '' : `at most ${caps.maxYears} years`,
      ];
      facts.push(
        `通算 / over the years: ${ja.filter(Boolean).join('、')} / ${en.filter(Boolean).join(', ')}`,
      );
    }
    out.push(`      ${facts.join('; ')}`);
    out.push(`      ${citationText(g.source).ja}`);
  }
  out.push('', `評価の枠組み / Evaluation frameworks (${p.evaluation.frameworks.length}):`);
  for (const f of p.evaluation.frameworks) {
    out.push(`  ${f.id}  ${f.label.ja} / ${f.label.en}`);
    for (const item of f.items) out.push(`      ${item.id.padEnd(20)} ${item.label.ja} / ${item.label.en}`);
    out.push(
      `      尺度 / scale: ${f.scale.levels.map((l) => `${l.spellings[0]} ${l.label.ja} (${l.value})`).join('、')}`,
    );
  }
  out.push('', `審査の基準 / Review frameworks (${p.review.frameworks.length}):`);
  const notSet = '未設定 / not set';
  for (const f of p.review.frameworks) {
    out.push(`  ${f.id}  ${f.label.ja} / ${f.label.en}${f.program === undefined ? '' : `  → ${f.program}`}`);
    out.push(
      `      審査項目 / criteria: ${f.criteria.map((c) => `${c.label.ja}${c.weight === undefined ? '' : `×${c.weight}`}${c.max === undefined ? '' : `（${c.max}点）`}`).join('、')}`,
    );
    const threshold =
      f.threshold === undefined
        ? notSet
        : f.threshold.kind === 'points'
          ? `${f.threshold.value} 点以上 / at least ${f.threshold.value} points`
          : `満点の ${f.threshold.value.numerator}/${f.threshold.value.denominator} 以上 / ${f.threshold.value.numerator}/${f.threshold.value.denominator} of the maximum`;
    out.push(
      `      尺度 / scale: ${f.scale === undefined ? notSet : `${f.scale.min}〜${f.scale.max} (${f.scale.step})`}; 合わせ方 / combine: ${f.combine?.method ?? notSet}; 採択基準 / threshold: ${threshold}`,
      `      利害関係 / conflict: ${f.conflict?.rule ?? notSet}; 同点 / ties: ${f.tie?.rule ?? notSet}; 予算不足 / budget short: ${f.reduction === undefined ? notSet : `${f.reduction.rule}${f.reduction.unit === undefined ? '' : ` (${f.reduction.unit})`}`}`,
    );
  }
  out.push('', '見出しの別名 / Header aliases:');
  for (const [kind, fields] of Object.entries(p.headers)) {
    out.push(`  ${kind}:`);
    for (const [field, aliases] of Object.entries(fields as Record<string, readonly string[]>))
      out.push(`      ${field.padEnd(18)} ${aliases.join('、')}`);
  }
  out.push('', `欠損の印 / Missing-value markers: ${p.missingMarkers.join('、')}`);
  return `${out.join('\n')}\n`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function formatOf(given: string | undefined): 'text' | 'json' | Bilingual {
  if (given === undefined || given === 'text') return 'text';
  if (given === 'json') return 'json';
  return { ja: `--format は text か json です (${given})`, en: `--format is text or json (not ${given})` };
}

function usage(term: Console, message: Bilingual): number {
  sayError(term, message);
  return 2;
}
