import type { Bilingual } from '@kyodo/core';
import { terminalText } from './render/terminalText.js';
import { type Lang, severityWords } from './render/words.js';

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
  /** The locale variables (LC_ALL, LC_MESSAGES, LANG): the language when --lang is not given. */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /**
   * The language messages are said in, once a command knows it (--lang or the locale); until
   * then (a bad --lang, an unknown option) both Japanese and English.
   */
  readonly lang?: Lang;
}

/**
 * One line on stderr: `kyodo: <Japanese> / <English>` (or the one language of term.lang), never
 * a stack trace; control characters from a file name or a cell are shown escaped
 * (docs/security.md).
 */
export function sayError(term: Console, message: Bilingual): void {
  term.err(`kyodo: ${inLang(term, message)}\n`);
}

/** One warning line on stderr: `kyodo: 注意 / warning: <Japanese> / <English>`, control characters escaped. */
export function sayWarning(term: Console, message: Bilingual): void {
  const label = inLang(term, severityWords.warning);
  term.err(`kyodo: ${label}: ${inLang(term, message)}\n`);
}

/** One line of news on stderr (the profile chosen): `kyodo: <message>`. */
export function sayNote(term: Console, message: Bilingual): void {
  term.err(`kyodo: ${inLang(term, message)}\n`);
}

/** One line on stderr saying what was written, and where: `結果を out.html に書きました`. */
export function sayWritten(term: Console, message: Bilingual): void {
  term.err(`${inLang(term, message)}\n`);
}

/** A message in the language of term.lang (both, Japanese first, until it is known), on one line, escaped. */
export function inLang(term: Console, message: Bilingual): string {
  const ja = terminalText(oneLine(message.ja));
  const en = terminalText(oneLine(message.en));
  if (term.lang === 'ja') return ja;
  if (term.lang === 'en') return en;
  return `${ja} / ${en}`;
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
