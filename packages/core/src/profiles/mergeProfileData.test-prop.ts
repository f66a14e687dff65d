import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { builtinProfiles } from './builtin/index.js';
import { loadProfile } from './loadProfile.js';

describe('extends laws (docs/profiles.md "extends")', () => {
  it('a child that gives only its id and parent is its parent under another id', () => {
    fc.assert(
      fc.property(fc.constantFrom(...builtinProfiles), (parent) => {
        const result = loadProfile({ id: `${parent.id}-child`, extends: parent.id });
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        expect({ ...result.value, id: parent.id, extends: undefined }).toEqual({
          ...parent,
          extends: undefined,
        });
      }),
    );
  });

  it('overriding one form’s synonyms changes that form only, whatever the form', () => {
    const forms = builtinProfiles.flatMap((p) => p.forms.map((f) => ({ parent: p, form: f })));
    fc.assert(
      fc.property(
        fc.constantFrom(...forms),
        fc.array(fc.stringMatching(/^[あ-ん]{2,6}$/u), { minLength: 1, maxLength: 3 }),
        ({ parent, form }, synonyms) => {
          const result = loadProfile({ id: 'child', extends: parent.id, forms: [{ id: form.id, synonyms }] });
          expect(result.ok).toBe(true);
          if (!result.ok) return;
          const expected = parent.forms.map((f) => (f.id === form.id ? { ...f, synonyms } : f));
          expect(result.value.forms).toEqual(expected);
        },
      ),
      { numRuns: 100 },
    );
  });
});
