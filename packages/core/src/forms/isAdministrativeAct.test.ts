import { describe, expect, it } from 'vitest';
import { torideProfile } from '../profiles/builtin/index.js';
import { isAdministrativeAct } from './isAdministrativeAct.js';

describe('isAdministrativeAct (RULES R2)', () => {
  it('finds 課税 and 許可, which are not cooperation', () => {
    expect(isAdministrativeAct('固定資産税の課税', torideProfile)).toBe(true);
    expect(isAdministrativeAct('道路占用 許可')).toBe(true);
  });
  it('leaves cooperative projects alone', () => {
    expect(isAdministrativeAct('花いっぱい運動', torideProfile)).toBe(false);
    expect(isAdministrativeAct('')).toBe(false);
  });
});
