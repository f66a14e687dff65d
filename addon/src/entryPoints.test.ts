import { describe, expect, it } from 'vitest';
import { entryPoints, footerOf, paramsOf } from './entryPoints.js';

describe('entry points', () => {
  it('names the parameters of a custom function from its @param lines', () => {
    const subsidy = entryPoints.find((e) => e.name === 'KYODO_SUBSIDY')!;
    expect(paramsOf(subsidy)).toEqual([
      'program',
      'fiscalYear',
      'expense',
      'ineligible',
      'prior',
      'profile',
      'founded',
    ]);
  });
  it('writes one forwarding top-level function per entry, with its JSDoc', () => {
    const footer = footerOf([
      { name: 'KYODO_NENDO', kind: 'custom', doc: ['年度', '@param {Date} date 日付', '@customfunction'] },
    ]);
    expect(footer).toBe(
      '/**\n * 年度\n * @param {Date} date 日付\n * @customfunction\n */\nfunction KYODO_NENDO(date) { return __kyodo.KYODO_NENDO.apply(this, arguments); }',
    );
  });
  it('has unique names', () => {
    expect(new Set(entryPoints.map((e) => e.name)).size).toBe(entryPoints.length);
  });
});
