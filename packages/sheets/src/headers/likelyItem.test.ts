import { builtinFrameworks } from '@kyodo/core';
import { describe, expect, it } from 'vitest';
import { likelyItem } from './likelyItem.js';

const ichinoseki = builtinFrameworks.ichinoseki[0]!;
const toride = builtinFrameworks.toride[0]!;

describe('likelyItem', () => {
  it('names the item whose words a header shares most (001 ⑵ 改善策の検討 ❶ 市民の特性がより良く発揮されているか)', () => {
    expect(likelyItem('市民の特性が発揮されたか', ichinoseki.items)?.id).toBe('shimin-tokusei');
    expect(likelyItem('創意工夫は発揮されたか', ichinoseki.items)?.id).toBe('soi-kufu');
    expect(likelyItem('費用に見合う成果', ichinoseki.items)?.id).toBe('hiyo-taiko');
  });
  it('compares only the items it is given (those the sheet has no column for)', () => {
    const left = ichinoseki.items.filter((i) => i.id !== 'soi-kufu');
    expect(likelyItem('創意工夫は発揮されたか', left)?.id).not.toBe('soi-kufu');
  });
  it('reads the plan’s names of toride’s principles (003 第3章(1))', () => {
    expect(likelyItem('自己変革はできたか', toride.items)?.id).toBe('jiko-henkaku');
  });
  it('is undefined when no item shares a pair of characters with the header', () => {
    expect(likelyItem('備考', ichinoseki.items)).toBeUndefined();
    expect(likelyItem('', ichinoseki.items)).toBeUndefined();
  });
});
