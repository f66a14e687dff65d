import { parseArgs as nodeParseArgs } from 'node:util';
import type { Bilingual } from '@kyodo/core';
import {
  fullWidthDashWords,
  givenTwiceWords,
  needsValueWords,
  takesNoValueWords,
  unknownOptionWords,
  unreadableArgsWords,
} from './argsWords.js';

/** One option a command takes: `--name value` (string) or `--name` (boolean). */
export interface OptionSpec {
  readonly type: 'string' | 'boolean';
  /** May be given more than once (`--prior 2023:30000 --prior 2022:10000`). */
  readonly multiple?: boolean;
  /** One-letter form: `-h`. */
  readonly short?: string;
}

/** The options of one command, by long name. */
export type OptionsSpec = Readonly<Record<string, OptionSpec>>;

/**
 * The value of one option as its spec says: a string, a list of strings (repeatable), or true
 * (a flag); absent when not given.
 */
type ValueOf<S extends OptionSpec> = S['type'] extends 'boolean'
  ? boolean
  : S['multiple'] extends true
    ? readonly string[]
    : string;

/** The options of a command as given, typed by its spec: `{ format?: string; map?: readonly string[]; help?: boolean }`. */
export type ParsedOptions<S extends OptionsSpec> = { readonly [K in keyof S]?: ValueOf<S[K]> };

/** What the command line gave: option values by name and the positional arguments. */
export interface ParsedArgs<S extends OptionsSpec = OptionsSpec> {
  readonly options: ParsedOptions<S>;
  readonly positionals: readonly string[];
}

/** Parsed arguments, or what is wrong with them, in Japanese and English. */
export type ArgsResult<S extends OptionsSpec = OptionsSpec> =
  | { readonly ok: true; readonly value: ParsedArgs<S> }
  | { readonly ok: false; readonly message: Bilingual };

/**
 * Parse a command's arguments with Node's util.parseArgs (strict): `--name value`,
 * `--name=value`, `-h`, booleans, repeated options, positionals, and `--` to end options. The
 * options come back typed by the command's spec. An unknown option, a missing value or an
 * option given twice is a bilingual message naming it (exit 2 in the command).
 *
 * util.parseArgs alone would refuse `--format -1` (a value that starts with a dash) and says
 * what is wrong in English only: the arguments are read once leniently (its tokens) to say what
 * is wrong in both languages, then parsed strictly with each value written `--name=value`.
 *
 * @example
 * parseArgs(['a.xlsx', '--format', 'json'], { format: { type: 'string' } })
 * //=> { ok: true, value: { options: { format: 'json' }, positionals: ['a.xlsx'] } }
 */
export function parseArgs<const S extends OptionsSpec>(argv: readonly string[], spec: S): ArgsResult<S> {
  // Only the command's own options: --constructor is unknown, not Object's constructor.
  const options: Record<string, OptionSpec> = Object.create(null);
  for (const [name, s] of Object.entries(spec)) options[name] = s;
  const { tokens } = nodeParseArgs({
    args: [...argv],
    options: toNodeOptions(options),
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  const given = new Map<string, string>();
  const normalised: string[] = [];
  for (const token of tokens) {
    if (token.kind === 'option-terminator') {
      normalised.push('--', ...argv.slice(token.index + 1));
      break;
    }
    if (token.kind === 'positional') {
      const arg = token.value;
      if (/^[-－ー—–]{1,2}[A-Za-z]/.test(arg) && !arg.startsWith('-')) return fail(fullWidthDashWords(arg));
      normalised.push(arg);
      continue;
    }
    const { name, rawName } = token;
    const s = Object.hasOwn(options, name) ? options[name] : undefined;
    // A cluster such as -abc is read as -a -b -c: the first unknown one is named.
    if (s === undefined) return unknown(rawName.startsWith('--') ? `--${name}` : rawName, spec);
    if (s.type === 'boolean') {
      if (token.inlineValue === true) return fail(takesNoValueWords(name, token.value));
      normalised.push(`--${name}`);
      continue;
    }
    const value = token.value;
    // `--format --out x`: --out is the next option, not the value of --format.
    if (value === undefined || (token.inlineValue !== true && value.startsWith('--') && value.length > 2))
      return fail(needsValueWords(name));
    if (s.multiple !== true) {
      const before = given.get(name);
      if (before !== undefined) return fail(givenTwiceWords(name, before, value));
      given.set(name, value);
    }
    normalised.push(`--${name}=${value}`);
  }
  let strict: { values: Record<string, unknown>; positionals: string[] };
  try {
    strict = nodeParseArgs({
      args: normalised,
      options: toNodeOptions(options),
      strict: true,
      allowPositionals: true,
    });
  } catch (error) {
    // Every fault util.parseArgs knows is said above; this is kept for one it may add.
    const text = error instanceof Error ? error.message : String(error);
    return fail(unreadableArgsWords(text));
  }
  return {
    ok: true,
    value: { options: { ...strict.values } as ParsedOptions<S>, positionals: strict.positionals },
  };
}

function toNodeOptions(options: Readonly<Record<string, OptionSpec>>) {
  const out: Record<string, { type: 'string' | 'boolean'; multiple?: boolean; short?: string }> =
    Object.create(null);
  for (const [name, s] of Object.entries(options))
    out[name] = {
      type: s.type,
      ...(s.multiple === undefined ? {} : { multiple: s.multiple }),
      ...(s.short === undefined ? {} : { short: s.short }),
    };
  return out;
}

function fail(message: Bilingual): { ok: false; message: Bilingual } {
  return { ok: false, message };
}

function unknown(option: string, spec: OptionsSpec): { ok: false; message: Bilingual } {
  const known = Object.keys(spec)
    .map((n) => `--${n}`)
    .join(' ');
  return fail(unknownOptionWords(option, known));
}
