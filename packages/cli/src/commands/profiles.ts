import {
  type Bilingual,
  builtinProfiles,
  citationText,
  documentNumber,
  formatFiscalYear,
  formatRate,
  type Profile,
} from '@kyodo/core';
import { type Console, sayError } from '../Console.js';
import { profileArg } from '../profileArg.js';
import { type Lang, say } from '../render/words.js';
import { formatChoiceWords } from './commandWords.js';
import { problemText } from './problemText.js';
import { noArgumentsWords, profileCountsWords, profileWords, thresholdWords } from './profileWords.js';
import { commonOptions, startCommand } from './startCommand.js';

const spec = {
  format: { type: 'string' },
  ...commonOptions,
} as const;

/**
 * `kyodo profiles` (docs/cli.md "kyodo profiles / kyodo profile show"): the built-in profiles, one line each — ID, name, the
 * documents they rest on, and how many forms, programs and evaluation frameworks they have.
 */
export async function profilesCommand(argv: readonly string[], given: Console): Promise<number> {
  const started = startCommand('profiles', argv, spec, given);
  if ('exit' in started) return started.exit;
  const { term, lang } = started;
  const positionals = started.args.positionals;
  const format = formatOf(started.args.options.format);
  if (typeof format !== 'string') return usage(term, format);
  if (positionals.length > 0) return usage(term, noArgumentsWords(positionals[0]));
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
  const w = (key: keyof typeof profileWords) => say(profileWords[key], lang);
  const lines = [w('builtIn'), ''];
  for (const p of builtinProfiles) {
    lines.push(`${p.id.padEnd(12)} ${say(p.name, lang)}`);
    lines.push(
      `${' '.repeat(13)}${say(profileCountsWords(p.forms.length, p.programs.length, p.evaluation.frameworks.length), lang)}`,
    );
    // The documents by their Japanese titles (and in English alone, by their English ones).
    const sources = p.sources.map((s) =>
      lang === 'en'
        ? `${s.title.en} (${documentNumber(s.document)})`
        : `${s.title.ja}（${documentNumber(s.document)}）`,
    );
    lines.push(`${' '.repeat(13)}${sources.join(lang === 'en' ? '; ' : '、')}`);
  }
  lines.push('', w('showOne'));
  term.out(`${lines.join('\n')}\n`);
  return 0;
}

/**
 * `kyodo profile show ID|PATH` (docs/cli.md "kyodo profiles / kyodo profile show"): one profile — a built-in or a JSON file,
 * validated with `extends` resolved — as text (forms, programs with their rates, limits and
 * years, evaluation items, review frameworks, header aliases) or as JSON (`--format json`, the profile as data).
 */
export async function profileCommand(argv: readonly string[], given: Console): Promise<number> {
  const started = startCommand('profile', argv, spec, given);
  if ('exit' in started) return started.exit;
  const { term, lang } = started;
  const [sub, id, ...rest] = started.args.positionals;
  if (sub !== 'show' || id === undefined || rest.length > 0) return usage(term, profileWords.showUsage);
  const format = formatOf(started.args.options.format);
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
  term.out(describeProfile(profile.value, lang));
  return 0;
}

