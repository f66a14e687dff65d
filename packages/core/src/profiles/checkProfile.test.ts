import { describe, expect, it } from 'vitest';
import { torideProfile } from './builtin/index.js';
import { checkProfile, localGovernmentCheckDigit } from './checkProfile.js';

describe('localGovernmentCheckDigit', () => {
  it('computes the 6th digit of 地方公共団体コード (weights 6,5,4,3,2; 11 − sum mod 11, last digit)', () => {
    // 0·6+3·5+2·4+0·3+9·2 = 41, 41 mod 11 = 8, 11 − 8 = 3 → 032093 (一関市).
    expect(localGovernmentCheckDigit('03209')).toBe('3');
    // 0·6+8·5+2·4+1·3+7·2 = 65, 65 mod 11 = 10, 11 − 10 = 1 → 082171 (取手市).
    expect(localGovernmentCheckDigit('08217')).toBe('1');
    expect(localGovernmentCheckDigit('01000')).toBe('6'); // 北海道 010006
    expect(localGovernmentCheckDigit('13000')).toBe('1'); // 東京都 130001: sum 21, 21 mod 11 = 10 → 1
    expect(localGovernmentCheckDigit('13101')).toBe('6'); // 千代田区 131016
  });
});

describe('checkProfile', () => {
  it('finds a form’s domain given for an organiser the form does not allow (RULES R2)', () => {
    const broken = {
      ...torideProfile,
      forms: torideProfile.forms.map((f) =>
        f.id === 'hojo' ? { ...f, domains: { ...f.domains, city: 'shi' } } : f,
      ),
    };
    expect(checkProfile(broken).map((p) => [p.code, p.path.join('.'), p.rule])).toEqual([
      ['profile.domain-organiser-not-allowed', 'forms.2.domains.city', 'R2'],
    ]);
  });

  it('finds an implementer that points at no form and an actor group that does not exist', () => {
    const broken = {
      ...torideProfile,
      actors: [...torideProfile.actors, { ...torideProfile.actors[0]!, id: 'x', group: 'nobody' }],
      implementers: [
        {
          id: 'i',
          label: { ja: '協議会（市補助事業）', en: 'Subsidised' },
          synonyms: [],
          kind: 'form' as const,
          form: 'subsidy',
          source: { document: 'x', section: '1' },
        },
      ],
    };
    expect(checkProfile(broken).map((p) => [p.code, p.path.join('.')])).toEqual([
      ['profile.unknown-reference', 'actors.6.group'],
      ['profile.unknown-reference', 'implementers.0.form'],
    ]);
  });
});
