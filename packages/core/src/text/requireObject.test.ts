import { describe, expect, it } from 'vitest';
import { KyodoError } from '../problems/KyodoError.js';
import { requireObject } from './requireObject.js';

describe('requireObject', () => {
  it('gives back a record whose lists are lists', () => {
    const profile = { programs: [] };
    expect(requireObject(profile, 'profile', ['programs'])).toBe(profile);
    expect(requireObject(undefined, 'options', [], true)).toBeUndefined();
  });

  it('throws a KyodoError naming the argument or the member, never a TypeError', () => {
    for (const [value, lists, what, received] of [
      [null, [], 'profile', 'null'],
      [3, [], 'profile', 'number'],
      [[], [], 'profile', 'a list'],
      [{}, ['programs'], 'profile.programs', 'undefined'],
    ] as const) {
      try {
        requireObject(value, 'profile', lists);
        expect.unreachable();
      } catch (error) {
        expect(error).toBeInstanceOf(KyodoError);
        const problem = (error as KyodoError).problems[0];
        expect(problem?.code).toBe('text.not-an-object');
        expect(problem?.message.en).toContain(`${what} must be`);
        expect(problem?.message.en).toContain(`not ${received}`);
      }
    }
  });
});
