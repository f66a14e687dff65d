import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, examples, kyodo } from './kyodo.js';

// Staff output in one language (docs/cli.md 言語): --lang ja|en|both, else the locale
// (LC_ALL, LC_MESSAGES, LANG), else Japanese. One run per kind of output.
const ichinoseki = [`${examples}ichinoseki.xlsx`, '--profile', 'ichinoseki', '--today', '2024-10-01'];
const english = { LANG: 'en_US.UTF-8' };
let dir: string;

beforeAll(() => {
  assertBuilt();
  dir = mkdtempSync(join(tmpdir(), 'kyodo-lang-'));
});

/** Text with Japanese words in it (kana; the file and sheet names of the examples aside). */
const kana = /[ぁ-んァ-ヶ]/;

describe('one language by default, from the locale', () => {
  it('validate (text): Japanese with no locale, English from LANG=en…, --lang beats the locale', () => {
    const ja = kyodo(['validate', ...ichinoseki]);
    expect(ja.code).toBe(1);
    expect(ja.stdout).toContain('検証結果: ichinoseki.xlsx');
    expect(ja.stdout).not.toContain('Validation report');
    const en = kyodo(['validate', ...ichinoseki], { env: english });
    expect(en.stdout).toContain('Validation report: ichinoseki.xlsx');
    expect(en.stdout).not.toContain('検証結果');
    expect(en.stdout).not.toMatch(/エラー \d+ 件/);
    expect(
      kyodo(['validate', ...ichinoseki, '--lang', 'ja'], { env: { LC_ALL: 'en_US.UTF-8' } }).stdout,
    ).toBe(ja.stdout);
    // LC_ALL before LANG; C is Japanese.
    expect(kyodo(['validate', ...ichinoseki], { env: { LC_ALL: 'C', LANG: 'en_US.UTF-8' } }).stdout).toBe(
      ja.stdout,
    );
    const both = kyodo(['validate', ...ichinoseki, '--lang', 'both'], { env: english });
    expect(both.stdout).toContain('検証結果 / Validation report: ichinoseki.xlsx');
  });

  it('validate --format md and html: the one language asked for', () => {
    const md = kyodo(['validate', ...ichinoseki, '--format', 'md', '--lang', 'en']).stdout;
    expect(md).toContain('# Validation report: ichinoseki.xlsx');
    expect(md).not.toContain('検証結果');
    const html = kyodo(['validate', ...ichinoseki, '--format', 'html']).stdout;
    expect(html).toContain('<html lang="ja">');
    expect(html).toContain('検証結果');
    expect(html).not.toContain('Validation report');
  });

  it('validate --annotate: the notes and the results sheet in English', async () => {
    const out = join(dir, 'ichinoseki-en.xlsx');
    const run = kyodo(['validate', ...ichinoseki, '--annotate', out, '--format', 'json'], { env: english });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`wrote the annotated copy to ${out}`);
    expect(run.stderr).not.toMatch(kana);
    const report = JSON.parse(run.stdout);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(String(wb.getWorksheet('検証結果')?.getCell('A1').value)).toMatch(/^Validation report: /);
    const issue = report.sheets
      .flatMap(
        (s: { name: string; issues: { cell: string | null; message: { ja: string; en: string } }[] }) =>
          s.issues.map((i) => ({ ...i, sheet: s.name })),
      )
      .find((i: { cell: string | null }) => i.cell !== null);
    const note = wb.getWorksheet(issue.sheet)?.getCell(issue.cell).note;
    const text = typeof note === 'string' ? note : (note?.texts ?? []).map((t) => t.text).join('');
    expect(text).toContain(issue.message.en);
    expect(text).not.toContain(issue.message.ja);
    expect(text).toMatch(/^【kyodo (error|warning|info)】/);
  });

  it('JSON keeps both languages: it is for programs', () => {
    const report = JSON.parse(kyodo(['validate', ...ichinoseki, '--format', 'json', '--lang', 'en']).stdout);
    const message = report.sheets.flatMap((s: { issues: { message: unknown }[] }) => s.issues)[0].message;
    expect(message.ja).toMatch(kana);
    expect(message.en).not.toBe('');
  });

  it('report: its notes in the one language (the summary itself, for the public, keeps both)', () => {
    const out = join(dir, 'summary.md');
    const run = kyodo(['report', `${examples}ichinoseki.xlsx`, '--today', '2024-10-01', '--out', out], {
      env: english,
    });
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('no --profile given: used the built-in profile that fits best, ichinoseki');
    expect(run.stderr).toContain(`wrote the publication summary to ${out}`);
    expect(run.stderr).not.toMatch(kana);
    expect(readFileSync(out, 'utf8')).toContain('## 概要 / Overview');
  });

  it('subsidy: the explanation in the one language', () => {
    const args = [
      'subsidy',
      '--program',
      'ichinoseki/kyodotai-shien',
      '--fiscal-year',
      'H26',
      '--expense',
      '360000',
    ];
    const ja = kyodo(args).stdout;
    expect(ja).toContain('判定: 対象');
    expect(ja).not.toContain('Eligible');
    const en = kyodo(args, { env: { LC_MESSAGES: 'en_GB.UTF-8' } }).stdout;
    expect(en).toContain('Eligible — amount 200,000 yen');
    expect(en).not.toContain('判定');
  });

  it('review: the ranking in the one language', () => {
    const args = [
      'review',
      `${examples}mirai-review.xlsx`,
      '--profile',
      `${examples}custom-profile.json`,
      '--budget',
      '1600000',
      '--fiscal-year',
      '2024',
      '--today',
      '2024-10-01',
    ];
    const en = kyodo(args, { env: english });
    expect(en.code).toBe(0);
    expect(en.stdout).toContain('Review results: mirai-review.xlsx');
    expect(en.stdout).not.toContain('審査結果');
    const ja = kyodo(args);
    expect(ja.stdout).toContain('審査結果: mirai-review.xlsx');
    expect(ja.stdout).not.toContain('Review results');
  });

  it('test: the totals line in the one language', () => {
    const ja = kyodo(['test', 'ichinoseki']);
    expect(ja.code).toBe(0);
    expect(ja.stdout).toMatch(/合格 \d+ 件、不合格 0 件/);
    const en = kyodo(['test', 'ichinoseki'], { env: english });
    expect(en.stdout).not.toContain('合格');
    expect(en.stdout).toMatch(/\d+ passed, 0 failed/);
  });

  it('profiles and profile show: in the one language', () => {
    const list = kyodo(['profiles', '--lang', 'en']).stdout;
    expect(list).toContain('Built-in profiles');
    expect(list).not.toContain('組み込みのプロファイル');
    const ja = kyodo(['profile', 'show', 'ichinoseki']).stdout;
    expect(ja).toContain('出典:');
    expect(ja).not.toContain('Sources');
    const en = kyodo(['profile', 'show', 'ichinoseki'], { env: english }).stdout;
    expect(en).toContain('Sources:');
    expect(en).not.toContain('出典');
  });

  it('errors in the one language once it is known; a bad --lang in both', () => {
    const en = kyodo(['validate', ...ichinoseki, '--format', 'pdf'], { env: english });
    expect(en.code).toBe(2);
    expect(en.stderr).toBe('kyodo: --format is one of text, json, md, html (not pdf)\n');
    const bad = kyodo(['validate', ...ichinoseki, '--lang', 'fr'], { env: english });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe(
      'kyodo: --lang は ja、en、both のどれかです (fr) / --lang is one of ja, en, both (not fr)\n',
    );
  });
});
