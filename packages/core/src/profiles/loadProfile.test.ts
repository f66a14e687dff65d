import { describe, expect, it } from 'vitest';
import type { Problem } from '../problems/Problem.js';
import { builtinProfiles, torideProfile } from './builtin/index.js';
import { loadProfile } from './loadProfile.js';

const SOURCE = { document: 'mini.pdf', section: '第2章' };
const minimal = {
  id: 'mini',
  name: { ja: 'ミニ市', en: 'Mini' },
  sources: [{ document: 'mini.pdf', title: { ja: '基本方針', en: 'Policy' } }],
  forms: [
    {
      id: 'itaku',
      label: { ja: '委託', en: 'Commissioning' },
      synonyms: [],
      organisers: ['city'],
      source: SOURCE,
    },
    {
      id: 'kyosai',
      label: { ja: '共催', en: 'Co-hosting' },
      synonyms: [],
      organisers: ['joint'],
      source: SOURCE,
    },
  ],
};

function problemsOf(result: ReturnType<typeof loadProfile>): readonly Problem[] {
  if (result.ok) throw new Error('expected problems');
  return result.problems;
}

describe('loadProfile', () => {
  it('loads a minimal profile and fills the defaults', () => {
    const result = loadProfile(minimal);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.forms.map((f) => f.id)).toEqual(['itaku', 'kyosai']);
    expect(result.value.missingMarkers).toContain('未定');
  });

  it('reports every problem at once, each with its path and a message in both languages', () => {
    const problems = problemsOf(
      loadProfile({
        id: 'mini',
        name: { ja: 'ミニ市' },
        localGovernmentCode: '12345',
        sources: [],
        forms: [
          minimal.forms[0],
          minimal.forms[1],
          {
            id: 'koen',
            label: { ja: 3, en: 'Endorsement' },
            synonyms: [],
            organisers: ['mayor'],
            source: SOURCE,
          },
        ],
      }),
    );
    const byPath = Object.fromEntries(problems.map((p) => [p.path.join('.'), p]));
    expect(Object.keys(byPath).sort()).toEqual([
      'forms.2.label.ja',
      'forms.2.organisers.0',
      'localGovernmentCode',
      'name.en',
      'sources',
    ]);
    expect(byPath['forms.2.label.ja']).toMatchObject({
      code: 'profile.wrong-type',
      path: ['forms', 2, 'label', 'ja'],
      input: 3,
      message: {
        ja: 'forms[2].label.ja は文字列でなければなりません（3でした）',
        en: 'forms[2].label.ja must be a text, not 3',
      },
    });
    expect(byPath['name.en']).toMatchObject({
      code: 'profile.missing',
      message: { ja: 'name.en がありません（文字列が必要です）', en: 'name.en is missing (expected a text)' },
    });
    expect(byPath['forms.2.organisers.0']).toMatchObject({
      code: 'profile.invalid-value',
      message: { en: 'forms[2].organisers[0] is "mayor"; expected one of "city", "citizen", "joint"' },
    });
    expect(byPath.sources?.code).toBe('profile.too-small');
    expect(byPath.localGovernmentCode?.code).toBe('profile.invalid-format');
  });

  it('reports what a schema cannot see: duplicate ids, unknown domains, a wrong check digit, synonyms naming two forms', () => {
    const problems = problemsOf(
      loadProfile({
        ...minimal,
        localGovernmentCode: '032094',
        domains: [
          { id: 'shi', label: { ja: '市の領域', en: 'City' }, order: 1, cooperation: true, source: SOURCE },
        ],
        forms: [
          { ...minimal.forms[0], domains: { city: 'shi', citizen: 'shi' } },
          { ...minimal.forms[1], synonyms: ['【委託】'], domains: { joint: 'renkei' } },
          { ...minimal.forms[1] },
        ],
      }),
    );
    expect(problems.map((p) => [p.code, p.path.join('.')])).toEqual([
      ['profile.duplicate-id', 'forms.2.id'],
      ['profile.bad-check-digit', 'localGovernmentCode'],
      ['profile.domain-organiser-not-allowed', 'forms.0.domains.citizen'],
      ['profile.unknown-reference', 'forms.1.domains.joint'],
      ['profile.synonym-conflict', 'forms.1.synonyms.0'],
    ]);
    expect(problems[1]?.message.ja).toBe(
      'localGovernmentCode の地方公共団体コード「032094」は検査数字が合いません（6桁目は 3 のはずです）',
    );
  });

  it('warns about keys it does not know, at the path written, and still loads', () => {
    const result = loadProfile({
      ...minimal,
      forms: [minimal.forms[0], { ...minimal.forms[1], domain: { joint: 'renkei' } }],
      colour: 'blue',
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.warnings.map((w) => [w.code, w.severity, w.path.join('.')])).toEqual([
      ['profile.unknown-key', 'warning', 'forms.1.domain'],
      ['profile.unknown-key', 'warning', 'colour'],
    ]);
    expect(result.warnings[0]?.message.en).toMatch(
      /^forms\[1\]\.domain: "domain" is not a known key and was ignored \(did you mean "domains"\?\)$/u,
    );
  });

  it('loads each built-in profile back from its JSON unchanged', () => {
    for (const profile of builtinProfiles) {
      const result = loadProfile(JSON.parse(JSON.stringify(profile)));
      expect(result.ok && result.warnings).toEqual([]);
      expect(result.ok && result.value).toEqual(profile);
    }
  });

  it('reports a problem inside a program with its full path (programs compose programSchema)', () => {
    const result = loadProfile({
      id: 'toride-x',
      extends: 'toride',
      programs: [
        {
          id: 'toride/shimin-teian',
          rate: [
            {
              from: 2024,
              value: { numerator: 3, denominator: 2 },
              source: { document: 'x.pdf', section: '第3条' },
            },
          ],
        },
      ],
    });
    const problems = problemsOf(result);
    expect(problems.map((p) => [p.code, p.path.join('.')])).toEqual([
      ['profile.invalid', 'programs.0.rate.0.value.numerator'],
    ]);
  });

  it('rejects what is not an object', () => {
    expect(problemsOf(loadProfile([]))[0]).toMatchObject({ code: 'profile.not-object', path: [] });
    expect(problemsOf(loadProfile('toride'))[0]?.message.en).toBe(
      'A profile must be a JSON object ({ … }), not string',
    );
  });

  describe('extends', () => {
    it('overrides only what differs: a label by id, a new form, a threshold', () => {
      const result = loadProfile({
        id: 'toride-2025',
        extends: 'toride',
        name: { ja: '取手市（令和7年度）', en: 'Toride FY2025' },
        forms: [
          { id: 'hojo', synonyms: ['補助', '助成', '補助金', '助成金', '交付金'] },
          {
            id: 'shitei-kanri',
            label: { ja: '指定管理', en: 'Designated management' },
            synonyms: [],
            organisers: ['city'],
            domains: { city: 'shi' },
            source: { document: 'toride-2025.pdf', section: '3' },
          },
        ],
        headers: { projects: { budget: ['事業費（千円）'] } },
      });
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      const profile = result.value;
      expect(profile.id).toBe('toride-2025');
      expect(profile.extends).toBe('toride');
      expect(profile.name.ja).toBe('取手市（令和7年度）');
      expect(profile.forms.map((f) => f.id)).toEqual([
        ...torideProfile.forms.map((f) => f.id),
        'shitei-kanri',
      ]);
      const hojo = profile.forms.find((f) => f.id === 'hojo');
      expect(hojo?.synonyms).toContain('交付金');
      expect(hojo?.label).toEqual(torideProfile.forms.find((f) => f.id === 'hojo')?.label);
      expect(hojo?.organisers).toEqual(['citizen']);
      expect(profile.headers.projects.budget).toEqual(['事業費（千円）']);
      expect(profile.headers.projects.form).toEqual(torideProfile.headers.projects.form);
      expect(profile.principles).toEqual(torideProfile.principles);
      expect(profile.domains).toEqual(torideProfile.domains);
    });

    it('removes an item with $remove, and reports the paths the user wrote', () => {
      const result = loadProfile({
        id: 'toride-x',
        extends: 'toride',
        forms: [
          { id: 'kikaku-sankaku', $remove: true },
          { id: 'extra', label: { ja: '', en: 'Extra' } },
        ],
      });
      const problems = problemsOf(result);
      expect(problems.map((p) => p.path.join('.')).sort()).toEqual([
        'forms.1.label.ja',
        'forms.1.organisers',
        'forms.1.source',
        'forms.1.synonyms',
      ]);
      const ok = loadProfile({
        id: 'toride-y',
        extends: 'toride',
        forms: [{ id: 'kikaku-sankaku', $remove: true }],
      });
      expect(ok.ok && ok.value.forms.map((f) => f.id)).toEqual([
        'itaku',
        'kyoryoku',
        'hojo',
        'kyosai',
        'koen',
        'jikko-iinkai',
      ]);
    });

    it('says the path the user wrote in the messages of cross-checks too', () => {
      const problems = problemsOf(
        loadProfile({
          id: 'toride-z',
          extends: 'toride',
          forms: [
            { id: 'hojo' },
            {
              id: 'kifu',
              label: { ja: '寄付', en: 'Donation' },
              synonyms: ['協賛'],
              organisers: ['citizen'],
              source: SOURCE,
            },
          ],
        }),
      );
      expect(problems.map((p) => [p.code, p.path.join('.'), p.message.en])).toEqual([
        [
          'profile.synonym-conflict',
          'forms.1.synonyms.0',
          'forms[1].synonyms[0]: "協賛" names both form "koen" and form "kifu"',
        ],
      ]);
    });

    it('reports an unknown parent with the known ones', () => {
      const problems = problemsOf(loadProfile({ ...minimal, extends: 'sapporo' }));
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatchObject({ code: 'profile.unknown-parent', path: ['extends'] });
      expect(problems[0]?.message.en).toBe(
        'extends: the profile to extend, "sapporo", does not exist (known: ichinoseki, toride, plan-004)',
      );
    });

    it('detects a cycle of extends, and a profile extending itself', () => {
      const a = { id: 'a', extends: 'b', name: { ja: 'A', en: 'A' } };
      const b = { id: 'b', extends: 'a', name: { ja: 'B', en: 'B' } };
      expect(problemsOf(loadProfile(a, { profiles: [a, b] }))[0]).toMatchObject({
        code: 'profile.extends-cycle',
        params: { chain: 'a → b → a' },
      });
      expect(problemsOf(loadProfile({ ...minimal, extends: 'mini' }))[0]?.code).toBe('profile.extends-cycle');
    });

    it('extends a user profile that extends a built-in one', () => {
      const city = { id: 'city', extends: 'toride', name: { ja: '某市', en: 'A city' } };
      const ward = { id: 'ward', extends: 'city', missingMarkers: ['なし'] };
      const result = loadProfile(ward, { profiles: [city] });
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      expect(result.value.name.ja).toBe('某市');
      expect(result.value.missingMarkers).toEqual(['なし']);
      expect(result.value.forms).toHaveLength(7);
    });
  });
});
