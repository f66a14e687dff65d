import { describe, expect, it } from 'vitest';
import { grid } from '../../../testing/sheets/build.js';
import { validateSheet } from '../src/report/validateSheet.js';
import { ichinosekiEvaluations, plan004Evaluations, torideEvaluations } from './fixtures/index.js';
import { flaggedRows, places, profile, scoresOf } from './helpers.js';

const today = '2024-10-01';

describe('evaluation sheets', () => {
  it('toride: levels, unanswered items, gaps, missing and unknown evaluators', () => {
    const r = validateSheet(torideEvaluations(), { profile: profile('toride'), today });
    expect(r.kind).toBe('evaluations');
    expect(r.framework).toBe('toride');
    expect(r.headerRow).toBe(3);
    expect(r.mapping.map((m) => `${m.field}:${m.column}`)).toEqual([
      'project:A',
      'evaluator:B',
      'item:jishusei:C',
      'item:sogo-rikai:D',
      'item:mokuteki-kyoyu:E',
      'item:taito-kankei:F',
      'item:joho-hasshin:G',
      'item:jiko-henkaku:H',
      'comment:I',
    ]);
    expect(places(r)).toEqual(
      [
        'evaluation.evaluator-unknown B9',
        'evaluation.gap D5',
        'evaluation.gap F5',
        'evaluation.level-unknown E6',
        'evaluation.missing-evaluator A8',
      ].sort(),
    );
    // Row 6 is not scored (a level off the scale), so its blank 相互理解 is not reported separately.
    expect(flaggedRows(r).has(4)).toBe(false);
    expect(flaggedRows(r).has(7)).toBe(false);
    const s = scoresOf(r, 'evaluations');
    expect(s.evaluations.map((e) => [e.project, e.evaluator, e.mean, e.answered])).toEqual([
      ['子ども食堂運営支援', 'city', 3.5, 6],
      ['子ども食堂運営支援', 'partner', 17 / 6, 6],
      ['市民活動フェスタ', 'partner', (4 + 3 + 3 + 4 + 3 + 3) / 6, 6],
      ['防災講座', 'city', 3, 6],
    ]);
    const gaps = scoresOf(r, 'evaluations').gaps;
    expect(gaps).toEqual([
      expect.objectContaining({
        project: '子ども食堂運営支援',
        item: 'sogo-rikai',
        city: 4,
        partner: 2,
        difference: 2,
      }),
      expect.objectContaining({
        project: '子ども食堂運営支援',
        item: 'taito-kankei',
        city: 3,
        partner: 1,
        difference: 2,
      }),
    ]);
  });

  it('ichinoseki: items without a column are said once for the sheet; digits in both widths', () => {
    const r = validateSheet(ichinosekiEvaluations(), { profile: profile('ichinoseki'), today });
    expect(r.kind).toBe('evaluations');
    expect(r.headerRow).toBe(4);
    expect(places(r)).toEqual(
      [
        'evaluations.item-column-missing -',
        'evaluations.item-column-missing -',
        'evaluations.item-column-missing -',
        'evaluations.item-column-missing -',
        'evaluations.item-column-missing -',
        'evaluation.missing-evaluator A7',
      ].sort(),
    );
    const s = scoresOf(r, 'evaluations');
    expect(s.evaluations.map((e) => [e.mean, e.answered])).toEqual([
      [21 / 6, 6],
      [20 / 6, 6],
      [4, 6],
    ]);
  });

  it('plan-004: a missing marker is an unanswered item, left out of the mean', () => {
    const r = validateSheet(plan004Evaluations(), { profile: profile('plan-004'), today });
    expect(places(r)).toEqual(['evaluation.item-unanswered D4']);
    const s = scoresOf(r, 'evaluations');
    expect(s.evaluations.map((e) => [e.mean, e.answered])).toEqual([
      [3.5, 4],
      [(4 + 3 + 4) / 3, 3],
    ]);
  });

  it('a column no item matched but holding levels is a warning naming the likely item; a row count is not', () => {
    const g = grid('評価', [
      ['No.', '事業名', '評価者', '補完性', '話し合いはできたか', '相互理解', '評価', '備考'],
      [1, '防災マップ', '市', 'A', 'B', 'A', 'B', 'メモ'],
      [2, '防災マップ', '団体', 'B', 'B', 'A', 'C', null],
      [3, '見守り', '市', 'A', null, 'B', 'B', null],
      [4, '見守り', '団体', 'A', 'A', 'B', 'C', null],
    ]);
    const r = validateSheet(g, { profile: profile('plan-004'), today });
    expect(r.unmapped.map((u) => u.column)).toEqual(['A', 'E', 'H']);
    expect(places(r)).toEqual(['evaluations.item-column-missing -', 'evaluations.unmapped-level-column E1']);
    const w = r.issues.find((i) => i.code === 'evaluations.unmapped-level-column');
    expect(w?.params).toEqual({
      column: 'E',
      header: '話し合いはできたか',
      item: '話し合い',
      itemEn: 'Dialogue',
    });
  });
});
