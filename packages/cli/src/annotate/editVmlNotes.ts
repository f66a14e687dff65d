import { Parser } from 'htmlparser2';

/** A note's cell, 0-based, as VML's ClientData names it. */
export interface NotePlace {
  readonly row: number;
  readonly column: number;
}

/** The shape type of a note (a text box), as Excel declares it in each VML drawing. */
const NOTE_SHAPE_TYPE =
  '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>';

/**
 * A sheet's VML drawing (ECMA-376 Part 4 §14 VML; the legacy drawing of notes, Part 1
 * §18.3.1.51) with a note shape added for each new note and removed for each note that went.
 * Every other byte stays as it was (VML is often not well-formed XML: the shapes are found by
 * htmlparser2 and the text spliced). New shapes take IDs after the highest in the drawing, and
 * the drawing's ID map (o:idmap, blocks of 1,024) is widened to cover them. `existing` is
 * undefined for a sheet with no drawing yet; `block` is then its first ID block, one no other
 * drawing of the workbook uses. undefined when the drawing cannot be edited (no closing tag).
 */
export function editVmlNotes(
  existing: string | undefined,
  add: readonly NotePlace[],
  remove: readonly NotePlace[],
  block: number,
): string | undefined {
  let text = existing ?? emptyDrawing(block);
  const gone = new Set(remove.map((p) => `${p.row}:${p.column}`));
  const shapes = noteShapes(text);
  for (const shape of [...shapes].reverse())
    if (gone.has(`${shape.row}:${shape.column}`))
      text = text.slice(0, shape.start) + text.slice(shape.end + 1);
  if (add.length === 0) return text;
  const end = text.lastIndexOf('</xml>');
  if (end === -1) return undefined;
  let id = block * 1024;
  for (const m of text.matchAll(/_x0000_s(\d+)/g)) id = Math.max(id, Number(m[1]));
  const made = add.map((p) => noteShape(++id, p)).join('');
  const type = text.includes('_x0000_t202') ? '' : NOTE_SHAPE_TYPE;
  text = `${text.slice(0, end)}${type}${made}${text.slice(end)}`;
  return widenIdMap(text, id);
}

/** The note shapes of a drawing: where each starts and ends, and its cell. */
export function noteShapes(text: string): { start: number; end: number; row: number; column: number }[] {
  const found: { start: number; end: number; row: number; column: number }[] = [];
  let current: { start: number; note: boolean; row: number; column: number } | undefined;
  let field: 'row' | 'column' | undefined;
  let depth = 0;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const local = name.toLowerCase();
        if (local === 'v:shape') {
          if (depth === 0) current = { start: parser.startIndex, note: false, row: -1, column: -1 };
          depth++;
        } else if (local === 'x:clientdata' && current !== undefined) {
          current.note = attributes.ObjectType === 'Note' || attributes.objecttype === 'Note';
        } else if (local === 'x:row') field = 'row';
        else if (local === 'x:column') field = 'column';
      },
      ontext(data) {
        if (current !== undefined && field !== undefined) current[field] = Number(data.trim());
      },
      onclosetag(name) {
        const local = name.toLowerCase();
        if (local === 'x:row' || local === 'x:column') field = undefined;
        if (local === 'v:shape' && depth > 0) {
          depth--;
          if (depth === 0 && current?.note === true)
            found.push({
              start: current.start,
              end: parser.endIndex,
              row: current.row,
              column: current.column,
            });
          if (depth === 0) current = undefined;
        }
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.write(text);
  parser.end();
  return found;
}

/** The ID blocks the drawings of a workbook use (o:idmap data="1,2"). */
export function idBlocksOf(text: string): number[] {
  const m = /<o:idmap\b[^>]*\bdata\s*=\s*["']([^"']*)["']/.exec(text);
  return m === null
    ? []
    : (m[1] as string)
        .split(',')
        .map((s) => Number(s.trim()))
        .filter(Number.isFinite);
}

function widenIdMap(text: string, highest: number): string {
  const blocks = new Set(idBlocksOf(text));
  const first = Math.min(...blocks);
  for (
    let b = Number.isFinite(first) ? first : Math.floor(highest / 1024);
    b <= Math.floor(highest / 1024);
    b++
  )
    blocks.add(b);
  const data = [...blocks].sort((a, b) => a - b).join(',');
  return text.replace(/(<o:idmap\b[^>]*\bdata\s*=\s*)(["'])[^"']*\2/, `$1"${data}"`);
}

function emptyDrawing(block: number): string {
  return `<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"><o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${block}"/></o:shapelayout>${NOTE_SHAPE_TYPE}</xml>`;
}

/** A hidden note box beside its cell, as Excel draws one (ClientData, Part 4 §19.1.2.3). */
function noteShape(id: number, p: NotePlace): string {
  const anchor = [p.column + 1, 15, Math.max(0, p.row - 1), 10, p.column + 3, 15, p.row + 3, 4].join(', ');
  return `<v:shape id="_x0000_s${id}" type="#_x0000_t202" style="position:absolute;margin-left:59.25pt;margin-top:1.5pt;width:180pt;height:80pt;z-index:${id % 1024};visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto"><v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/><v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox><x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>${anchor}</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>${p.row}</x:Row><x:Column>${p.column}</x:Column></x:ClientData></v:shape>`;
}
