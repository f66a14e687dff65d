import { childrenNamed, elementLike, firstChildNamed, NS, parseXml, serializeXml } from './opcParts.js';

/** Where kyodo's own text in a note begins: each message starts with 【kyodo (its severity)】. */
export const KYODO_MARK = '【kyodo ';

/** The author kyodo writes its notes under. */
export const KYODO_AUTHOR = 'kyodo';

/** A sheet's notes part after kyodo's changes, and the cells whose note appeared or went. */
export interface EditedNotes {
  readonly xml: string;
  /** Cells (A1) that had no note and now have one (their VML shape is to be added). */
  readonly created: readonly string[];
  /** Cells whose note was kyodo's alone and went (their VML shape is to be removed). */
  readonly removed: readonly string[];
  /** Every note's text after the change, by cell (for the tests and the results). */
  readonly texts: ReadonlyMap<string, string>;
}

/**
 * A sheet's notes part (ECMA-376 Part 1 §18.7, comments) with kyodo's messages: first the
 * text of an earlier run of kyodo is taken out of every note (from the first 【kyodo …】 on,
 * the note as the user wrote it left whole), a note that was only kyodo's removed; then each
 * flagged cell's messages are added at the end of its note, after the user's text and a blank
 * line, in a run of their own (§18.4.4 r), or as a new note under the author kyodo. A note's
 * other runs, formatting and phonetic text are not touched. `existing` is the part's XML, or
 * undefined for a sheet that has none.
 */
export function editNotes(existing: string | undefined, add: ReadonlyMap<string, string>): EditedNotes {
  const doc = parseXml(
    existing ??
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="${NS.main}"><authors/><commentList/></comments>`,
  );
  const root = doc.documentElement;
  const authors =
    firstChildNamed(root, 'authors') ?? root.insertBefore(elementLike(root, 'authors'), root.firstChild);
  let list = firstChildNamed(root, 'commentList');
  if (list === undefined) list = root.appendChild(elementLike(root, 'commentList')) as Element;
  const removed: string[] = [];
  const byCell = new Map<string, Element>();
  for (const comment of childrenNamed(list, 'comment')) {
    const ref = comment.getAttribute('ref') ?? '';
    const text = firstChildNamed(comment, 'text');
    if (text !== undefined && stripKyodo(text) && textOf(text) === '') {
      list.removeChild(comment);
      removed.push(ref);
      continue;
    }
    byCell.set(ref, comment);
  }
  let authorId = childrenNamed(authors, 'author').findIndex((a) => a.textContent === KYODO_AUTHOR);
  const created: string[] = [];
  for (const [ref, message] of add) {
    let comment = byCell.get(ref);
    if (comment === undefined) {
      if (authorId === -1) {
        const author = elementLike(authors, 'author');
        author.appendChild(doc.createTextNode(KYODO_AUTHOR));
        authors.appendChild(author);
        authorId = childrenNamed(authors, 'author').length - 1;
      }
      comment = elementLike(list, 'comment');
      comment.setAttribute('ref', ref);
      comment.setAttribute('authorId', String(authorId));
      comment.setAttribute('shapeId', '0');
      comment.appendChild(elementLike(list, 'text'));
      list.appendChild(comment);
      byCell.set(ref, comment);
      // A note kyodo removed above and adds again keeps its shape.
      const gone = removed.indexOf(ref);
      if (gone === -1) created.push(ref);
      else removed.splice(gone, 1);
    }
    const text = firstChildNamed(comment, 'text') ?? comment.appendChild(elementLike(comment, 'text'));
    const before = textOf(text as Element);
    appendRun(text as Element, before === '' ? message : `\n\n${message}`);
  }
  const texts = new Map<string, string>();
  for (const [ref, comment] of byCell) {
    const text = firstChildNamed(comment, 'text');
    texts.set(ref, text === undefined ? '' : textOf(text));
  }
  return { xml: serializeXml(doc), created, removed, texts };
}

/** The plain text of a note's text element: its t, and the t of each run (phonetic runs left out). */
function textOf(text: Element): string {
  let s = '';
  for (const child of elementChildren(text)) {
    if (child.localName === 't') s += child.textContent ?? '';
    else if (child.localName === 'r') s += firstChildNamed(child, 't')?.textContent ?? '';
  }
  return s;
}

function elementChildren(e: Element): Element[] {
  const out: Element[] = [];
  for (let n = e.firstChild; n !== null; n = n.nextSibling) if (n.nodeType === 1) out.push(n as Element);
  return out;
}

/** Takes kyodo's text out of a note: from the first 【kyodo …】 that starts it or follows a blank line. */
function stripKyodo(text: Element): boolean {
  let seen = '';
  let cutting = false;
  let changed = false;
  for (const child of elementChildren(text)) {
    const t =
      child.localName === 't' ? child : child.localName === 'r' ? firstChildNamed(child, 't') : undefined;
    if (t === undefined) continue;
    if (cutting) {
      text.removeChild(child);
      continue;
    }
    const value = t.textContent ?? '';
    const whole = seen + value;
    let at = whole.startsWith(KYODO_MARK) ? 0 : whole.indexOf(`\n\n${KYODO_MARK}`);
    if (at !== -1 && at < seen.length) at = seen.length;
    if (at !== -1) {
      cutting = true;
      changed = true;
      const keep = value.slice(0, at - seen.length);
      if (keep === '') text.removeChild(child);
      else setText(t, keep);
    }
    seen = whole;
  }
  return changed;
}

function setText(t: Element, value: string): void {
  while (t.firstChild !== null) t.removeChild(t.firstChild);
  t.appendChild((t.ownerDocument as Document).createTextNode(value));
  t.setAttribute('xml:space', 'preserve');
}

/** A run with `value` after the text's last run or t (before its phonetic runs, §18.4.12 CT_Rst). */
function appendRun(text: Element, value: string): void {
  const r = elementLike(text, 'r');
  const t = elementLike(text, 't');
  setText(t, value);
  r.appendChild(t);
  const phonetic = elementChildren(text).find((e) => e.localName === 'rPh' || e.localName === 'phoneticPr');
  text.insertBefore(r, phonetic ?? null);
}
