import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeCreatingFolder } from './writeCreatingFolder.js';

describe('writeCreatingFolder', () => {
  it('writes a large text as UTF-8, a surrogate pair across a piece boundary included, into a new folder', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kyodo-write-'));
    const piece = 1 << 20;
    // 𠮷 (U+20BB7, in Japanese family names) is two UTF-16 units: here its first unit is the
    // last of the first piece, and again at the end of the text.
    const text = `${'a'.repeat(piece - 1)}𠮷野家${'協働'.repeat(piece / 2)}\n𠮷`;
    const file = join(dir, 'out', 'report.json');
    await writeCreatingFolder(file, text);
    const bytes = readFileSync(file);
    expect(bytes.equals(Buffer.from(text, 'utf8'))).toBe(true);
    expect(bytes.toString('utf8')).toBe(text);
    const binary = join(dir, 'copy.bin');
    await writeCreatingFolder(binary, new Uint8Array([0x50, 0x4b, 0x03, 0x04]));
    expect([...readFileSync(binary)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
    await writeCreatingFolder(join(dir, 'empty.txt'), '');
    expect(readFileSync(join(dir, 'empty.txt')).length).toBe(0);
  });
});
