import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadAddon } from '../../testing/addon/fakes/loadAddon.js';
import { torideWorkbook } from '../../testing/addon/workbooks.js';

const CUSTOM = readFileSync(
  fileURLToPath(new URL('../../examples/custom-profile.json', import.meta.url)),
  'utf8',
);
const PROFILE_SHEET = '_kyodo_profile';

describe('a municipality’s own profile kept with the document', () => {
  it('loads the JSON, keeps it in a hidden sheet, offers it, validates and computes with it', () => {
    const h = loadAddon();
    torideWorkbook(h.ss);
    const saved = h.call('saveProfileJson', CUSTOM) as { ok: boolean; id: string; name: string };
    expect(saved).toEqual({ ok: true, id: 'mirai', name: 'みらい市（例）（この文書）' });
    const sheet = h.ss.sheets.find((s) => s.name === PROFILE_SHEET);
    expect(sheet?.hidden).toBe(true);
    expect(h.ss.activeSheet?.name).toBe('協働事業一覧');
    expect(h.services.documentProperties.data.get('kyodo.profile')).toBe('mirai');
    const profiles = h.call('listProfiles') as { id: string }[];
    expect(profiles.map((p) => p.id)).toEqual(['ichinoseki', 'toride', 'plan-004', 'mirai']);

    const view = h.call('validate', { scope: 'workbook' }) as {
      ok: boolean;
      profile: { id: string };
      sheets: { name: string }[];
    };
    expect(view.ok).toBe(true);
    expect(view.profile.id).toBe('mirai');
    expect(view.sheets.map((s) => s.name)).not.toContain(PROFILE_SHEET);

    // 市民提案型まちづくり補助金: 1/2, up to 300,000 yen, 千円未満切り捨て (the example's 要綱 第5条).
    expect(
      h.call(
        'KYODO_SUBSIDY',
        [['mirai/shimin-teian'], ['提案型補助金']],
        'R6',
        [[457000], [800000]],
        '',
        '',
        'mirai',
      ),
    ).toEqual([[228000], [300000]]);

    // The clear takes away the marks and the results, never the profile.
    h.call('menuClear');
    expect(h.ss.sheets.map((s) => s.name)).toContain(PROFILE_SHEET);
    expect(h.call('removeProfileJson')).toEqual({ ok: true });
    expect(h.ss.sheets.map((s) => s.name)).not.toContain(PROFILE_SHEET);
    expect(h.services.documentProperties.data.get('kyodo.profile')).toBe('ichinoseki');
  });

  it('keeps a profile longer than one cell in several cells and reads it back whole', () => {
    const h = loadAddon();
    h.ss.addSheet('s', [['a']]);
    const big = JSON.parse(CUSTOM);
    big.description.ja = 'あ'.repeat(90_000);
    const text = JSON.stringify(big);
    expect((h.call('saveProfileJson', text) as { ok: boolean }).ok).toBe(true);
    const cells = h.ss.sheets.find((s) => s.name === PROFILE_SHEET)!.state().values;
    expect(cells.length).toBe(3);
    expect(cells.map((r) => r[0]).join('')).toBe(text);
    expect((h.call('validate', { scope: 'workbook', profile: 'mirai' }) as { ok: boolean }).ok).toBe(true);
  });

  it('refuses bad JSON, an invalid profile and a built-in ID, each with a sentence', () => {
    const h = loadAddon();
    h.ss.addSheet('s', [['a']]);
    const bad = h.call('saveProfileJson', '{ "id": ') as { ok: boolean; error: string };
    expect(bad.ok).toBe(false);
    expect(bad.error).toMatch(
      /^この文書のプロファイルに誤りがあります: プロファイルを JSON として読めません/,
    );
    const invalid = h.call('saveProfileJson', JSON.stringify({ id: 'x', name: { ja: '', en: 'X' } })) as {
      error: string;
    };
    expect(invalid.error).toMatch(/^この文書のプロファイルに誤りがあります: .*name\.ja: /);
    const taken = h.call('saveProfileJson', CUSTOM.replace('"id": "mirai"', '"id": "plan-004"')) as {
      error: string;
    };
    expect(taken.error).toContain('プロファイルID「plan-004」は組み込みのプロファイルと同じです');
    expect(h.ss.sheets.map((s) => s.name)).toEqual(['s']);
  });
});
