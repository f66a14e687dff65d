import { torideProjects } from '../sheets/projects.js';
import type { FakeSpreadsheet } from './fakes/Spreadsheet.js';
import { addGrid } from './fixtures.js';

/** The cell that holds #REF! in the toride register (packages/sheets fixture, row 12). */
export const REF_CELL = 'J12';
/** Markup typed into cells: the sidebar must show it as text. */
export const XSS_TEXT = '<img src=x onerror=alert(1)>';
/** A start date typed as text that starts with '=': shown back, never run as a formula. */
export const FORMULA_TEXT = '=1+1';
/** A sheet whose name starts with '=': the results sheet names it, as text. */
export const FORMULA_SHEET = '=集計';

/**
 * The toride register as staff keep it (title rows, merged title, 和暦, full-width digits,
 * units, totals, bad rows), decorated as a real sheet is: a user's note and fill on the #REF!
 * cell, a fill on the header, a formula in the totals row, a start date typed as '=1+1', a
 * form written as markup, a notes sheet whose header is markup, and a sheet named '=集計'.
 */
export function torideWorkbook(ss: FakeSpreadsheet): void {
  const sheet = addGrid(ss, torideProjects());
  const ref = sheet.cellFor(12, 10);
  ref.note = '要確認（財政課に照会中）';
  ref.background = '#00ff00';
  for (let c = 1; c <= 13; c += 1) sheet.cellFor(4, c).background = '#cfe2f3';
  const total = sheet.cellFor(13, 11);
  total.formula = '=SUM(K5:K12)';
  const start = sheet.cellFor(6, 8);
  start.value = FORMULA_TEXT;
  sheet.cellFor(12, 5).value = XSS_TEXT; // the form of 読み聞かせ会: not a form, reported with its text
  ss.addSheet('メモ', [
    [XSS_TEXT, '連絡事項'],
    ['', ''],
  ]);
  ss.addSheet(FORMULA_SHEET, [
    ['集計用', '件数'],
    ['協働事業', 7],
  ]);
}

/**
 * A projects register of n rows in the toride layout, every row with a #REF! budget (the same
 * fault in every row), for the calls-do-not-grow-with-rows test.
 */
export function bigWorkbook(ss: FakeSpreadsheet, n: number): void {
  const rows: (string | number | null)[][] = [
    ['令和6年度 協働事業一覧'],
    [
      'No.',
      '事業名',
      '担当課',
      '協働相手',
      '協働の形態',
      '主催',
      '年度',
      '開始日',
      '終了日',
      '予算額（千円）',
      '決算額（千円）',
    ],
  ];
  for (let i = 1; i <= n; i += 1)
    rows.push([
      i,
      `事業${i}`,
      '市民協働推進課',
      `団体${i}`,
      '共催',
      '共同',
      '令和6年度',
      'R6.4.1',
      'R7.3.31',
      '#REF!',
      100,
    ]);
  ss.addSheet('協働事業一覧', rows);
}
