import { Parser } from 'htmlparser2';

/** What changes in one worksheet part: the style of some cells, and a legacy drawing to link. */
export interface SheetRewrite {
  /**
   * The cells whose style may change, by 1-based row then column. For each, `styleOf` is asked
   * with the cell's style index as the sheet has it (the row's or column's style for a cell
   * the sheet does not have) and gives the new one, or undefined to leave the cell as it is.
   */
  readonly cells: ReadonlyMap<number, ReadonlySet<number>>;
  readonly styleOf: (row: number, column: number, style: number) => number | undefined;
  /** The relationship ID of a VML drawing to link with a new legacyDrawing element. */
  readonly legacyDrawing?: string;
}

const RELATIONSHIPS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** Worksheet children that come after legacyDrawing (ECMA-376 Part 1 §18.3.1.99, CT_Worksheet). */
const AFTER_LEGACY_DRAWING = new Set([
  'legacyDrawingHF',
  'drawingHF',
  'picture',
  'oleObjects',
  'controls',
  'webPublishItems',
  'tableParts',
  'extLst',
]);

/**
 * A worksheet part (ECMA-376 Part 1 §18.3.1.99) rewritten as it streams: every byte is copied
 * as it was, except the start tags of the cells whose style changes (their `s` attribute set),
 * cells and rows the sheet lacks added where they belong (§18.3.1.73 row, §18.3.1.4 c: a row's
 * cells in column order, rows in order; a row's `spans` hint widened to a cell added outside it), and a legacyDrawing element (§18.3.1.51) in its place among the sheet's children.
 * htmlparser2 finds the tags (its parser's start and end indices); only the text not yet
 * copied is held, so a sheet of a million rows is rewritten in little memory.
 */
export async function* rewriteSheet(
  chunks: AsyncIterable<string>,
  rewrite: SheetRewrite,
): AsyncGenerator<string> {
  let text = '';
  /** Absolute index in the part of text[0]. */
  let base = 0;
  let out: string[] = [];
  let prefix = '';
  let depth = 0;
  let row = 0;
  let column = 0;
  let rowStyle: number | undefined;
  let linked = rewrite.legacyDrawing === undefined;
  const columnStyles: { min: number; max: number; style: number }[] = [];
  const rowsToAdd = [...rewrite.cells.keys()].sort((a, b) => a - b);
  let nextRow = 0;
  let missing: number[] = [];

  const raw = (start: number, end: number) => text.slice(start - base, end - base + 1);
  /** Copies the text up to (not including) `index`. */
  const copyTo = (index: number) => {
    if (index > base) {
      out.push(text.slice(0, index - base));
      text = text.slice(index - base);
      base = index;
    }
  };
  const skipTo = (index: number) => {
    text = text.slice(index - base);
    base = index;
  };
  const baseStyle = (c: number): number => {
    if (rowStyle !== undefined) return rowStyle;
    for (const col of columnStyles) if (c >= col.min && c <= col.max) return col.style;
    return 0;
  };
  const newCells = (r: number, columns: readonly number[]) =>
    columns
      .map((c) => {
        const style = rewrite.styleOf(r, c, baseStyle(c));
        return style === undefined ? '' : `<${prefix}c r="${columnLetters(c)}${r}" s="${style}"/>`;
      })
      .join('');
  const newRows = (before: number) => {
    let s = '';
    while (nextRow < rowsToAdd.length && (rowsToAdd[nextRow] as number) < before) {
      const r = rowsToAdd[nextRow] as number;
      rowStyle = undefined;
      const cells = newCells(
        r,
        [...(rewrite.cells.get(r) ?? [])].sort((a, b) => a - b),
      );
      if (cells !== '') s += `<${prefix}row r="${r}">${cells}</${prefix}row>`;
      nextRow++;
    }
    return s;
  };

  /** Just past the last tag or text the parser has finished: all before it is settled. */
  let settledTo = 0;
  const parser = new Parser(
    {
      ontext() {
        settledTo = parser.endIndex + 1;
      },
      onopentag(tag, attributes) {
        const start = parser.startIndex;
        const end = parser.endIndex;
        settledTo = end + 1;
        const colon = tag.indexOf(':');
        const name = colon === -1 ? tag : tag.slice(colon + 1);
        depth++;
        if (depth === 1) prefix = colon === -1 ? '' : tag.slice(0, colon + 1);
        if (depth === 2 && !linked && AFTER_LEGACY_DRAWING.has(name)) {
          copyTo(start);
          out.push(legacyDrawingTag(prefix, rewrite.legacyDrawing as string));
          linked = true;
        }
        if (name === 'col' && depth === 3) {
          const style = Number(attributes.style ?? 0);
          if (style > 0)
            columnStyles.push({ min: Number(attributes.min), max: Number(attributes.max), style });
        } else if (name === 'sheetData' && depth === 2) {
          row = 0;
          if (raw(start, end).endsWith('/>')) {
            const rows = newRows(Number.POSITIVE_INFINITY);
            if (rows !== '') {
              copyTo(start);
              out.push(`<${tag}${attributeText(raw(start, end), tag)}>${rows}</${tag}>`);
              skipTo(end + 1);
            }
          }
        } else if (name === 'row' && depth === 3) {
          row = attributes.r === undefined ? row + 1 : Number(attributes.r);
          column = 0;
          const before = newRows(row);
          if (before !== '') {
            copyTo(start);
            out.push(before);
          }
          rowStyle =
            attributes.customFormat === '1' || attributes.customFormat === 'true'
              ? Number(attributes.s ?? 0)
              : undefined;
          const wanted = rewrite.cells.get(row);
          missing = wanted === undefined ? [] : [...wanted].sort((a, b) => a - b);
          if (nextRow < rowsToAdd.length && rowsToAdd[nextRow] === row) nextRow++;
          if (missing.length > 0) {
            // The row's spans hint (the columns its cells are in) is widened to a cell added outside
            // it; a row written <row/> is opened to take its cells.
            const tagText = raw(start, end);
            const closed = tagText.endsWith('/>');
            const opened = withSpans(closed ? `${tagText.slice(0, -2).trimEnd()}>` : tagText, missing);
            if (opened !== tagText) {
              copyTo(start);
              out.push(opened);
              skipTo(end + 1);
            }
            if (closed) {
              out.push(newCells(row, missing));
              missing = [];
              out.push(`</${tag}>`);
            }
          }
        } else if (name === 'c' && depth === 4) {
          column = attributes.r === undefined ? column + 1 : columnOf(attributes.r);
          if (missing.length > 0 && (missing[0] as number) <= column) {
            const before = missing.filter((c) => c < column);
            missing = missing.filter((c) => c > column);
            if (before.length > 0) {
              copyTo(start);
              out.push(newCells(row, before));
            }
          }
          if (rewrite.cells.get(row)?.has(column) === true) {
            const current = attributes.s === undefined ? baseStyle(column) : Number(attributes.s);
            const style = rewrite.styleOf(row, column, current);
            if (style !== undefined && style !== (attributes.s === undefined ? undefined : current)) {
              copyTo(start);
              out.push(withStyle(raw(start, end), tag, style));
              skipTo(end + 1);
            }
          }
        }
      },
      onclosetag(tag, implied) {
        settledTo = parser.endIndex + 1;
        const colon = tag.indexOf(':');
        const name = colon === -1 ? tag : tag.slice(colon + 1);
        if (!implied) {
          const start = parser.startIndex;
          if (name === 'row' && depth === 3 && missing.length > 0) {
            copyTo(start);
            out.push(newCells(row, missing));
            missing = [];
          } else if (name === 'sheetData' && depth === 2) {
            const rows = newRows(Number.POSITIVE_INFINITY);
            if (rows !== '') {
              copyTo(start);
              out.push(rows);
            }
          } else if (depth === 1 && !linked) {
            copyTo(start);
            out.push(legacyDrawingTag(prefix, rewrite.legacyDrawing as string));
            linked = true;
          }
        }
        depth--;
      },
    },
    { xmlMode: true },
  );

  let seen = 0;
  for await (const chunk of chunks) {
    text += chunk;
    parser.write(chunk);
    seen += chunk.length;
    // Everything before the end of the last tag or text the parser finished is settled: copy it on.
    const settled = Math.min(settledTo, seen);
    if (settled > base) copyTo(settled);
    if (out.length > 0) {
      yield out.join('');
      out = [];
    }
  }
  parser.end();
  copyTo(base + text.length);
  if (out.length > 0) yield out.join('');
}

