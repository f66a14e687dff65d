import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { builtinProfiles, loadProfile } from '../packages/core/src/index.js';
import { RULES_PAGE, renderRulesPage } from './generate-docs.js';

describe('docs/rules.md', () => {
  it('is up to date with the profile data (run `npm run docs` after changing a profile)', {
    timeout: 30_000,
  }, () => {
    const committed = readFileSync(fileURLToPath(new URL(`../${RULES_PAGE}`, import.meta.url)), 'utf8');
    expect(
      committed === renderRulesPage(builtinProfiles),
      'docs/rules.md is out of date: run `npm run docs`',
    ).toBe(true);
  });

  it('lists each profile’s forms with synonyms, organisers, domain and source', () => {
    const page = renderRulesPage(builtinProfiles);
    expect(page).toContain(
      '| 補助・助成 / Subsidy or grant `hojo` | 補助、助成、補助金、助成金 | 市民（団体） | 市民主催: 市民が主体となり、市が支援する領域 | 003_77c600037372601a.txt 第3章(2)③ 補助・助成 (F1) |',
    );
    expect(page).toContain('## 取手市 / Toride (`toride`)');
    expect(page).toContain(
      '| 6 | 設立総会 / Founding general meeting | 002_5a3cd8c23b61ef14.txt 8-1-4 ⑥ (G2) |',
    );
  });

  it('renders a user profile from its data, not from a fixed text', () => {
    const loaded = loadProfile({ id: 'toride-x', extends: 'toride', name: { ja: '某市', en: 'Some city' } });
    if (!loaded.ok) throw new Error('profile did not load');
    const page = renderRulesPage([loaded.value]);
    expect(page).toContain('## 某市 / Some city (`toride-x`)');
    expect(page).toContain('継承元 / Extends: `toride`');
    expect(page).not.toContain('一関市 / Ichinoseki (`ichinoseki`)');
  });
});
