import { describe, expect, it } from 'vitest';
import { loadAddon } from '../../testing/addon/fakes/loadAddon.js';
import {
  bigWorkbook,
  FORMULA_SHEET,
  FORMULA_TEXT,
  REF_CELL,
  torideWorkbook,
} from '../../testing/addon/workbooks.js';

const RESULTS = '検証結果';
const MARKS = '_kyodo_marks';

describe('検証する (menu) on the toride register', () => {
  it('writes 検証結果, marks flagged cells, keeps the user on their sheet and never changes a value, formula or note', () => {
    const h = loadAddon();
    torideWorkbook(h.ss);
    const before = h.ss.state();
    h.call('menuValidate');

    expect(h.services.ui.alerts).toHaveLength(1);
    expect(h.services.ui.alerts[0]).toMatch(/^検証しました: エラー \d+ 件/);
    expect(h.ss.activeSheet?.name).toBe('協働事業一覧');
    const names = h.ss.sheets.map((s) => s.name);
    expect(names).toEqual(['協働事業一覧', 'メモ', FORMULA_SHEET, RESULTS, MARKS]);
    expect(h.ss.sheets.find((s) => s.name === MARKS)?.hidden).toBe(true);

    const after = h.ss.state();
    for (let i = 0; i < before.length; i += 1) {
      expect(after[i]?.values, before[i]?.name).toEqual(before[i]?.values);
      expect(after[i]?.formulas, before[i]?.name).toEqual(before[i]?.formulas);
    }
    const sheet = h.ss.sheets[0]!;
    // The #REF! cell is flagged: red fill; the user's own note on it is left exactly as it was.
    const ref = sheet.cellAt(12, 10);
    expect(REF_CELL).toBe('J12');
    expect(ref.background).toBe('#f4c7c3');
    expect(ref.note).toBe('要確認（財政課に照会中）');
    // Every note the add-on added starts with 【kyodo】, on a cell that had none.
    const notesBefore = before[0]!.notes;
    const notesAfter = after[0]!.notes;
    let added = 0;
    notesAfter.forEach((row, r) => {
      row.forEach((n, c) => {
        const was = notesBefore[r]?.[c] ?? '';
        if (n !== was) {
          expect(was).toBe('');
          expect(n.startsWith('【kyodo】')).toBe(true);
          added += 1;
        }
      });
    });
    expect(added).toBeGreaterThan(0);
  });

  it('writes user text that starts with = as text: no formula anywhere on 検証結果', () => {
    const h = loadAddon();
    torideWorkbook(h.ss);
    h.call('menuValidate');
    const results = h.ss.sheets.find((s) => s.name === RESULTS)!.state();
    expect(results.formulas.flat().every((f) => f === '')).toBe(true);
    expect(results.values.flat()).toContain(FORMULA_SHEET);
    expect(results.values.flat().some((v) => typeof v === 'string' && v.includes(FORMULA_TEXT))).toBe(true);
    const marks = h.ss.sheets.find((s) => s.name === MARKS)!.state();
    expect(marks.formulas.flat().every((f) => f === '')).toBe(true);
  });

  it('検証表示をクリア restores the workbook exactly: values, formulas, notes, backgrounds, sheets', () => {
    const h = loadAddon();
    torideWorkbook(h.ss);
    const before = h.ss.state();
    h.call('menuValidate');
    h.call('menuValidate'); // a second run replaces the first run's marks
    expect(h.ss.state()).not.toEqual(before);
    h.call('menuClear');
    expect(h.ss.state()).toEqual(before);
    expect(h.ss.toasts.at(-1)).toMatch(/^検証表示をクリアしました（\d+ セルを元に戻しました）。$/);
    h.call('menuClear');
    expect(h.ss.toasts.at(-1)).toBe('クリアする検証表示はありません。');
    expect(h.ss.state()).toEqual(before);
  });

  it('leaves a marked cell alone at clear when the user has changed it since', () => {
    const h = loadAddon();
    torideWorkbook(h.ss);
    h.call('menuValidate');
    const sheet = h.ss.sheets[0]!;
    const ref = sheet.cellFor(12, 10);
    ref.background = '#ffff00'; // the user recoloured the flagged cell
    const marked = sheet.rows.flatMap((row) => row.filter((c) => c.note.startsWith('【kyodo】')));
    const edited = marked[0]!;
    edited.note = '担当者メモ'; // and replaced one of the add-on's notes with their own
    h.call('menuClear');
    expect(ref.background).toBe('#ffff00');
    expect(edited.note).toBe('担当者メモ');
    expect(sheet.rows.flat().some((c) => c.note.startsWith('【kyodo】'))).toBe(false);
  });

  it('finds a marked sheet renamed since the run', () => {
    const h = loadAddon();
    torideWorkbook(h.ss);
    const before = h.ss.state();
    h.call('menuValidate');
    h.ss.sheets[0]!.name = '協働事業一覧（確定）';
    h.call('menuClear');
    h.ss.sheets[0]!.name = '協働事業一覧';
    expect(h.ss.state()).toEqual(before);
  });

  it('without the hidden record sheet, the clear still removes the 【kyodo】 notes and only those', () => {
    const h = loadAddon();
    torideWorkbook(h.ss);
    h.call('menuValidate');
    h.ss.sheets.splice(
      h.ss.sheets.findIndex((s) => s.name === MARKS),
      1,
    ); // someone deleted the hidden sheet
    h.call('menuClear');
    const notes = h.ss.sheets[0]!.state().notes.flat().filter(Boolean);
    expect(notes).toEqual(['要確認（財政課に照会中）']);
    expect(h.ss.toasts.at(-1)).toMatch(/\d+ セルを元に戻しました/);
  });

  it('writes under the document lock and flushes before releasing it', () => {
    const h = loadAddon();
    torideWorkbook(h.ss);
    h.call('menuValidate');
    expect(h.log.events).toEqual(['lock', 'flush', 'release']);
    h.log.reset();
    h.call('menuClear');
    expect(h.log.events).toEqual(['lock', 'flush', 'release']);
  });

  it('says an unexpected failure as a sentence and still releases the lock', () => {
    const h = loadAddon();
    torideWorkbook(h.ss);
    h.ss.sheets[1]!.getDataRange = () => {
      throw new Error('Exception: Service Spreadsheets failed while accessing document with id 1x.');
    };
    h.call('menuValidate');
    expect(h.services.ui.alerts).toEqual([
      '予期しないエラーが起きました: Exception: Service Spreadsheets failed while accessing document with id 1x.',
    ]);
    expect(h.log.events.at(-1)).toBe('release');
    expect(h.services.lock.held).toBe(false);
  });

  it('records before it marks: after a run cut short while marking, the clear still restores exactly', () => {
    const h = loadAddon();
    torideWorkbook(h.ss);
    const before = h.ss.state();
    const sheet = h.ss.sheets[0]!;
    const { getRangeList } = sheet;
    let calls = 0;
    sheet.getRangeList = function (this: typeof sheet, a1s: string[]) {
      calls += 1;
      if (calls === 2) throw new Error('Exception: You are trying to edit a protected cell or object.');
      return getRangeList.call(this, a1s);
    };
    h.call('menuValidate');
    expect(h.services.ui.alerts[0]).toMatch(
      /^保護されたセルやシートがあるため、色やメモを付けられませんでした。/,
    );
    expect(h.ss.state()).not.toEqual(before); // the first severity's colour went on
    sheet.getRangeList = getRangeList;
    h.call('menuClear');
    expect(h.ss.state()).toEqual(before);
  });

  it('says so when another run holds the lock, and writes nothing', () => {
    const h = loadAddon();
    torideWorkbook(h.ss);
    const before = h.ss.state();
    h.services.lock.heldElsewhere = true;
    h.call('menuValidate');
    expect(h.services.ui.alerts[0]).toBe(
      'ほかの人か別のタブが検証中です。しばらく待ってからもう一度お試しください。',
    );
    expect(h.ss.state()).toEqual(before);
  });
});

