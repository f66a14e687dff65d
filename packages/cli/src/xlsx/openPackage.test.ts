import { describe, expect, it } from 'vitest';
import {
  inflatingWorkbook,
  smallWorkbook,
  truncated,
  withDeclaredSizes,
} from '../../test/hostileWorkbooks.js';
import { openPackage } from './openPackage.js';
import { MB } from './unzipLimit.js';

describe('openPackage', () => {
  it('lists the parts and reads each, names compared without case', async () => {
    const opened = await openPackage(await smallWorkbook(), 'book.xlsx', 10 * MB);
    if (!opened.ok) throw new Error('not opened');
    const pkg = opened.value;
    expect(pkg.names).toContain('xl/workbook.xml');
    expect(pkg.has('XL/Workbook.xml')).toBe(true);
    expect((await pkg.read('xl/workbook.xml')).toString('utf8')).toContain('<sheet ');
    expect(pkg.totalSize).toBeGreaterThan(pkg.sizeOf('xl/worksheets/sheet1.xml'));
  });

  it('refuses a zip declaring more than the limit before inflating anything, and a truncated zip', async () => {
    const bomb = await openPackage(
      withDeclaredSizes(await smallWorkbook(), () => 3e9),
      'bomb.xlsx',
      256 * MB,
    );
    expect(bomb.ok ? '' : bomb.problems[0]?.code).toBe('io.too-large');
    const cut = await openPackage(truncated(await smallWorkbook(), 0.5), 'cut.xlsx', 256 * MB);
    expect(cut.ok ? '' : cut.problems[0]?.code).toBe('io.damaged-workbook');
  });

  it('stops a part that inflates past what it declares', async () => {
    const lying = withDeclaredSizes(await inflatingWorkbook(2), (name, size) =>
      name.includes('sheet1') ? 1000 : size,
    );
    const opened = await openPackage(lying, 'lying.xlsx', 256 * MB);
    if (!opened.ok) throw new Error('not opened');
    await expect(opened.value.read('xl/worksheets/sheet1.xml')).rejects.toThrow();
  });
});
