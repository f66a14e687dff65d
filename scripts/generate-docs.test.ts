import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { builtinProfiles, loadProfile, RULE_IDS } from '../packages/core/src/index.js';
import { RULES_PAGE, renderRulesPage } from './generate-docs.js';
import { allIssueCodes, ISSUE_CODES_PAGE, renderIssueCodesPage } from './issueCodesPage.js';

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
      '| 補助・助成 / Subsidy or grant `hojo` | 補助、助成、補助金、助成金 | 市民（団体） | 市民主催: 市民が主体となり、市が支援する領域 | 〔計画〕 取手市市民協働基本方針 最終報告（003）第3章(2)③ 補助・助成 (F1) |',
    );
    expect(page).toContain('## 取手市 / Toride (`toride`)');
    expect(page).toContain(
      '| 6 | 設立総会 / Founding general meeting | 〔計画〕 一関市地域協働推進計画（002）8-1-4 ⑥ (G2) |',
    );
  });

  it('separates what each plan says from what kyodo assumes where it is silent', () => {
    const page = renderRulesPage(builtinProfiles);
    // 002_5a3cd8c23b61ef14.txt 8-2-1 事業4 says nothing of advance payment; 事業1 says 前金払い可.
    expect(page).toContain(
      '| 「地域協働体支援事業費補助金」の前金払・概算払 / advance payment | 可否を確かめず、前払があれば精算して情報を一度示します',
    );
    expect(page).not.toContain('「地域の合意形成を図る事業に対する支援」の前金払・概算払');
    // The 20% plan-vs-actual is kyodo's default, in every profile.
    for (const name of [
      '一関市 協働事業の評価・検証',
      '取手市 市民協働の基本原則による評価',
      '協働のポイントによる評価',
    ])
      expect(page).toContain(`| 「${name}」の予実差のしきい値 20% / plan-vs-actual threshold | 超えると注意`);
    expect(page).toContain(
      '| 予実差の警告 / Budget variance warning | 20% | 〔kyodo〕 kyodo の定め（docs/rules.md「計画が定めていないこと」） (E4)',
    );
    // 000 says when it is revised (T1); 001 and 002 do not.
    expect(page).toContain('総合計画基本構想の策定の翌年度');
    // 取手市's plan says who organises each form (no row); 一関市's does not.
    expect(page).toContain('| 「委託」の主催者 / who organises Commissioning | 名前から市と読み');
    expect(page).not.toContain('「事業委託」の主催者');
    // Every source is marked with what it rests on.
    expect(page).not.toMatch(/\| (?:000|001|002|003|004)_[0-9a-f]{16}\.txt /u);
    // Citations name the plan by title, number and section, never by a file outside the repository.
    expect(page).not.toMatch(/[0-9]{3}_[0-9a-f]{16}\.txt|shared\/|RULES\.md|SHEETS\.md/u);
  });

  it('lists every rule ID the code may cite, with what it rests on', () => {
    const page = renderRulesPage(builtinProfiles);
    for (const id of RULE_IDS)
      expect(page, id).toMatch(new RegExp(`^\\| ${id} \\| [^|]+ \\| [^|]+ \\| [^|]+ \\|$`, 'mu'));
    expect(page).toContain('| S-ichinoseki-1 | 地域の合意形成を図る事業に対する支援（事業1） |');
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

describe('docs/issue-codes.md', () => {
  it('is up to date with the message catalogues (run `npm run docs` after changing one)', () => {
    const committed = readFileSync(fileURLToPath(new URL(`../${ISSUE_CODES_PAGE}`, import.meta.url)), 'utf8');
    expect(
      committed === renderIssueCodesPage(),
      'docs/issue-codes.md is out of date: run `npm run docs`',
    ).toBe(true);
  });
  it('has every code of every catalogue, the kyodo command’s and the add-on’s too, each with its 対処', () => {
    const page = renderIssueCodesPage();
    const codes = allIssueCodes();
    for (const code of ['io.legacy-xls', 'deploy.root-dir', 'profile.bad-json', 'tests.nothing-expected'])
      expect(codes.map((c) => c.code)).toContain(code);
    for (const c of codes) {
      const row = page.split('\n').find((l) => l.startsWith(`| \`${c.code}\` |`));
      expect([c.code, row?.includes(c.action.ja.replace(/\|/gu, '\\|'))]).toEqual([c.code, true]);
    }
    expect(page).toContain(`${codes.length} のコード / ${codes.length} codes.`);
    // Citations name plans and docs/ pages, never a file outside the repository.
    expect(page).not.toMatch(/[0-9]{3}_[0-9a-f]{16}\.txt|shared\/|RULES\.md|SHEETS\.md/u);
  });
});