describe('batched I/O', () => {
  function callsFor(rows: number): Record<string, number> {
    const h = loadAddon();
    bigWorkbook(h.ss, rows);
    h.call('menuValidate');
    const validate = h.log.snapshot();
    h.log.reset();
    h.call('menuClear');
    const clear = h.log.snapshot();
    return {
      ...Object.fromEntries(Object.entries(validate).map(([k, v]) => [`validate ${k}`, v])),
      ...Object.fromEntries(Object.entries(clear).map(([k, v]) => [`clear ${k}`, v])),
    };
  }

  it('makes the same calls for 10 rows and 10,000 rows (validate and clear)', () => {
    const small = callsFor(10);
    const large = callsFor(10_000);
    expect(large).toEqual(small);
    expect(small['validate Range.getValues']).toBe(1);
    expect(small['validate Range.setValues']).toBe(2); // 検証結果 and the mark records
  });
});

describe('the add-on’s own results sheet is told apart by developer metadata, not by its name', () => {
  it('never overwrites, clears or skips a user’s sheet named 検証結果: it is validated, and the results go to 検証結果（kyodo）', () => {
    const h = loadAddon();
    torideWorkbook(h.ss);
    h.ss.addSheet(RESULTS, [['担当者メモ'], ['=集計!A1 を確認']]);
    const before = h.ss.state();
    h.call('menuValidate');
    const names = h.ss.sheets.map((s) => s.name);
    expect(names).toContain(RESULTS);
    expect(names).toContain('検証結果（kyodo）');
    const mine = h.ss.sheets.find((s) => s.name === RESULTS)!.state();
    expect(mine).toEqual(before.find((s) => s.name === RESULTS));
    expect(h.services.ui.alerts[0]).toContain('検証結果（kyodo）');
    // Validated like any other sheet: the results list it (not one of the five kinds).
    const results = h.ss.sheets.find((s) => s.name === '検証結果（kyodo）')!.state();
    expect(results.values.flat()).toContain(RESULTS);
    // A second run rewrites the add-on's sheet, and makes no third one.
    h.call('menuValidate');
    expect(h.ss.sheets.filter((s) => s.name.startsWith(RESULTS))).toHaveLength(2);
    // Clear deletes only the sheet the add-on made.
    h.call('menuClear');
    expect(h.ss.state()).toEqual(before);
  });

  it('finds its results sheet after the user renames it, by its metadata', () => {
    const h = loadAddon();
    torideWorkbook(h.ss);
    h.call('menuValidate');
    const results = h.ss.sheets.find((s) => s.name === RESULTS)!;
    results.name = '令和6年度 検証';
    h.call('menuValidate');
    expect(h.ss.sheets.filter((s) => s.name === RESULTS)).toHaveLength(0);
    expect(h.ss.metadata.map((m) => [m.key, m.value, m.visibility, m.sheet?.name])).toEqual([
      ['kyodo.sheet', 'results', 'PROJECT', '令和6年度 検証'],
    ]);
    h.call('menuClear');
    expect(h.ss.sheets.some((s) => s.name === '令和6年度 検証')).toBe(false);
  });
});

describe('large sheets', () => {
  it('validates, marks and clears 200,000 flagged cells (no argument-limit crash, RangeList calls batched)', () => {
    const h = loadAddon();
    bigWorkbook(h.ss, 200_000);
    const before = h.ss.sheets[0]!.state();
    h.call('menuValidate');
    expect(h.services.ui.alerts[0]).toMatch(/^検証しました: エラー 200000 件/);
    const sheet = h.ss.sheets[0]!;
    expect(sheet.cellAt(200_002, 10).background).toBe('#f4c7c3');
    h.call('menuClear');
    expect(h.ss.sheets[0]!.state()).toEqual(before);
  }, 600_000);
});
