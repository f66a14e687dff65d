// One convention for the text staff read (docs/contributing.md "Conventions"):
// Japanese and English side by side in a catalogue, never written inline. Problems go in a
// message catalogue made with defineMessages (`messages.ts`, `*Messages.ts`: code → severity,
// ja, en, summary, 対処); the words of a screen or a report in a words table (`words.ts`,
// `*Words.ts`, the add-on's `i18n/strings.ts`: key → { ja, en }, or a function of the values
// it shows returning { ja, en }). A renderer picks the language, or joins the two.
//
// This test fails, naming the file and line, when text creeps back in another way:
// - a joined string literal 「日本語 / English」 outside a catalogue;
// - an inline { ja: '…', en: '…' } literal outside a catalogue.
// Profile data (built-in profiles, programs, frameworks, the documents) is data a municipality
// writes in JSON, not a message convention.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const SOURCES = ['packages/core/src', 'packages/sheets/src', 'packages/cli/src', 'addon/src', 'addon/deploy'];

/** Catalogue files: where Japanese and English text belongs. */
const CATALOGUE = /^(?:messages|[A-Za-z]+Messages|words|[A-Za-z]+Words|strings)\.ts$/u;

/** Profile data: labels a municipality writes in its profile JSON, in the same { ja, en } form. */
const DATA = new Set([
  'packages/core/src/sources/documents.ts',
  'packages/core/src/subsidies/builtin.ts',
  'packages/core/src/evaluation/builtin.ts',
  'packages/core/src/review/builtin.ts',
  'packages/core/src/evaluation/defaultScale.ts',
]);
const DATA_FOLDER = 'packages/core/src/profiles/builtin/';

/** Tests, fixtures and generated test data are not what staff read. */
const NOT_SHOWN = /\.test(?:-prop)?\.ts$|\/_fixtures?\.ts$|\/_arbitraries\.ts$|\/sampleReport\.ts$/u;

const JAPANESE = '[\\u3040-\\u30ff\\u3400-\\u9fff\\uff01-\\uff60]';
/** A string literal of one line holding Japanese, then " / ", then English. */
const JOINED = new RegExp(
  `(['"\`])(?:(?!\\1)[^\\\\\\n]|\\\\.)*${JAPANESE}(?:(?!\\1)[^\\\\\\n]|\\\\.)*\\s/\\s[A-Za-z](?:(?!\\1)[^\\\\\\n]|\\\\.)*\\1`,
  'u',
);
/** An object literal's Japanese text written where it is used: { ja: '…' or { ja: `…`. */
const INLINE = /\bja:\s*['"`]/u;

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(join(root, dir))) {
    const path = join(dir, name);
    if (statSync(join(root, path)).isDirectory()) out.push(...sourceFiles(path));
    else if (name.endsWith('.ts') && !NOT_SHOWN.test(path)) out.push(path);
  }
  return out;
}

/** The lines of a file that write text another way than the catalogue, as "file:line: text". */
function offences(file: string, text: string): string[] {
  if (CATALOGUE.test(basename(file)) || DATA.has(file) || file.startsWith(DATA_FOLDER)) return [];
  const out: string[] = [];
  text.split('\n').forEach((line, i) => {
    const code = line.trim();
    if (code.startsWith('//') || code.startsWith('*') || code.startsWith('/*')) return;
    if (JOINED.test(line)) out.push(`${file}:${i + 1}: joined 「ja / en」 string: ${code.slice(0, 100)}`);
    else if (INLINE.test(line)) out.push(`${file}:${i + 1}: inline { ja, en } text: ${code.slice(0, 100)}`);
  });
  return out;
}

const files = SOURCES.flatMap(sourceFiles).map((f) => relative(root, join(root, f)).replaceAll('\\', '/'));

describe('one convention for Japanese and English text', () => {
  it('finds what it looks for (the patterns can fail)', () => {
    expect(
      offences('packages/cli/src/x.ts', "const t = '組み込みのプロファイル / Built-in profiles';"),
    ).toHaveLength(1);
    expect(offences('packages/cli/src/x.ts', "say({ ja: '結果', en: 'Results' });")).toHaveLength(1);
    expect(offences('packages/cli/src/render/words.ts', "say({ ja: '結果', en: 'Results' });")).toEqual([]);
    expect(offences('packages/cli/src/x.ts', '// 日本語 / English in a comment')).toEqual([]);
    expect(offences('packages/cli/src/x.ts', "const path = 'a/b / c';")).toEqual([]);
  });

  it('keeps text in catalogues: no file writes it inline or joined', () => {
    const found = files.flatMap((file) => offences(file, readFileSync(join(root, file), 'utf8')));
    expect(found, 'move this text into a catalogue (messages.ts / *Words.ts)').toEqual([]);
  });

  it('looks at the code staff read: the CLI, the add-on and the packages', () => {
    const looked = SOURCES.filter((dir) => files.some((f) => f.startsWith(`${dir}/`)));
    expect(looked).toEqual(SOURCES);
    expect(files).toContain('packages/cli/src/commands/subsidy.ts');
  });
});
