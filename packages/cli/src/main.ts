import { type Console, todayInJapan } from './Console.js';
import { run } from './run.js';

/**
 * The process side of the kyodo command (bin/kyodo.js): stdout and stderr of the process,
 * today's date in Japan from the clock, the locale's variables, and the exit code returned.
 */
export async function main(argv: readonly string[]): Promise<number> {
  const term: Console = {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    errIsTerminal: process.stderr.isTTY === true,
    cwd: process.cwd(),
    today: () => todayInJapan(),
    env: process.env,
  };
  return run(argv, term);
}
