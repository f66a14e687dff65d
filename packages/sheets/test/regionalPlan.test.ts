import { describe, expect, it } from 'vitest';
import { validateSheet } from '../src/report/validateSheet.js';
import { ichinosekiRegionalPlan } from './fixtures/index.js';
import { places, profile, scoresOf } from './helpers.js';

describe('regional plans (F2)', () => {
  it('ichinoseki: maps each 実施主体 to a form, own work or a proposal; an unknown one at its cell', () => {
    const r = validateSheet(ichinosekiRegionalPlan(), {
      profile: profile('ichinoseki'),
      today: '2024-10-01',
    });
    expect(r.kind).toBe('regional-plan');
    expect(r.confidence).toBe(1);
    expect(r.headerRow).toBe(4);
    expect(r.skipped).toEqual([{ row: 9, reason: 'blank' }]);
    expect(places(r)).toEqual(['forms.unknown-implementer C10']);
    const s = scoresOf(r, 'regional-plan');
    expect(s.byForm.map((t) => [t.id, t.count])).toEqual([
      ['hojo', 1],
      ['own-work', 1],
      ['proposal', 1],
      ['itaku', 1],
      ['unknown', 1],
    ]);
    expect(s.byImplementer).toHaveLength(5);
  });
});
