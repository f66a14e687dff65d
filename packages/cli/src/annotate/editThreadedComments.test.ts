import { describe, expect, it } from 'vitest';
import { editThreadedComments } from './editThreadedComments.js';

const NS = 'http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments';
const threads = `<ThreadedComments xmlns="${NS}"><threadedComment ref="B2" id="{1}" personId="{P}"><text>連絡先が変わりました</text></threadedComment><threadedComment ref="B2" id="{2}" parentId="{1}" personId="{Q}"><text>確認済み</text></threadedComment><threadedComment ref="C3" id="{3}" personId="{P}"><text>別の話</text></threadedComment></ThreadedComments>`;

describe('editThreadedComments', () => {
  it('adds kyodo’s reply after a flagged thread, and replaces it on the next run', () => {
    const now = new Date(Date.UTC(2025, 4, 31, 9, 30));
    const once = editThreadedComments(threads, undefined, new Map([['B2', '【kyodo エラー】主催']]), now);
    expect(once.threaded).toEqual(new Set(['B2']));
    const order = [...once.threads.matchAll(/<text>([^<]*)<\/text>/g)].map((m) => m[1]);
    expect(order).toEqual(['連絡先が変わりました', '確認済み', '【kyodo エラー】主催', '別の話']);
    expect(once.threads).toContain('dT="2025-05-31T09:30:00.00"');
    expect(once.persons).toContain('displayName="kyodo"');
    const twice = editThreadedComments(
      once.threads,
      once.persons,
      new Map([['B2', '【kyodo 注意】新しい']]),
      now,
    );
    expect([...twice.threads.matchAll(/<text>([^<]*)<\/text>/g)].map((m) => m[1])).toEqual([
      '連絡先が変わりました',
      '確認済み',
      '【kyodo 注意】新しい',
      '別の話',
    ]);
    expect(twice.persons.match(/displayName="kyodo"/g)).toHaveLength(1);
  });
});
