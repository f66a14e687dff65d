import { type OptionsSpec, type ParsedArgs, parseArgs } from '../args/parseArgs.js';
import { type Console, sayError } from '../Console.js';
import { type CommandName, helpText } from '../help.js';
import { chooseLang } from '../lang/chooseLang.js';
import type { Lang } from '../render/words.js';

/** What every command takes: --lang and --help. */
export const commonOptions = {
  lang: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** A command started: its arguments, the language chosen, and the console that says things in it. */
export interface Started<S extends OptionsSpec> {
  readonly args: ParsedArgs<S>;
  readonly lang: Lang;
  readonly term: Console;
}

/**
 * The start every command shares: read the arguments (a mistake is one line in both languages,
 * exit 2), print the help on --help (exit 0), and choose the language from --lang or the
 * locale (chooseLang). What follows says its messages in that language.
 */
export function startCommand<const S extends OptionsSpec & typeof commonOptions>(
  command: CommandName,
  argv: readonly string[],
  spec: S,
  term: Console,
): Started<S> | { readonly exit: number } {
  const parsed = parseArgs(argv, spec);
  if (!parsed.ok) {
    sayError(term, parsed.message);
    return { exit: 2 };
  }
  if (parsed.value.options.help === true) {
    term.out(helpText(command) ?? '');
    return { exit: 0 };
  }
  const given = parsed.value.options.lang;
  const lang = chooseLang(typeof given === 'string' ? given : undefined, term.env ?? {});
  if (typeof lang !== 'string') {
    sayError(term, lang);
    return { exit: 2 };
  }
  return { args: parsed.value, lang, term: { ...term, lang } };
}