/** A row's start tag with its spans (ECMA-376 §18.3.1.73: 'first:last' ranges) covering `columns`. */
function withSpans(tagText: string, columns: readonly number[]): string {
  const m = /(\s)spans\s*=\s*(["'])([^"']*)\2/.exec(tagText);
  if (m === null) return tagText;
  const ranges = (m[3] as string)
    .trim()
    .split(/\s+/)
    .map((r) => r.split(':').map(Number) as [number, number]);
  const outside = columns.filter((c) => !ranges.some(([a, b]) => c >= a && c <= b));
  if (outside.length === 0) return tagText;
  if (ranges.length !== 1 || !ranges.every(([a, b]) => Number.isFinite(a) && Number.isFinite(b)))
    return tagText.replace(m[0], '');
  const [a, b] = ranges[0] as [number, number];
  const spans = `${Math.min(a, ...outside)}:${Math.max(b, ...outside)}`;
  return tagText.replace(m[0], `${m[1]}spans="${spans}"`);
}

function legacyDrawingTag(prefix: string, id: string): string {
  return `<${prefix}legacyDrawing xmlns:r="${RELATIONSHIPS}" r:id="${id}"/>`;
}

/** A start tag's attributes as written (`<tag a="1"/>` → ` a="1"`). */
function attributeText(tagText: string, tag: string): string {
  return tagText
    .slice(tag.length + 1)
    .replace(/\/?>$/, '')
    .trimEnd();
}

/** A cell's start tag with its style attribute set to `style` (added when it had none). */
function withStyle(tagText: string, tag: string, style: number): string {
  const replaced = tagText.replace(/(\s)s\s*=\s*("[^"]*"|'[^']*')/, `$1s="${style}"`);
  if (replaced !== tagText) return replaced;
  return `<${tag} s="${style}"${tagText.slice(tag.length + 1)}`;
}

/** 'AB12' → 28; 0 for anything else. */
export function columnOf(ref: string): number {
  let column = 0;
  for (let i = 0; i < ref.length; i++) {
    const code = ref.charCodeAt(i);
    if (code >= 65 && code <= 90) column = column * 26 + code - 64;
    else if (code === 36) continue;
    else break;
  }
  return column;
}

/** 28 → 'AB'. */
export function columnLetters(column: number): string {
  let s = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}
