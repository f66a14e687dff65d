import { defaultScale } from '@kyodo/core';
import { describe, expect, it } from 'vitest';
import { missingMarkerKeys } from './Cell.js';
import { normaliseLevelCell } from './normaliseLevelCell.js';

describe('normaliseLevelCell (RULES E7)', () => {
  it('reads letters and digits in both widths', () => {
    expect(normaliseLevelCell('Ｂ', defaultScale)).toMatchObject({ status: 'value', value: { value: 3 } });
    expect(normaliseLevelCell(4, defaultScale)).toMatchObject({ status: 'value', value: { value: 4 } });
    expect(normaliseLevelCell('１', defaultScale)).toMatchObject({ status: 'value', value: { value: 1 } });
  });
  it('an empty cell or a marker is unanswered, never zero; a level off the scale is core’s error', () => {
    expect(normaliseLevelCell('', defaultScale).status).toBe('empty');
    expect(normaliseLevelCell('未定', defaultScale, { missing: missingMarkerKeys(['未定']) })).toMatchObject({
      status: 'empty',
      marker: '未定',
    });
    const r = normaliseLevelCell('E', defaultScale);
    if (r.status !== 'invalid') throw new Error('expected invalid');
    expect(r.problems[0]!.code).toBe('evaluation.level-unknown');
  });
});
