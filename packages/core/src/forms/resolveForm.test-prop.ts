import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { builtinProfiles } from '../profiles/builtin/index.js';
import { resolveForm } from './resolveForm.js';

/** Full-width form of ASCII and of digits, as staff type them with an IME. */
function fullWidth(text: string): string {
  return text.replace(/[!-~]/gu, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
}

const brackets = fc.constantFrom(['', ''], ['【', '】'], ['（', '）'], ['(', ')'], ['[', ']'], ['「', '」']);
const spaces = fc.constantFrom('', ' ', '　', '  ');
const suffix = fc.constantFrom('', '事業', '等');

const cases = builtinProfiles.flatMap((profile) =>
  profile.forms.flatMap((form) => [form.label.ja, ...form.synonyms].map((text) => ({ profile, form, text }))),
);

describe('resolveForm laws (RULES F3)', () => {
  it('a label or synonym, however spaced, bracketed, widened or suffixed, names its own form', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...cases),
        brackets,
        spaces,
        spaces,
        suffix,
        fc.boolean(),
        ({ profile, form, text }, [open, close], before, after, end, wide) => {
          const written = `${before}${open}${wide ? fullWidth(text) : text}${end}${close}${after}`;
          const result = resolveForm(profile, written);
          expect(result.ok && result.value.id).toBe(form.id);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('never throws on any text, and a failure always carries a bilingual problem', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...builtinProfiles),
        fc.string({ unit: 'grapheme', maxLength: 12 }),
        (profile, text) => {
          const result = resolveForm(profile, text);
          if (!result.ok) {
            expect(result.problems.length).toBeGreaterThan(0);
            for (const p of result.problems)
              expect(p.message.ja.length * p.message.en.length).toBeGreaterThan(0);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
