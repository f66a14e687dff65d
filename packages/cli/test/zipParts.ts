import { buffer as collect } from 'node:stream/consumers';
import yauzl from 'yauzl';
import yazl from 'yazl';

/**
 * Test helpers: a zip's parts by name, in the zip's order (yauzl), and a zip made from parts
 * (yazl), so that a test can look inside an .xlsx, or make one with a part changed, in
 * another order, or broken.
 */
export async function readZip(bytes: Uint8Array): Promise<Map<string, Buffer>> {
  const zip = await yauzl.fromBufferPromise(Buffer.from(bytes), { lazyEntries: true });
  const parts = new Map<string, Buffer>();
  await new Promise<void>((resolve, reject) => {
    zip.on('entry', (entry: yauzl.Entry) => {
      if (entry.fileName.endsWith('/')) return zip.readEntry();
      zip
        .openReadStreamPromise(entry)
        .then(collect)
        .then((data) => {
          parts.set(entry.fileName, data);
          zip.readEntry();
        }, reject);
    });
    zip.on('end', resolve);
    zip.on('error', reject);
    zip.readEntry();
  });
  return parts;
}

/** A zip of the parts, in the order given, each deflated unless `stored`. */
export async function writeZip(
  parts: Iterable<readonly [string, Uint8Array | string]>,
  options: { stored?: boolean } = {},
): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  const out = collect(zip.outputStream);
  for (const [name, data] of parts)
    zip.addBuffer(Buffer.from(data), name, { compress: options.stored !== true, mtime: new Date(0) });
  zip.end();
  return out;
}

/** The .xlsx with one part rewritten as text. */
export async function patchPart(
  bytes: Uint8Array,
  name: string,
  edit: (xml: string) => string,
): Promise<Buffer> {
  const parts = await readZip(bytes);
  const part = parts.get(name);
  if (part === undefined) throw new Error(`${name}: no such part`);
  parts.set(name, Buffer.from(edit(part.toString('utf8'))));
  return writeZip(parts);
}
