import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answersArb, frameworkArb, shuffled } from './_arbitraries.js';
import { frameworkSchema } from './schema.js';
import { scoreEvaluation } from './scoreEvaluation.js';

const score = (framework: Parameters<typeof scoreEvaluation>[0], answers: Record<string, unknown>) => {
  const r = scoreEvaluation(framework, { project: '事業', evaluator: '市', answers });
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.value;
};

describe('scoreEvaluation laws (RULES E7)', () => {
  it('a mean stays within the scale, and is null only when nothing is answered', () => {
    fc.assert(
      fc.property(
        frameworkArb.chain((f) => fc.tuple(fc.constant(f), answersArb(f))),
        ([framework, answers]) => {
          const s = score(framework, answers);
          const values = framework.scale.levels.map((l) => l.value);
          if (s.answered === 0) expect(s.mean).toBeNull();
          else {
            expect(s.mean).not.toBeNull();
            expect(s.mean!).toBeGreaterThanOrEqual(Math.min(...values) - 1e-12);
            expect(s.mean!).toBeLessThanOrEqual(Math.max(...values) + 1e-12);
          }
          expect(s.answered + s.unanswered.length).toBe(framework.items.length);
        },
      ),
    );
  });

  it('the order of the answers and of the framework items changes no result', () => {
    fc.assert(
      fc.property(
        frameworkArb.chain((f) =>
          fc
            .tuple(fc.constant(f), answersArb(f))
            .chain(([framework, answers]) =>
              fc.tuple(
                fc.constant(framework),
                fc.constant(answers),
                shuffled(Object.entries(answers)),
                shuffled(framework.items),
              ),
            ),
        ),
        ([framework, answers, entries, items]) => {
          const base = score(framework, answers);
          const reordered = score(framework, Object.fromEntries(entries));
          expect(reordered).toEqual(base);
          const permuted = score(frameworkSchema.parse({ ...framework, items }), answers);
          expect(permuted.mean).toBe(base.mean);
          expect(permuted.levels).toEqual(base.levels);
          expect([...permuted.unanswered].sort()).toEqual([...base.unanswered].sort());
        },
      ),
    );
  });

  it('adding an unanswered item changes no mean', () => {
    fc.assert(
      fc.property(
        frameworkArb.chain((f) => fc.tuple(fc.constant(f), answersArb(f), fc.constantFrom(0.5, 1, 2, 7))),
        ([framework, answers, weight]) => {
          const base = score(framework, answers);
          const extra = {
            id: 'extra',
            label: { ja: '追加', en: 'Extra' },
            aliases: [],
            weight,
            source: { document: 'kyodo', section: 'test' },
          };
          const wider = frameworkSchema.parse({ ...framework, items: [...framework.items, extra] });
          // Left out of the answers, or answered with a blank: either way unanswered.
          for (const more of [answers, { ...answers, extra: '' }]) {
            const s = score(wider, more);
            expect(s.mean).toBe(base.mean);
            expect(s.unanswered).toEqual([...base.unanswered, 'extra']);
          }
        },
      ),
    );
  });
});
