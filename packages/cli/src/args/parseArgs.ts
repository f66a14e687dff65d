import type { Bilingual } from '@kyodo/core';

/** One option a command takes: `--name value` (string) or `--name` (boolean). */
export interface OptionSpec {
  readonly type: 'string' | 'boolean';
  /** May be given more than once (`--prior 2023:30000 --prior 2022:10000`). */
  readonly multiple?: boolean;
  /** One-letter form: `-h`. */
  readonly short?: string;
}

/** What the command line gave: option values by name and the positional arguments. */
export interface ParsedArgs {
  readonly options: Readonly<Record<string, string | boolean | readonly string[] | undefined>>;
  readonly positionals: readonly string[];
}

/** Parsed arguments, or what is wrong with them, in Japanese and English. */
export type ArgsResult =
  | { readonly ok: true; readonly value: ParsedArgs }
  | { readonly ok: false; readonly message: Bilingual };

/**
 * Parse a command's arguments: `--name value`, `--name=value`, `-h`, booleans, repeated
 * options, positionals, and `--` to end options. An unknown option, a missing value or an
 * option given twice is a bilingual message naming it (exit 2 in the command).
 *
 * @example
 * parseArgs(['a.xlsx', '--format', 'json'], { format: { type: 'string' } })
 * //=> { ok: true, value: { options: { format: 'json' }, positionals: ['a.xlsx'] } }
 */
export function parseArgs(argv: readonly string[], spec: Readonly<Record<string, OptionSpec>>): ArgsResult {
  const options: Record<string, string | boolean | string[] | undefined> = {};
  const positionals: string[] = [];
  const shorts = new Map<string, string>();
  for (const [name, s] of Object.entries(spec)) if (s.short !== undefined) shorts.set(s.short, name);
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    let name: string | undefined;
    let inline: string | undefined;
    if (arg.startsWith('--') && arg.length > 2) {
      const eq = arg.indexOf('=');
      name = eq === -1 ? arg.slice(2) : arg.slice(2, eq);
      inline = eq === -1 ? undefined : arg.slice(eq + 1);
    } else if (/^-[A-Za-z]$/.test(arg)) {
      name = shorts.get(arg.slice(1));
      if (name === undefined) return unknown(arg, spec);
    } else if (/^[-－ー—–]{1,2}[A-Za-z]/.test(arg) && !arg.startsWith('-')) {
      return fail({
        ja: `${arg} の先頭が全角のダッシュです。半角の「--」で書いてください`,
        en: `${arg} starts with a full-width dash: type it as "--"`,
      });
    } else {
      positionals.push(arg);
      continue;
    }
    // Only the command's own options: --constructor is unknown, not Object's constructor.
    const s = Object.hasOwn(spec, name) ? spec[name] : undefined;
    if (s === undefined) return unknown(`--${name}`, spec);
    if (s.type === 'boolean') {
      if (inline !== undefined)
        return fail({
          ja: `--${name} は値をとりません (「=${inline}」は不要です)`,
          en: `--${name} takes no value (drop "=${inline}")`,
        });
      options[name] = true;
      continue;
    }
    let value = inline;
    if (value === undefined) {
      const next = argv[i + 1];
      if (next === undefined || (next.startsWith('--') && next.length > 2))
        return fail({ ja: `--${name} には値が必要です`, en: `--${name} needs a value` });
      value = next;
      i++;
    }
    if (s.multiple === true) {
      const list = (options[name] as string[] | undefined) ?? [];
      list.push(value);
      options[name] = list;
    } else {
      if (options[name] !== undefined)
        return fail({
          ja: `--${name} が2回指定されています (${String(options[name])} と ${value})`,
          en: `--${name} is given twice (${String(options[name])} and ${value})`,
        });
      options[name] = value;
    }
  }
  return { ok: true, value: { options, positionals } };
}

function fail(message: Bilingual): ArgsResult {
  return { ok: false, message };
}

function unknown(option: string, spec: Readonly<Record<string, OptionSpec>>): ArgsResult {
  const known = Object.keys(spec)
    .map((n) => `--${n}`)
    .join(' ');
  return fail({
    ja: `${option} というオプションはありません (使えるもの: ${known})`,
    en: `unknown option ${option} (known: ${known})`,
  });
}
