import { describe, expect, it } from 'vitest';
import { ichinosekiProfile, torideProfile } from '../profiles/builtin/index.js';
import { resolveImplementer } from './resolveImplementer.js';

const read = (text: string) => {
  const result = resolveImplementer(ichinosekiProfile, text);
  return result.ok
    ? result.value.map((m) => `${m.implementer.kind}${m.implementer.form ? `:${m.implementer.form}` : ''}`)
    : result.problems.map((p) => p.code);
};

// Every 実施主体 of the example plan, 002_5a3cd8c23b61ef14.txt (参考), as RULES F2 reads it.
describe('resolveImplementer (RULES F2)', () => {
  it('maps the 実施主体 of the example 地域づくり計画書', () => {
    expect(read('協議会（地域一斉作業）')).toEqual(['own-work']);
    expect(read('協議会（主催）')).toEqual(['own-work']);
    expect(read('各自治会')).toEqual(['own-work']);
    expect(read('点検：各自治会 整備：市に提案')).toEqual(['own-work', 'proposal']);
    expect(read('整備：市に提案')).toEqual(['proposal']);
    expect(read('協議会（市補助事業）')).toEqual(['form:hojo']);
    expect(read('協議会、婦人会、老人クラブ ※開設に係る支援を行政に提案')).toEqual([
      'own-work',
      'own-work',
      'own-work',
      'proposal',
    ]);
    expect(read('協議会（市委託事業）')).toEqual(['form:itaku']);
  });

  it('tolerates width and spaces', () => {
    expect(read(' 協議会(市補助事業) ')).toEqual(['form:hojo']);
  });

  it('reports what it cannot read, and a profile without implementers', () => {
    expect(read('県の事業')).toEqual(['forms.unknown-implementer']);
    expect(resolveImplementer(torideProfile, '各自治会').ok).toBe(false);
  });
});
