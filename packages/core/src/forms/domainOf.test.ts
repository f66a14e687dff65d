import { describe, expect, it } from 'vitest';
import { ichinosekiProfile, torideProfile } from '../profiles/builtin/index.js';
import { domainOf } from './domainOf.js';
import type { Organiser } from './schema.js';

// The table of 003_77c600037372601a.txt 第3章(3), read by RULES R1.
const R1: readonly (readonly [string, Organiser, string])[] = [
  ['kyoryoku', 'citizen', '市民が主体となり、市が支援する領域'],
  ['hojo', 'citizen', '市民が主体となり、市が支援する領域'],
  ['koen', 'citizen', '市民が主体となり、市が支援する領域'],
  ['kyosai', 'joint', '市民と市が互いに特性を活かし連携・協力する領域'],
  ['kyoryoku', 'joint', '市民と市が互いに特性を活かし連携・協力する領域'],
  ['jikko-iinkai', 'joint', '市民と市が互いに特性を活かし連携・協力する領域'],
  ['itaku', 'city', '市の領域（市の責任により行う領域）'],
  ['kyoryoku', 'city', '市の領域（市の責任により行う領域）'],
  ['koen', 'city', '市の領域（市の責任により行う領域）'],
  ['kikaku-sankaku', 'city', '市の領域（市の責任により行う領域）'],
];

describe('domainOf (RULES R1)', () => {
  it.each(R1)('%s organised by %s is in %s', (form, organiser, domain) => {
    const result = domainOf(torideProfile, form, organiser);
    expect(result.ok && result.value.label.ja).toBe(domain);
  });

  it('orders the domains from the citizens’ side to the city’s, and the citizens’ own is not cooperation', () => {
    expect(torideProfile.domains.map((d) => [d.order, d.cooperation])).toEqual([
      [1, false],
      [2, true],
      [3, true],
      [4, true],
    ]);
    const used = new Set(
      R1.map(([form, organiser]) => domainOf(torideProfile, form, organiser)).flatMap((r) =>
        r.ok ? [r.value.id] : [],
      ),
    );
    expect(used.has('shimin')).toBe(false);
  });

  it('gives the R2 problem for a form that contradicts its organiser', () => {
    const result = domainOf(torideProfile, 'hojo', 'city');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems.map((p) => [p.code, p.rule])).toEqual([
      ['forms.organiser-mismatch', 'R2'],
    ]);
  });

  it('reports a profile without a domain table and an unknown form id', () => {
    const none = domainOf(ichinosekiProfile, 'kyosai', 'joint');
    expect(!none.ok && none.problems[0]?.message.ja).toBe(
      '一関市のプロファイルには協働の領域の定めがありません',
    );
    const unknown = domainOf(torideProfile, 'shitei-kanri', 'city');
    expect(!unknown.ok && unknown.problems[0]?.code).toBe('forms.unknown-form-id');
  });
});
