import { describe, expect, it } from 'vitest';
import { issueCodes, issueCodesMarkdown } from '../src/report/issueCodes.js';
import { sheetsMessages } from '../src/report/sheetsMessages.js';

describe('issueCodes', () => {
  it('lists every code of sheetsMessages once', () => {
    const codes = issueCodes().map((c) => c.code);
    for (const code of Object.keys(sheetsMessages.catalogue)) expect(codes).toContain(code);
    expect(new Set(codes).size).toBe(codes.length);
  });
  it('says, for every code, what it means and what to do, in Japanese and in English', () => {
    for (const c of issueCodes()) {
      expect([c.code, c.summary.trim().length > 0, c.summaryJa.trim().length > 0]).toEqual([
        c.code,
        true,
        true,
      ]);
      expect([c.code, c.action.ja.trim().length > 0, c.action.en.trim().length > 0]).toEqual([
        c.code,
        true,
        true,
      ]);
      // The Japanese is Japanese: a line copied from the English would not help staff.
      expect([
        c.code,
        /[ぁ-んァ-ヶ一-龠]/u.test(c.summaryJa),
        /[ぁ-んァ-ヶ一-龠]/u.test(c.action.ja),
      ]).toEqual([c.code, true, true]);
    }
  });
  it('renders Japanese first with the English beside it, and the 対処 of each code', () => {
    const page = issueCodesMarkdown();
    expect(page.startsWith('# 検証結果のコード一覧 / Issue codes')).toBe(true);
    expect(page).toContain(
      '| コード / code | 重要度 / severity | 意味 / meaning | 対処 / what to do | 出典 / source |',
    );
    const row = page.split('\n').find((l) => l.startsWith('| `sheets.cell-error` |'));
    expect(row).toContain(
      'セルの数式と参照先を確かめ、値が出るように直してください<br>Fix the formula or the cells it refers to',
    );
  });
});
