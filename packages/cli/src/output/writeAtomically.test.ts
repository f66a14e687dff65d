import { chmodSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { writeAtomically } from './writeAtomically.js';

describe('writeAtomically', () => {
  it('writes a large text as UTF-8, a surrogate pair across a piece boundary included, into a new folder', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kyodo-write-'));
    const piece = 1 << 20;
    // 𠮷 (U+20BB7, in Japanese family names) is two UTF-16 units: here its first unit is the
    // last of the first piece, and again at the end of the text.
    const text = `${'a'.repeat(piece - 1)}𠮷野家${'協働'.repeat(piece / 2)}\n𠮷`;
    const file = join(dir, 'out', 'deeper', 'report.json');
    expect((await writeAtomically('out/deeper/report.json', file, text)).ok).toBe(true);
    const bytes = readFileSync(file);
    expect(bytes.equals(Buffer.from(text, 'utf8'))).toBe(true);
    const binary = join(dir, 'copy.bin');
    await writeAtomically('copy.bin', binary, new Uint8Array([0x50, 0x4b, 0x03, 0x04]));
    expect([...readFileSync(binary)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
    await writeAtomically('empty.txt', join(dir, 'empty.txt'), '');
    expect(readFileSync(join(dir, 'empty.txt')).length).toBe(0);
    await writeAtomically('pieces.json', join(dir, 'pieces.json'), ['[', '1', ']']);
    expect(readFileSync(join(dir, 'pieces.json'), 'utf8')).toBe('[1]');
    // Nothing but the outputs is left in the folders.
    expect(readdirSync(dir).sort()).toEqual(['copy.bin', 'empty.txt', 'out', 'pieces.json']);
    expect(readdirSync(join(dir, 'out', 'deeper'))).toEqual(['report.json']);
  });

  it('keeps the earlier file whole and leaves no temporary file when the data fails part way', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kyodo-write-'));
    const file = join(dir, 'copy.xlsx');
    writeFileSync(file, 'the earlier good copy');
    chmodSync(file, 0o640);
    const failing = Readable.from(
      (async function* () {
        yield Buffer.from('half of a new copy');
        throw Object.assign(new Error('the disk is full'), { code: 'ENOSPC' });
      })(),
    );
    const written = await writeAtomically('copy.xlsx', file, failing);
    expect(written.ok).toBe(false);
    if (!written.ok) {
      expect(written.problems[0]?.code).toBe('io.cannot-write');
      expect(written.problems[0]?.message.en).toContain('copy.xlsx (ENOSPC)');
    }
    expect(readFileSync(file, 'utf8')).toBe('the earlier good copy');
    expect(readdirSync(dir)).toEqual(['copy.xlsx']);
    // A replacement keeps the permissions of the file it replaces.
    await writeAtomically('copy.xlsx', file, 'new');
    expect(statSync(file).mode & 0o777).toBe(0o640);
  });

  it('refuses in one problem a folder that cannot be made: through a file, under /proc', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kyodo-write-'));
    writeFileSync(join(dir, 'a-file'), 'x');
    const through = await writeAtomically('a-file/out/r.json', join(dir, 'a-file', 'out', 'r.json'), '{}');
    expect(through.ok).toBe(false);
    if (!through.ok) {
      expect(through.problems[0]?.code).toBe('io.output-folder');
      expect(through.problems[0]?.message.en).toContain(`${join(dir, 'a-file')} cannot be made (ENOTDIR)`);
    }
    const proc = await writeAtomically('/proc/kyodo/r.json', '/proc/kyodo/r.json', '{}');
    expect(proc.ok).toBe(false);
    if (!proc.ok) expect(proc.problems[0]?.code).toBe('io.output-folder');
  });
});
