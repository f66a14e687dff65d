import { describe, expect, it } from 'vitest';
import { encryptedWorkbook, legacyXls, otherOle, smallWorkbook } from '../../test/hostileWorkbooks.js';
import { fileSignatureOf } from './fileSignatureOf.js';

describe('fileSignatureOf', () => {
  it('tells a workbook, a protected workbook, an old .xls and other files apart by their bytes', async () => {
    expect(fileSignatureOf(await smallWorkbook())).toBe('zip');
    expect(fileSignatureOf(await encryptedWorkbook())).toBe('encrypted');
    expect(fileSignatureOf(legacyXls())).toBe('xls');
    expect(fileSignatureOf(otherOle())).toBe('ole');
    expect(fileSignatureOf(Buffer.from('事業名,予算額'))).toBe('other');
    expect(fileSignatureOf(new Uint8Array())).toBe('other');
  });
});
