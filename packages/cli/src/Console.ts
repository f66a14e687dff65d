import type { Bilingual } from '@kyodo/core';
import { terminalText } from './render/terminalText.js';

/**
 * Where a command writes and what it may know of the outside: the output streams, whether
 * stderr is a terminal (progress is shown only then), the working directory and today's date
 * in Japan. `main` fills it from the process; tests and benchmarks pass their own.
 */
export interface Console {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  readonly errIsTerminal: boolean;
  readonly cwd: string;
  /** Today in Japan, 'YYYY-MM-DD' (the CLI may read the clock; core never does). */
  readonly today: () => string;
}

/**
 * One line on stderr: `kyodo: <Japanese> / <English>`, never a stack trace; control characters
 * from a file name or a cell are shown escaped (docs/security.md).
 */
export function sayError(term: Console, message: Bilingual): void {
  term.err(`kyodo: ${terminalText(oneLine(message.ja))} / ${terminalText(oneLine(message.en))}\n`);
}

/** One warning line on stderr: `kyodo: 注意 / warning: <Japanese> / <English>`, control characters escaped. */
export function sayWarning(term: Console, message: Bilingual): void {
  term.err(
    `kyodo: 注意 / warning: ${terminalText(oneLine(message.ja))} / ${terminalText(oneLine(message.en))}\n`,
  );
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ');
}

/** Today's date in Japan (Asia/Tokyo), whatever the machine's zone. */
export function todayInJapan(now: Date = new Date()): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Tokyo',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(now);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}
