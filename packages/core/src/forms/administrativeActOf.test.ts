import { describe, expect, it } from 'vitest';
import { ichinosekiProfile, plan004Profile, torideProfile } from '../profiles/builtin/index.js';
import { administrativeActOf } from './administrativeActOf.js';

describe('administrativeActOf (RULES R2)', () => {
  it('003 第3章(3)「課税や許可などの行政行為のように、法的な権限のある行政が、責任を持って担う必要がある市の専門領域」', () => {
    expect(administrativeActOf(torideProfile, '固定資産税の課税')?.id).toBe('kazei');
    expect(administrativeActOf(torideProfile, '道路占用の 許可')?.id).toBe('kyoka');
    expect(administrativeActOf(torideProfile, '課税')?.source).toMatchObject({
      document: '003_77c600037372601a.txt',
      rule: 'R2',
    });
  });
  it('a negated word is not the act, nor a cooperative project', () => {
    expect(administrativeActOf(torideProfile, '住民税非課税世帯への配食サービス')).toBeUndefined();
    expect(administrativeActOf(torideProfile, '花いっぱい運動')).toBeUndefined();
    expect(administrativeActOf(torideProfile, '')).toBeUndefined();
  });
  it('asserts nothing for a profile whose plans list no administrative act (一関市, plan 004)', () => {
    expect(administrativeActOf(ichinosekiProfile, '固定資産税の課税')).toBeUndefined();
    expect(administrativeActOf(plan004Profile, '道路占用許可')).toBeUndefined();
  });
});
