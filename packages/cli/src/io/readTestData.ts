import { readFile, stat } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { err, ok, type Path, type Result } from '@kyodo/core';
import { LineCounter, parseDocument } from 'yaml';
import { ioMessages } from './ioMessages.js';
import { lineOfPath } from './lineOfPath.js';

/** A test file's data, and the line where a path of it is written. */
export interface TestData {
  readonly data: unknown;
  readonly lineOf: (path: Path, key?: string) => number | undefined;
}

/**
 * The data of a profile's test file (docs/profiles.md テストを書く): YAML (.yaml, .yml) or JSON
 * (.json), both read by the `yaml` package as YAML 1.2 (dates and amounts such as 2024-04-01 and
 * 360,000円 stay text; a repeated key is an error). A file that is missing, unreadable or not
 * valid is a problem naming the file, the line and the column; a valid one comes with the line of
 * each of its paths, for what the checks find later.
 */
export async function readTestData(file: string, cwd: string): Promise<Result<TestData>> {
  const where = { path: [file] };
  const ext = extname(file).toLowerCase();
  if (ext !== '.yaml' && ext !== '.yml' && ext !== '.json')
    return err(ioMessages.problem('io.test-file-extension', { file }, where));
  let text: string;
  try {
    const path = resolve(cwd, file);
    if ((await stat(path)).isDirectory()) return err(ioMessages.problem('io.not-a-file', { file }, where));
    text = (await readFile(path, 'utf8')).replace(/^\uFEFF/u, '');
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'ENOENT' || code === 'ENOTDIR')
      return err(ioMessages.problem('io.missing-file', { file }, where));
    return err(ioMessages.problem('io.unreadable', { file, reason: code ?? String(error) }, where));
  }
  // JSON is YAML 1.2: one reader gives the line and column of a mistake in either.
  const format = ext === '.json' ? 'JSON' : 'YAML';
  const lines = new LineCounter();
  const doc = parseDocument(text, { prettyErrors: true, uniqueKeys: true, lineCounter: lines });
  if (doc.errors.length > 0)
    return err(
      doc.errors.map((e) =>
        ioMessages.problem(
          'io.bad-test-file',
          {
            file,
            format,
            line: e.linePos?.[0].line ?? 0,
            column: e.linePos?.[0].col ?? 0,
            reason: e.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/u, '') ?? e.code,
          },
          where,
        ),
      ),
    );
  return ok({ data: doc.toJS(), lineOf: (path, key) => lineOfPath(doc, lines, path, key) });
}
