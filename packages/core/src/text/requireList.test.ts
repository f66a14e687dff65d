import { describe, expect, it } from 'vitest';
import { KyodoError } from '../problems/KyodoError.js';
import { requireList } from './requireList.js';

describe('requireList', () => {
  it('gives back a list of records', () => {
    const rows = [{ item: 'a' }, { item: 'b' }];
    expect(requireList(rows, 'rows')).toBe(rows);
  });

  it('throws a KyodoError naming the list or the member that is not a record', () => {
    expect(() => requireList('rows' as unknown as [], 'rows')).toThrow(KyodoError);
    try {
      requireList([{}, null] as unknown as object[], 'evaluations');
      expect.unreachable();
    } catch (error) {
      expect((error as KyodoError).problems[0]?.message.en).toBe(
        'evaluations[1] must be an object, not null',
      );
      expect((error as KyodoError).problems[0]?.message.ja).toBe(
        'evaluations[1] はオブジェクトでなければなりません（nullでした）',
      );
    }
  });
});
