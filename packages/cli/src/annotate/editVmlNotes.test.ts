import { describe, expect, it } from 'vitest';
import { editVmlNotes, idBlocksOf, noteShapes } from './editVmlNotes.js';

describe('editVmlNotes', () => {
  it('makes a drawing with a shape per new note, IDs in its block', () => {
    const vml = editVmlNotes(undefined, [{ row: 3, column: 1 }], [], 2) as string;
    expect(noteShapes(vml).map((s) => [s.row, s.column])).toEqual([[3, 1]]);
    expect(vml).toContain('_x0000_s2049');
    expect(idBlocksOf(vml)).toEqual([2]);
  });

  it('adds and removes shapes in a drawing another program wrote, the rest as it was', () => {
    const other =
      '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"><v:shapetype id="_x0000_t202"/><v:shape id="shape_0" type="#_x0000_t202"><x:ClientData ObjectType="Note"><x:Row>3</x:Row><x:Column>1</x:Column></x:ClientData></v:shape><v:shape id="shape_1"><x:ClientData ObjectType="Note"><x:Row>6</x:Row><x:Column>6</x:Column></x:ClientData></v:shape></xml>';
    const vml = editVmlNotes(other, [{ row: 0, column: 0 }], [{ row: 6, column: 6 }], 1) as string;
    expect(noteShapes(vml).map((s) => [s.row, s.column])).toEqual([
      [3, 1],
      [0, 0],
    ]);
    expect(vml.startsWith(other.slice(0, other.indexOf('<v:shape id="shape_1"')))).toBe(true);
    // 2,000 more notes widen the ID map.
    const many = editVmlNotes(
      vml,
      Array.from({ length: 2000 }, (_, i) => ({ row: i + 10, column: 0 })),
      [],
      1,
    );
    expect(noteShapes(many as string)).toHaveLength(2002);
    expect(editVmlNotes('<xml>', [{ row: 0, column: 0 }], [], 1)).toBeUndefined();
  });
});
