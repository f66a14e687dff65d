import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/** Characters of a text encoded at a time when it is written. */
const PIECE = 1 << 20;

/**
 * Write a file, creating its folder first (out/ need not exist). A text is written as UTF-8,
 * encoded a piece at a time: a large report (tens of MB of JSON for a 50,000-row register) is
 * then never also held whole as UTF-8 (issue 6: peak memory). A stream (an annotated copy) is
 * written as it comes.
 */
export async function writeCreatingFolder(
  path: string,
  data: string | Uint8Array | NodeJS.ReadableStream,
): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, typeof data === 'string' ? piecesOf(data) : (data as Uint8Array));
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
