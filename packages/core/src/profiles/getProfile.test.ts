import { describe, expect, it } from 'vitest';
import { getProfile } from './getProfile.js';

describe('getProfile', () => {
  it('finds a built-in profile by id, 地方公共団体コード or name', () => {
    expect(getProfile('toride').ok && getProfile('toride')).toMatchObject({ value: { id: 'toride' } });
    expect(getProfile('０３２０９３')).toMatchObject({ ok: true, value: { id: 'ichinoseki' } });
    expect(getProfile(' 一関市 ')).toMatchObject({ ok: true, value: { id: 'ichinoseki' } });
    expect(getProfile('PLAN-004')).toMatchObject({ ok: true, value: { id: 'plan-004' } });
  });

  it('reports an unknown id with the known ones, in Japanese and English', () => {
    const result = getProfile('sapporo');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({
      code: 'profile.unknown',
      severity: 'error',
      input: 'sapporo',
    });
    expect(result.problems[0]?.message.ja).toBe(
      'プロファイル「sapporo」はありません（使えるもの: ichinoseki, toride, plan-004）',
    );
    expect(result.problems[0]?.message.en).toBe(
      'There is no profile "sapporo" (known: ichinoseki, toride, plan-004)',
    );
  });
});
