import { describe, expect, it } from 'vitest';
import { builtinFrameworks } from './builtin.js';
import { findItem } from './findItem.js';

const ichinoseki = builtinFrameworks.ichinoseki[0]!;

describe('findItem', () => {
  it('finds an item by ID, label or alias, width folded', () => {
    expect(findItem(ichinoseki, 'hiyo-taiko')?.id).toBe('hiyo-taiko');
    expect(findItem(ichinoseki, '費用対効果')?.id).toBe('hiyo-taiko');
    expect(findItem(ichinoseki, ' 費用に見合った成果 ')?.id).toBe('hiyo-taiko');
    expect(findItem(ichinoseki, '目標･成果の達成')?.id).toBe('mokuhyo-seika');
    expect(findItem(ichinoseki, 'Value for money')?.id).toBe('hiyo-taiko');
    expect(findItem(ichinoseki, '話し合いの継続')?.id).toBe('hanashiai-keizoku');
    expect(findItem(ichinoseki, '話し合いの継続の原則')?.id).toBe('hanashiai-keizoku-gensoku');
  });

  it('finds nothing for other text', () => {
    expect(findItem(ichinoseki, '満足度')).toBeUndefined();
    expect(findItem(ichinoseki, '')).toBeUndefined();
  });
});
