import { type Readable, Transform } from 'node:stream';
import { buffer as collect } from 'node:stream/consumers';
import { err, ok, type Result } from '@kyodo/core';
import yauzl from 'yauzl';
import { ioMessages } from '../io/ioMessages.js';
import { MB } from './unzipLimit.js';

/**
 * The parts of an .xlsx (a zip package, ECMA-376 Part 2), each inflated only when asked and
 * never past the size the zip declares for it.
 */
export interface XlsxPackage {
  /** The part names, in the order of the zip's central directory. */
  readonly names: readonly string[];
  /** Whether the package has the part (names compared without case, ECMA-376 Part 2 §9.1.1.1). */
  has(name: string): boolean;
  /** The part's name as the zip spells it. */
  nameOf(name: string): string | undefined;
  /** The part's unzipped size as the zip declares it. */
  sizeOf(name: string): number;
  /** The unzipped size of all parts, as the zip declares it. */
  readonly totalSize: number;
  /** The part's bytes, unzipped. Rejects for a damaged part. */
  read(name: string): Promise<Buffer>;
  /** The part's bytes as a stream (a large sheet is never held whole). */
  stream(name: string): Promise<Readable>;
}

/** Thrown (as a rejection of read or stream) when a part inflates past the size it declared. */
export class UnzipLimitError extends Error {}

/**
 * Open an .xlsx's bytes as a package (yauzl reads the zip's central directory; no part is
 * inflated yet). Refused, each with one problem naming the file: a zip whose parts declare
 * more than `limitBytes` unzipped in all (a zip bomb, or a workbook too large to read: the
 * limit is --unzip-limit), a truncated or damaged zip, a zip with encrypted entries. While a
 * part is inflated, yauzl stops it as soon as it gives more bytes than its entry declares
 * (validateEntrySizes), and so does kyodo's own count: whatever the headers say, no part ever
 * inflates past what was checked against the limit.
 */
export async function openPackage(
  bytes: Uint8Array,
  file: string,
  limitBytes: number,
): Promise<Result<XlsxPackage>> {
  const where = { path: [file] };
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let zip: yauzl.ZipFile;
  let entries: yauzl.Entry[];
  try {
    zip = await yauzl.fromBufferPromise(buffer, { lazyEntries: true, validateEntrySizes: true });
    entries = await readEntries(zip);
  } catch (error) {
    return err(ioMessages.problem('io.damaged-workbook', { file, reason: reasonOf(error) }, where));
  }
  let total = 0;
  const byName = new Map<string, yauzl.Entry>();
  for (const entry of entries) {
    if (entry.fileName.endsWith('/')) continue;
    if (entry.isEncrypted()) return err(ioMessages.problem('io.encrypted', { file }, where));
    total += entry.uncompressedSize;
    const key = entry.fileName.toLowerCase();
    if (!byName.has(key)) byName.set(key, entry);
  }
  if (total > limitBytes)
    return err(
      ioMessages.problem(
        'io.too-large',
        { file, megabytes: Math.ceil(total / MB), limit: Math.floor(limitBytes / MB) },
        where,
      ),
    );
  const entryOf = (name: string): yauzl.Entry => {
    const entry = byName.get(name.toLowerCase());
    if (entry === undefined) throw new Error(`${name}: no such part`);
    return entry;
  };
  const stream = async (name: string): Promise<Readable> => {
    const entry = entryOf(name);
    const raw = await zip.openReadStreamPromise(entry);
    const out = capped(entry.uncompressedSize, name);
    // A damaged part (zlib's error, or yauzl's size check) fails the stream read from.
    raw.on('error', (error) => out.destroy(error));
    out.on('error', () => raw.unpipe(out));
    return raw.pipe(out);
  };
  return ok({
    names: [...byName.values()].map((e) => e.fileName),
    has: (name) => byName.has(name.toLowerCase()),
    nameOf: (name) => byName.get(name.toLowerCase())?.fileName,
    sizeOf: (name) => byName.get(name.toLowerCase())?.uncompressedSize ?? 0,
    totalSize: total,
    stream,
    read: async (name) => collect(await stream(name)),
  });
}

async function readEntries(zip: yauzl.ZipFile): Promise<yauzl.Entry[]> {
  const entries: yauzl.Entry[] = [];
  return new Promise((resolve, reject) => {
    zip.on('entry', (entry: yauzl.Entry) => {
      entries.push(entry);
      zip.readEntry();
    });
    zip.on('end', () => resolve(entries));
    zip.on('error', reject);
    zip.readEntry();
  });
}

/** A pass-through that fails once more than `size` bytes went through it. */
function capped(size: number, name: string): Transform {
  let seen = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      seen += chunk.length;
      if (seen > size) done(new UnzipLimitError(`${name} inflates past the ${size} bytes it declares`));
      else done(null, chunk);
    },
  });
}

function reasonOf(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  const line = text.split('\n')[0] ?? '';
  return line.length > 120 ? `${line.slice(0, 117)}…` : line;
}
