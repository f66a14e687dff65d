import { randomBytes } from 'node:crypto';
import { open, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Readable } from 'node:stream';
import { err, ok, type Result } from '@kyodo/core';
import { ioMessages } from '../io/ioMessages.js';
import { makeFolderFor } from './makeFolderFor.js';

/** What an output is made of: a text, pieces of text (a streamed JSON report), bytes or a stream (an annotated copy). */
export type OutputData = string | Iterable<string> | Uint8Array | NodeJS.ReadableStream;

/** Characters of a text encoded at a time. */
const PIECE = 1 << 20;

/**
 * The name of the temporary file an output is written to before it is renamed into place:
 * beside it, so the rename is atomic, and named so a user who finds one left by a killed run
 * can tell what it is (`report.html.kyodo-unfinished-12345-a1b2c3.tmp`).
 */
function unfinishedNameOf(file: string, pid: number = process.pid): string {
  return join(
    dirname(file),
    `${basename(file)}.kyodo-unfinished-${pid}-${randomBytes(3).toString('hex')}.tmp`,
  );
}

/**
 * Write an output safely (docs/security.md, 出力先の安全): the folder is made if missing
 * (makeFolderFor), the data is written to a temporary file in the same folder, flushed to
 * disk, and only then renamed over the final name — a killed run leaves at most a file named
 * `….kyodo-unfinished-….tmp`, never a half-written file under the final name, and an earlier
 * good copy stays whole until the new one is complete. A failure removes the temporary file
 * and is one problem naming the output (`output` as the user gave it, `file` absolute).
 * A text is encoded a piece at a time, so a large report is never also held whole as UTF-8.
 */
export async function writeAtomically(output: string, file: string, data: OutputData): Promise<Result<void>> {
  const folder = await makeFolderFor(output, file);
  if (!folder.ok) return folder;
  const temporary = unfinishedNameOf(file);
  try {
    const handle = await open(temporary, 'wx');
    try {
      const mode = await modeOf(file);
      if (mode !== undefined) await handle.chmod(mode);
      await writeFile(handle, typeof data === 'string' ? piecesOf(data) : toWritable(data));
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, file);
    return ok(undefined);
  } catch (error) {
    await rm(temporary, { force: true }).catch(() => undefined);
    const reason = (error as { code?: string }).code ?? String(error);
    return err(ioMessages.problem('io.cannot-write', { output, reason }, { path: [output] }));
  }
}

/** The permissions of the file being replaced, kept for its replacement. */
async function modeOf(file: string): Promise<number | undefined> {
  try {
    const info = await stat(file);
    return info.isFile() ? info.mode & 0o777 : undefined;
  } catch {
    return undefined;
  }
}

function toWritable(data: Exclude<OutputData, string>): Uint8Array | Iterable<string> | Readable {
  if (data instanceof Uint8Array) return data;
  if (Symbol.iterator in data) return data as Iterable<string>;
  return data as Readable;
}

/** A text in pieces; a piece never ends between the two halves of a surrogate pair (𠮷). */
function* piecesOf(text: string): Generator<string> {
  for (let at = 0; at < text.length; ) {
    let end = Math.min(at + PIECE, text.length);
    const last = text.charCodeAt(end - 1);
    if (last >= 0xd800 && last <= 0xdbff && end < text.length) end++;
    yield text.slice(at, end);
    at = end;
  }
}
