import { describe, expect, it } from 'vitest';
import { editNotes } from './editNotes.js';

const part = (comments: string, authors = '<author>担当者</author>') =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors>${authors}</authors><commentList>${comments}</commentList></comments>`;

describe('editNotes', () => {
  it('adds a message after the note’s own text and a blank line, its runs and phonetic text untouched', () => {
    const before = part(
      '<comment ref="B2" authorId="0"><text><r><rPr><b/></rPr><t>継続</t></r><r><t>事業</t></r><rPh sb="0" eb="1"><t>ケイゾク</t></rPh></text></comment>',
    );
    const edited = editNotes(before, new Map([['B2', '【kyodo エラー】主催が違います']]));
    expect(edited.texts.get('B2')).toBe('継続事業\n\n【kyodo エラー】主催が違います');
    expect(edited.xml).toContain(
      '<r><rPr><b/></rPr><t>継続</t></r><r><t>事業</t></r><r><t xml:space="preserve">',
    );
    expect(edited.xml.indexOf('<rPh')).toBeGreaterThan(edited.xml.indexOf('主催が違います'));
    expect(edited.created).toEqual([]);
  });

  it('creates a note under the author kyodo where there was none', () => {
    const edited = editNotes(undefined, new Map([['C3', '【kyodo 注意】確認してください']]));
    expect(edited.created).toEqual(['C3']);
    expect(edited.xml).toContain('<author>kyodo</author>');
    expect(edited.texts.get('C3')).toBe('【kyodo 注意】確認してください');
  });

  it('takes kyodo’s earlier text out, whole notes of kyodo’s included, before adding the new', () => {
    const once = editNotes(
      part('<comment ref="B2" authorId="0"><text><t>担当者メモ</t></text></comment>'),
      new Map([
        ['B2', '【kyodo エラー】古い'],
        ['D4', '【kyodo エラー】古い'],
      ]),
    );
    const again = editNotes(once.xml, new Map([['B2', '【kyodo 注意】新しい']]));
    expect(again.texts.get('B2')).toBe('担当者メモ\n\n【kyodo 注意】新しい');
    expect(again.removed).toEqual(['D4']);
    expect(again.texts.has('D4')).toBe(false);
    // Merged into one run by another program: cut at the mark all the same.
    const merged = editNotes(
      part('<comment ref="A1" authorId="0"><text><t>メモ\n\n【kyodo エラー】古い</t></text></comment>'),
      new Map(),
    );
    expect(merged.texts.get('A1')).toBe('メモ');
  });
});
