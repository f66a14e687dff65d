import { type Console, sayError } from './Console.js';
import { internalErrorWords, unknownCommandWords } from './commands/commandWords.js';
import { commandNames, helpText } from './help.js';

/** The version printed by `kyodo --version`. */
export const version = '0.1.0';

/**
 * Run the kyodo command with its arguments (without `node` and the script) and return the exit
 * code: 0 no errors, 1 the data has errors, 2 a file cannot be read or the arguments are wrong.
 * A failure inside kyodo itself is one line on stderr, exit 70 (set KYODO_DEBUG=1 for the
 * stack).
 */
export async function run(argv: readonly string[], term: Console): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case undefined:
      case '--help':
      case '-h':
        term.out(helpText() ?? '');
        return 0;
      case '--version':
      case '-v':
        term.out(`kyodo ${version}\n`);
        return 0;
      case 'help': {
        const text = helpText(rest[0]);
        if (text === undefined) return unknownCommand(term, rest[0] ?? '');
        term.out(text);
        return 0;
      }
      // Each command is loaded when asked for: help and subsidy start fast.
      case 'validate':
        return await (await import('./commands/validate.js')).validateCommand(rest, term);
      case 'report':
        return await (await import('./commands/report.js')).reportCommand(rest, term);
      case 'subsidy':
        return await (await import('./commands/subsidy.js')).subsidyCommand(rest, term);
      case 'review':
        return await (await import('./commands/review.js')).reviewCommand(rest, term);
      case 'test':
        return await (await import('./commands/test.js')).testCommand(rest, term);
      case 'profiles':
        return await (await import('./commands/profiles.js')).profilesCommand(rest, term);
      case 'profile':
        return await (await import('./commands/profiles.js')).profileCommand(rest, term);
      default:
        return unknownCommand(term, command);
    }
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    sayError(term, internalErrorWords(text));
    if (process.env.KYODO_DEBUG === '1' && error instanceof Error && error.stack !== undefined)
      term.err(`${error.stack}\n`);
    return 70;
  }
}

function unknownCommand(term: Console, command: string): number {
  sayError(term, unknownCommandWords(command, commandNames));
  return 2;
}
