import { describe, expect, it } from 'vitest';
import { builtinProfiles } from './builtin/index.js';
import { profileSchema } from './schema.js';

describe('profileSchema', () => {
  it.each(builtinProfiles.map((p) => [p.id, p] as const))(
    'accepts the built-in profile %s as it is',
    (_id, profile) => {
      const parsed = profileSchema.safeParse(profile);
      expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
      expect(parsed.data).toEqual(profile);
    },
  );

  it('fills headers and missing markers with the defaults of docs/sheets.md', () => {
    const parsed = profileSchema.parse({
      id: 'mini',
      name: { ja: 'ミニ市', en: 'Mini' },
      sources: [{ document: 'mini.pdf', title: { ja: '基本方針', en: 'Policy' } }],
      forms: [],
    });
    expect(parsed.missingMarkers).toEqual(['空欄', '－', 'ー', '未定', '該当なし', '-']);
    expect(parsed.headers.projects.form).toEqual(['協働の形態', '協働形態', '事業形態']);
    expect(parsed.headers.subsidies.refund).toEqual(['返還額']);
    expect(parsed.headers['regional-plan'].implementer).toEqual(['実施主体']);
    expect(parsed.principles).toEqual([]);
  });

  it('rejects a form without organisers and a bad source', () => {
    const parsed = profileSchema.safeParse({
      id: 'mini',
      name: { ja: 'ミニ市', en: 'Mini' },
      sources: [{ document: 'mini.pdf', title: { ja: '基本方針', en: 'Policy' } }],
      forms: [
        {
          id: 'kyosai',
          label: { ja: '共催', en: 'Co-hosting' },
          synonyms: [],
          organisers: [],
          source: { document: 'x' },
        },
      ],
    });
    expect(parsed.success).toBe(false);
    const paths = parsed.error?.issues.map((i) => i.path.join('.')).sort();
    expect(paths).toEqual(['forms.0.organisers', 'forms.0.source.section']);
  });
});