function describeProfile(p: Profile, lang: Lang): string {
  const t = (ja: string, en: string) => say({ ja, en }, lang);
  const w = (key: keyof typeof profileWords) => say(profileWords[key], lang);
  const b = (text: { ja: string; en: string }) => say(text, lang);
  /** Two lists side by side: Japanese joined with 、, English with ", ". */
  const list = (ja: readonly string[], en: readonly string[]) => t(ja.join('、'), en.join(', '));
  const out: string[] = [];
  out.push(`${b(p.name)} (${p.id})`);
  if (p.extends !== undefined) out.push(`extends: ${p.extends}`);
  if (p.description !== undefined) {
    if (lang !== 'en') out.push(p.description.ja);
    if (lang !== 'ja') out.push(p.description.en);
  }
  out.push('', `${w('sources')}:`);
  for (const s of p.sources)
    out.push(`  ${documentNumber(s.document)}  ${b(s.title)}${s.period ? ` (${s.period})` : ''}`);
  out.push('', `${w('forms')} (${p.forms.length}):`);
  for (const f of p.forms) {
    const syn = f.synonyms.length > 0 ? `  ${lang === 'en' ? 'also' : '別名'}: ${f.synonyms.join('、')}` : '';
    out.push(`  ${f.id.padEnd(16)} ${b(f.label)}${syn}`);
  }
  out.push('', `${w('programs')} (${p.programs.length}):`);
  for (const g of p.programs) {
    out.push(`  ${g.id}  ${b(g.names)}`);
    const facts: string[] = [];
    const years = g.years
      ?.map((y) => `${formatFiscalYear(y.from)}～${y.to === undefined ? '' : formatFiscalYear(y.to)}`)
      .join('、');
    facts.push(years === undefined ? w('yearsNotSet') : `${w('years')}: ${years}`);
    const rate = g.rate?.at(-1)?.value;
    facts.push(
      rate === undefined
        ? w('rateNotSet')
        : rate === null
          ? w('rateEnded')
          : `${w('rate')}: ${lang === 'en' ? formatRate(rate) : `${formatRate(rate, 'ja')}${lang === 'both' ? ` (${formatRate(rate)})` : ''}`}`,
    );
    const limit = g.annualLimit?.at(-1)?.value;
    facts.push(
      limit === undefined
        ? w('limitNotSet')
        : limit === null
          ? w('limitEnded')
          : limit === 'none'
            ? w('noLimit')
            : `${w('limit')}: ${
                lang === 'en' ? `${limit.toLocaleString('en-US')} yen` : `${limit.toLocaleString('ja-JP')}円`
              }${g.limitPer ? ` (${lang === 'en' ? g.limitPer.en : g.limitPer.ja})` : ''}`,
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
      facts.push(`${w('overTheYears')}: ${list(ja.filter(Boolean), en.filter(Boolean))}`);
    }
    out.push(`      ${facts.join('; ')}`);
    out.push(`      ${citationText(g.source)[lang === 'en' ? 'en' : 'ja']}`);
  }
  out.push('', `${w('evaluationFrameworks')} (${p.evaluation.frameworks.length}):`);
  for (const f of p.evaluation.frameworks) {
    out.push(`  ${f.id}  ${b(f.label)}`);
    for (const item of f.items) out.push(`      ${item.id.padEnd(20)} ${b(item.label)}`);
    const levels = f.scale.levels.map(
      (l) => `${l.spellings[0]} ${lang === 'en' ? l.label.en : l.label.ja} (${l.value})`,
    );
    out.push(`      ${w('scale')}: ${levels.join(lang === 'en' ? ', ' : '、')}`);
  }
  out.push('', `${w('reviewFrameworks')} (${p.review.frameworks.length}):`);
  const notSet = w('notSet');
  for (const f of p.review.frameworks) {
    out.push(`  ${f.id}  ${b(f.label)}${f.program === undefined ? '' : `  → ${f.program}`}`);
    const criteria = f.criteria.map(
      (c) =>
        `${lang === 'en' ? c.label.en : c.label.ja}${c.weight === undefined ? '' : `×${c.weight}`}${c.max === undefined ? '' : lang === 'en' ? ` (${c.max} points)` : `（${c.max}点）`}`,
    );
    out.push(`      ${w('criteria')}: ${criteria.join(lang === 'en' ? ', ' : '、')}`);
    const threshold = f.threshold === undefined ? notSet : say(thresholdWords(f.threshold), lang);
    out.push(
      `      ${w('scale')}: ${f.scale === undefined ? notSet : `${f.scale.min}〜${f.scale.max} (${f.scale.step})`}; ${w('combine')}: ${f.combine?.method ?? notSet}; ${w('threshold')}: ${threshold}`,
      `      ${w('conflict')}: ${f.conflict?.rule ?? notSet}; ${w('ties')}: ${f.tie?.rule ?? notSet}; ${w('budgetShort')}: ${f.reduction === undefined ? notSet : `${f.reduction.rule}${f.reduction.unit === undefined ? '' : ` (${f.reduction.unit})`}`}`,
    );
  }
  out.push('', `${w('headerAliases')}:`);
  for (const [kind, fields] of Object.entries(p.headers)) {
    out.push(`  ${kind}:`);
    for (const [field, aliases] of Object.entries(fields as Record<string, readonly string[]>))
      out.push(`      ${field.padEnd(18)} ${aliases.join('、')}`);
  }
  out.push('', `${w('missingMarkers')}: ${p.missingMarkers.join('、')}`);
  return `${out.join('\n')}\n`;
}

function formatOf(given: string | undefined): 'text' | 'json' | Bilingual {
  if (given === undefined || given === 'text') return 'text';
  if (given === 'json') return 'json';
  return formatChoiceWords(['text', 'json'], given);
}

function usage(term: Console, message: Bilingual): number {
  sayError(term, message);
  return 2;
}
