import fc from 'fast-check';
import { defaultScale, markScale } from './defaultScale.js';
import { type Framework, frameworkSchema } from './schema.js';

/** Internal test helpers: arbitrary frameworks and evaluations for the property tests. */

/** A framework of 1–8 items with weights from a small set (equal or not), on the default or mark scale. */
export const frameworkArb: fc.Arbitrary<Framework> = fc
  .record({
    weights: fc.array(fc.constantFrom(1, 1, 0.5, 1.5, 2, 3, 0.1), { minLength: 1, maxLength: 8 }),
    marks: fc.boolean(),
  })
  .map(({ weights, marks }) =>
    frameworkSchema.parse({
      id: 'prop',
      label: { ja: '性質', en: 'Property' },
      source: { document: 'kyodo', section: 'test' },
      items: weights.map((weight, i) => ({
        id: `i${i}`,
        label: { ja: `項目${i}`, en: `Item ${i}` },
        weight,
        source: { document: 'kyodo', section: 'test' },
      })),
      scale: marks ? markScale : defaultScale,
    }),
  );

/** An answer for one item: a spelling of a level of the scale, or blank. */
export function answerArb(framework: Framework): fc.Arbitrary<string | number | null> {
  const spellings = framework.scale.levels.flatMap((l) => [
    ...l.spellings,
    l.spellings[0]!.normalize('NFKC'),
  ]);
  const wide = spellings.map((s) =>
    s.replace(/[A-Za-z0-9]/gu, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)),
  );
  return fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...spellings, ...wide) },
    { weight: 2, arbitrary: fc.constantFrom(...framework.scale.levels.map((l) => l.value)) },
    { weight: 2, arbitrary: fc.constantFrom(null, '', ' ') },
  );
}

/** Answers to some of the framework's items (keys in the framework's order). */
export function answersArb(framework: Framework): fc.Arbitrary<Record<string, string | number | null>> {
  return fc
    .tuple(...framework.items.map(() => fc.option(answerArb(framework), { nil: undefined })))
    .map((values) => {
      const out: Record<string, string | number | null> = {};
      values.forEach((v, i) => {
        if (v !== undefined) out[framework.items[i]!.id] = v;
      });
      return out;
    });
}

/** A framework with a list of evaluations of a few projects by the four kinds of evaluator. */
export const evaluationsArb = frameworkArb.chain((framework) =>
  fc.record({
    framework: fc.constant(framework),
    evaluations: fc.array(
      fc.record({
        project: fc.constantFrom('子ども食堂', '防災訓練', '講演会', '清掃活動'),
        evaluator: fc.constantFrom('市', '団体', '協働推進会議', '参加者アンケート', '市担当課', '協働相手'),
        answers: answersArb(framework),
      }),
      { maxLength: 14 },
    ),
  }),
);

/** The same list in another order. */
export function shuffled<T>(items: readonly T[]): fc.Arbitrary<T[]> {
  return fc.shuffledSubarray([...items], { minLength: items.length, maxLength: items.length });
}
