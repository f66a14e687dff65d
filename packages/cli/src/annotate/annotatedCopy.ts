import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import type { Bilingual, Severity } from '@kyodo/core';
import type { Report } from '@kyodo/sheets';
import yazl from 'yazl';
import { type Lang, severityWords } from '../render/words.js';
import type { XlsxPackage } from '../xlsx/openPackage.js';
import { editNotes, KYODO_MARK } from './editNotes.js';
import { editThreadedComments } from './editThreadedComments.js';
import { editVmlNotes, idBlocksOf } from './editVmlNotes.js';
import { EMPTY_STYLES, markStyles } from './markStyles.js';
import {
  addContentType,
  addRelationship,
  childrenNamed,
  elementLike,
  emptyRelationships,
  firstChildNamed,
  freePartName,
  NS,
  parseXml,
  REL,
  type Relationship,
  relationshipsOf,
  relsPartOf,
  serializeXml,
} from './opcParts.js';
import { unreadableNotesWords, unreadableShapesWords, unreadableThreadsWords } from './resultsSheetWords.js';
import { quoteSheet, resultsSheetXml } from './resultsSheetXml.js';
import { columnLetters, columnOf, rewriteSheet } from './rewriteSheet.js';

/** One flagged cell: where, how bad, and what to say. */
export interface AnnotationMark {
  readonly sheet: string;
  /** 1-based row and column. */
  readonly row: number;
  readonly column: number;
  readonly severity: Severity;
  readonly message: string;
}

/** The annotated copy, ready to be written, and what could not be done, one line each. */
export interface AnnotatedCopy {
  readonly data: Readable;
  readonly notices: readonly Bilingual[];
}

/** The title of the results sheet; a number is added when the workbook already has a sheet of that name. */
export const RESULTS_SHEET_NAME = '検証結果';
/** The hidden defined name by which kyodo knows its results sheet (ECMA-376 Part 1 §18.2.5). */
export const RESULTS_NAME = 'kyodo_results';
/** The namespace of kyodo's record of its marks, a custom XML part (Part 1 §15.2.5). */
export const RECORD_NS = 'urn:kyodo:annotation:1';

const TYPES = {
  worksheet: 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
  styles: 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml',
  comments: 'application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml',
  vml: 'application/vnd.openxmlformats-officedocument.vmlDrawing',
  customXmlProps: 'application/vnd.openxmlformats-officedocument.customXmlProperties+xml',
  xml: 'application/xml',
} as const;

const rank: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/** kyodo's record of the marks it made: enough to put each cell's fill back (the add-on keeps the same). */
interface MarkRecord {
  readonly version: 1;
  /** The original fills, as XML. */
  readonly fills: string[];
  /** [sheet, cell, index into fills]. */
  readonly cells: [string, string, number][];
}

interface SheetEntry {
  readonly name: string;
  readonly element: Element;
  readonly part: string | undefined;
}

/**
 * The annotated copy of an .xlsx, made by editing the original package (ECMA-376 Part 2):
 * every part kyodo does not need to change is copied as it was, byte for byte once unzipped —
 * other sheets, formulas, styles, merged cells, data validation, conditional formats, images,
 * charts, drawings, customXml, defined names, hidden sheets, threaded comments, macros. What
 * changes, and only as the marks need:
 *
 * - each flagged cell gets a style that is its own with a fill by severity (markStyles), in
 *   its sheet's part rewritten as it streams (rewriteSheet), and its messages added after its
 *   note's own text (editNotes; a new note, with its VML shape, where it had none);
 * - a flagged cell with a threaded comment (Excel 365) gets kyodo's messages as a reply in
 *   its thread (editThreadedComments) as well as in the thread's legacy note;
 * - the results sheet 検証結果 is added (workbook part, its relationships and content types),
 *   known afterwards by a hidden defined name kyodo_results, not by its name;
 * - kyodo's record of the fills it replaced, a custom XML part of its own.
 *
 * On a copy kyodo annotated before, its own marks are first taken away — its text in notes,
 * its fills (put back from the record where the cell still has the mark's fill), its results
 * sheet (replaced in place) — so they are never stacked; a user's sheet named 検証結果 is not
 * kyodo's and is kept (the new one is then 検証結果2).
 */
export async function annotatedCopy(
  pkg: XlsxPackage,
  report: Report,
  marks: readonly AnnotationMark[],
  lang: Lang,
  now: Date,
): Promise<AnnotatedCopy> {
  const notices: Bilingual[] = [];
  const replaced = new Map<string, string | Buffer>();
  const rewritten = new Map<string, Parameters<typeof rewriteSheet>[1]>();
  const added = new Map<string, string | (() => Iterable<string>)>();
  const taken = (name: string) => pkg.has(name) || added.has(name);
  const text = async (name: string) => (await pkg.read(name)).toString('utf8');

  const types = parseXml(await text('[Content_Types].xml'));
  const rootRels = relationshipsOf(parseXml(await text('_rels/.rels')), '');
  const workbookPart = rootRels.find((r) => r.type === REL.officeDocument)?.part ?? 'xl/workbook.xml';
  const workbook = parseXml(await text(workbookPart));
  const workbookRelsPart = relsPartOf(workbookPart);
  const workbookRels = pkg.has(workbookRelsPart)
    ? parseXml(await text(workbookRelsPart))
    : emptyRelationships();
  const rels = relationshipsOf(workbookRels, workbookPart);
  const byId = new Map(rels.map((r) => [r.id, r]));
  const sheetsElement = firstChildNamed(workbook.documentElement, 'sheets');
  if (sheetsElement === undefined) throw new Error(`${workbookPart} has no sheets`);
  const sheets: SheetEntry[] = childrenNamed(sheetsElement, 'sheet').map((element) => ({
    name: element.getAttribute('name') ?? '',
    element,
    part: byId.get(element.getAttributeNS(NS.r, 'id') ?? element.getAttribute('r:id') ?? '')?.part,
  }));

  // kyodo's earlier results sheet, by its defined name; and its record of marks.
  const definedNames = firstChildNamed(workbook.documentElement, 'definedNames');
  const ownName =
    definedNames === undefined
      ? undefined
      : childrenNamed(definedNames, 'definedName').find((d) => d.getAttribute('name') === RESULTS_NAME);
  const ownIndex = ownName === undefined ? -1 : Number(ownName.getAttribute('localSheetId'));
  const ownSheet = sheets[ownIndex];
  const record = await findRecord(pkg, rels, text);

  // Styles.
  let stylesPart = rels.find((r) => r.type === REL.styles)?.part;
  let stylesText = EMPTY_STYLES;
  if (stylesPart !== undefined && pkg.has(stylesPart)) stylesText = await text(stylesPart);
  else {
    stylesPart = 'xl/styles.xml';
    addRelationship(workbookRels, workbookPart, REL.styles, stylesPart);
    addContentType(types, stylesPart, TYPES.styles);
  }
  const styles = markStyles(stylesText);

  // Marks by sheet, one per cell (the worst severity, every message).
  const bySheet = new Map<string, Map<number, Map<number, AnnotationMark[]>>>();
  for (const mark of marks) {
    const rows = bySheet.get(mark.sheet) ?? new Map<number, Map<number, AnnotationMark[]>>();
    bySheet.set(mark.sheet, rows);
    const columns = rows.get(mark.row) ?? new Map<number, AnnotationMark[]>();
    rows.set(mark.row, columns);
    columns.set(mark.column, [...(columns.get(mark.column) ?? []), mark]);
  }
  const recorded = new Map<string, Map<number, Map<number, number>>>();
  for (const [sheet, ref, fill] of record?.record.cells ?? []) {
    const row = Number(/\d+$/.exec(ref)?.[0]);
    const rows = recorded.get(sheet) ?? new Map<number, Map<number, number>>();
    recorded.set(sheet, rows);
    const columns = rows.get(row) ?? new Map<number, number>();
    rows.set(row, columns);
    columns.set(columnOf(ref), fill);
  }
  const newRecord: MarkRecord = { version: 1, fills: [], cells: [] };
  const fillIndex = new Map<string, number>();
  const remember = (sheet: string, ref: string, fill: string) => {
    let i = fillIndex.get(fill);
    if (i === undefined) {
      i = newRecord.fills.push(fill) - 1;
      fillIndex.set(fill, i);
    }
    newRecord.cells.push([sheet, ref, i]);
  };
  let vmlBlock = Math.max(
    0,
    ...(
      await Promise.all(
        pkg.names.filter((n) => n.toLowerCase().endsWith('.vml')).map(async (n) => idBlocksOf(await text(n))),
      )
    ).flat(),
  );

  let personsPart: string | undefined;
  let personsText: string | undefined;
  for (const sheet of sheets) {
    if (sheet === ownSheet || sheet.part === undefined || !pkg.has(sheet.part)) continue;
    const part = sheet.part;
    const flagged = bySheet.get(sheet.name);
    const before = recorded.get(sheet.name);
    const sheetRelsPart = relsPartOf(part);
    const sheetRelsDoc = pkg.has(sheetRelsPart) ? parseXml(await text(sheetRelsPart)) : emptyRelationships();
    const sheetRels = relationshipsOf(sheetRelsDoc, part);
    const commentsPart = sheetRels.find((r) => r.type === REL.comments)?.part;
    const commentsText =
      commentsPart !== undefined && pkg.has(commentsPart) ? await text(commentsPart) : undefined;
    const hadKyodoNotes = commentsText?.includes(KYODO_MARK) === true;
    if (flagged === undefined && before === undefined && !hadKyodoNotes) continue;

    // Notes.
    const add = new Map<string, string>();
    for (const [row, columns] of flagged ?? [])
      for (const [column, list] of columns)
        add.set(
          `${columnLetters(column)}${row}`,
          // The mark stays 【kyodo …】 (how a later run finds its own text); its word is in the notes' language.
          list
            .map(
              (m) =>
                `${KYODO_MARK.trimEnd()} ${severityWords[m.severity][lang === 'en' ? 'en' : 'ja']}】${m.message}`,
            )
            .join('\n'),
        );
    // Threaded comments (Excel 365): kyodo's messages as replies in the thread too.
    const threadsPart = sheetRels.find((r) => r.type === REL.threadedComment)?.part;
    if (threadsPart !== undefined && pkg.has(threadsPart)) {
      if (personsPart === undefined) {
        personsPart = rels.find((r) => r.type === REL.person)?.part ?? 'xl/persons/person.xml';
        personsText = pkg.has(personsPart) ? await text(personsPart) : undefined;
      }
      try {
        const threads = editThreadedComments(await text(threadsPart), personsText, add, now);
        replaced.set(threadsPart, threads.threads);
        personsText = threads.persons;
      } catch {
        notices.push(unreadableThreadsWords(sheet.name, threadsPart));
      }
    }
    let legacyDrawing: string | undefined;
    let edited: ReturnType<typeof editNotes> | undefined;
    if (add.size > 0 || hadKyodoNotes) {
      try {
        edited = editNotes(commentsText, add);
      } catch {
        notices.push(unreadableNotesWords(sheet.name, commentsPart, RESULTS_SHEET_NAME));
      }
    }
    if (edited !== undefined) {
      const vmlRel = sheetRels.find((r) => r.type === REL.vmlDrawing);
      const vmlPart = vmlRel?.part;
      const vmlText = vmlPart !== undefined && pkg.has(vmlPart) ? await text(vmlPart) : undefined;
      const place = (ref: string) => ({ row: Number(/\d+$/.exec(ref)?.[0]) - 1, column: columnOf(ref) - 1 });
      const ownBlocks = vmlText === undefined ? [] : idBlocksOf(vmlText);
      const block = ownBlocks.length > 0 ? Math.min(...ownBlocks) : ++vmlBlock;
      const vml = editVmlNotes(vmlText, edited.created.map(place), edited.removed.map(place), block);
      if (vml === undefined) {
        notices.push(unreadableShapesWords(sheet.name, vmlPart, RESULTS_SHEET_NAME));
      } else {
        const notesPart = commentsPart ?? freePartName(taken, 'xl/comments', '.xml');
        if (commentsPart === undefined) {
          addRelationship(sheetRelsDoc, part, REL.comments, notesPart);
          addContentType(types, notesPart, TYPES.comments);
          added.set(notesPart, edited.xml);
        } else replaced.set(notesPart, edited.xml);
        if (vmlPart !== undefined && vmlText !== undefined) {
          if (vml !== vmlText) replaced.set(vmlPart, vml);
        } else {
          const drawing = freePartName(taken, 'xl/drawings/vmlDrawing', '.vml');
          legacyDrawing = addRelationship(sheetRelsDoc, part, REL.vmlDrawing, drawing);
          addContentType(types, drawing, TYPES.vml);
          added.set(drawing, vml);
        }
        if (relationshipsOf(sheetRelsDoc, part).length !== sheetRels.length) {
          if (pkg.has(sheetRelsPart)) replaced.set(sheetRelsPart, serializeXml(sheetRelsDoc));
          else added.set(sheetRelsPart, serializeXml(sheetRelsDoc));
        }
      }
    }

    // Fills.
    const cells = new Map<number, Set<number>>();
    for (const source of [flagged, before])
      for (const [row, columns] of source ?? []) {
        const set = cells.get(row) ?? new Set<number>();
        cells.set(row, set);
        for (const column of columns.keys()) set.add(column);
      }
    if (cells.size === 0 && legacyDrawing === undefined) continue;
    const name = sheet.name;
    rewritten.set(part, {
      cells,
      ...(legacyDrawing === undefined ? {} : { legacyDrawing }),
      styleOf: (row, column, style) => {
        const fill = before?.get(row)?.get(column);
        const restored =
          fill !== undefined && styles.isMarked(style)
            ? styles.withFill(style, record?.record.fills[fill] ?? '')
            : style;
        const list = flagged?.get(row)?.get(column);
        if (list === undefined) return restored === style ? undefined : restored;
        const worst = list.reduce(
          (a, m) => (rank[m.severity] < rank[a] ? m.severity : a),
          'info' as Severity,
        );
        const ref = `${columnLetters(column)}${row}`;
        // A fill kyodo cannot put back (its record lost) is not recorded as the cell's own.
        remember(
          name,
          ref,
          styles.isMarked(restored)
            ? '<fill><patternFill patternType="none"/></fill>'
            : styles.fillOf(restored),
        );
        return styles.marked(restored, worst);
      },
    });
  }

  if (personsPart !== undefined && personsText !== undefined) {
    if (pkg.has(personsPart)) replaced.set(personsPart, personsText);
    else {
      added.set(personsPart, personsText);
      addRelationship(workbookRels, workbookPart, REL.person, personsPart);
      addContentType(types, personsPart, 'application/vnd.ms-excel.person+xml');
    }
  }

  // The results sheet: kyodo's earlier one replaced in place, or a new one at the end.
  let resultsPart: string;
  let resultsIndex: number;
  let resultsName: string;
  if (ownSheet?.part !== undefined) {
    resultsPart = ownSheet.part;
    resultsIndex = ownIndex;
    resultsName = ownSheet.name;
  } else {
    resultsPart = freePartName(taken, 'xl/worksheets/sheet', '.xml');
    resultsName = RESULTS_SHEET_NAME;
    const names = new Set(sheets.map((s) => s.name));
    for (let n = 2; names.has(resultsName); n++) resultsName = `${RESULTS_SHEET_NAME}${n}`;
    const id = addRelationship(workbookRels, workbookPart, REL.worksheet, resultsPart);
    addContentType(types, resultsPart, TYPES.worksheet);
    const element = elementLike(sheetsElement, 'sheet');
    element.setAttribute('name', resultsName);
    const ids = sheets.map((s) => Number(s.element.getAttribute('sheetId'))).filter(Number.isFinite);
    element.setAttribute('sheetId', String(Math.max(0, ...ids) + 1));
    element.setAttributeNS(NS.r, `${sheetsElement.lookupPrefix(NS.r) ?? 'r'}:id`, id);
    sheetsElement.appendChild(element);
    resultsIndex = sheets.length;
  }
  const results = resultsSheetXml(report, lang, styles.results);
  added.set(resultsPart, () => results.pieces);
  added.set(relsPartOf(resultsPart), () => results.relationships);
  setDefinedName(workbook, RESULTS_NAME, resultsIndex, `${quoteSheet(resultsName)}!$A$1`);
  setDefinedName(
    workbook,
    '_xlnm._FilterDatabase',
    resultsIndex,
    `${quoteSheet(resultsName)}!$A$4:$I$${results.lastRow}`,
  );

  // The record of marks, a custom XML part of kyodo's own. It and the styles are written last:
  // the cells' styles, and so what the record keeps, are known once the sheets are written.
  const last = new Map<string, () => string>();
  const recordXml = () =>
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<annotation xmlns="${RECORD_NS}">${escapeText(JSON.stringify(newRecord))}</annotation>`;
  if (record !== undefined) last.set(record.part, recordXml);
  else {
    const item = freePartName(taken, 'customXml/item', '.xml');
    last.set(item, recordXml);
    addRelationship(workbookRels, workbookPart, REL.customXml, item);
    addContentType(types, item, TYPES.xml);
    const props = item.replace('/item', '/itemProps');
    added.set(
      props,
      `<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n<ds:datastoreItem ds:itemID="{${randomUUID().toUpperCase()}}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs/></ds:datastoreItem>`,
    );
    addContentType(types, props, TYPES.customXmlProps);
    const itemRels = emptyRelationships();
    addRelationship(itemRels, item, REL.customXmlProps, props);
    added.set(relsPartOf(item), serializeXml(itemRels));
  }

  last.set(stylesPart, () => styles.serialize());
  replaced.set(workbookPart, serializeXml(workbook));
  if (pkg.has(workbookRelsPart)) replaced.set(workbookRelsPart, serializeXml(workbookRels));
  else added.set(workbookRelsPart, serializeXml(workbookRels));
  replaced.set('[Content_Types].xml', serializeXml(types));

  return { data: zipOf(pkg, replaced, rewritten, added, last), notices };
}

/**
 * The copy's zip: the original's parts in their order (each as it was, replaced or rewritten),
 * then the new ones, then `last` (made only when the zip gets to them). Parts are made one at
 * a time as the zip is written (yazl takes its entries in turn).
 */
function zipOf(
  pkg: XlsxPackage,
  replaced: ReadonlyMap<string, string | Buffer>,
  rewritten: ReadonlyMap<string, Parameters<typeof rewriteSheet>[1]>,
  added: ReadonlyMap<string, string | (() => Iterable<string>)>,
  last: ReadonlyMap<string, () => string>,
): Readable {
  const zip = new yazl.ZipFile();
  const lazy = (name: string, open: () => Promise<Readable>) =>
    zip.addReadStreamLazy(name, (callback) => {
      open().then(
        (stream) => callback(null, stream),
        (error: Error) => callback(error, undefined as never),
      );
    });
  const isLast = (name: string) => [...last.keys()].some((k) => k.toLowerCase() === name.toLowerCase());
  const fromPieces = (pieces: () => Iterable<string> | AsyncIterable<string>) =>
    Readable.from(
      (async function* () {
        for await (const piece of pieces()) yield Buffer.from(piece, 'utf8');
      })(),
    );
  for (const name of pkg.names) {
    if (isLast(name)) continue;
    const lower = name.toLowerCase();
    const key = [...replaced.keys(), ...added.keys(), ...rewritten.keys()].find(
      (k) => k.toLowerCase() === lower,
    );
    const made = key === undefined ? undefined : added.get(key);
    if (made !== undefined)
      lazy(name, async () => fromPieces(typeof made === 'string' ? () => [made] : made));
    else if (key !== undefined && replaced.has(key))
      zip.addBuffer(Buffer.from(replaced.get(key) as string), name);
    else if (key !== undefined && rewritten.has(key)) {
      const rewrite = rewritten.get(key) as Parameters<typeof rewriteSheet>[1];
      lazy(name, async () => {
        const original = await pkg.stream(name);
        original.setEncoding('utf8');
        return fromPieces(() => rewriteSheet(original as AsyncIterable<string>, rewrite));
      });
    } else lazy(name, () => pkg.stream(name));
  }
  for (const [name, made] of added)
    if (!pkg.has(name) && !isLast(name))
      lazy(name, async () => fromPieces(typeof made === 'string' ? () => [made] : made));
  for (const [name, make] of last) lazy(pkg.nameOf(name) ?? name, async () => fromPieces(() => [make()]));
  zip.end();
  return zip.outputStream as Readable;
}

/** Sets a sheet-local defined name (§18.2.5), hidden, replacing one of the same name and sheet. */
function setDefinedName(workbook: Document, name: string, localSheetId: number, ref: string): void {
  const root = workbook.documentElement;
  let names = firstChildNamed(root, 'definedNames');
  if (names === undefined) {
    names = elementLike(root, 'definedNames');
    // CT_Workbook: definedNames after sheets, functionGroups and externalReferences.
    const after = [
      'calcPr',
      'oleSize',
      'customWorkbookViews',
      'pivotCaches',
      'smartTagPr',
      'smartTagTypes',
      'webPublishing',
      'fileRecoveryPr',
      'webPublishObjects',
      'extLst',
    ];
    let next: Node | null = null;
    for (let n = root.firstChild; n !== null; n = n.nextSibling)
      if (n.nodeType === 1 && after.includes((n as Element).localName)) {
        next = n;
        break;
      }
    root.insertBefore(names, next);
  }
  for (const d of childrenNamed(names, 'definedName'))
    if (d.getAttribute('name') === name && d.getAttribute('localSheetId') === String(localSheetId))
      names.removeChild(d);
  const d = elementLike(names, 'definedName');
  d.setAttribute('name', name);
  d.setAttribute('localSheetId', String(localSheetId));
  d.setAttribute('hidden', '1');
  d.appendChild(workbook.createTextNode(ref));
  names.appendChild(d);
}

/** kyodo's record of marks, if the workbook has one: a custom XML part in kyodo's namespace. */
async function findRecord(
  pkg: XlsxPackage,
  rels: readonly Relationship[],
  text: (name: string) => Promise<string>,
): Promise<{ part: string; record: MarkRecord } | undefined> {
  for (const r of rels) {
    if (r.type !== REL.customXml || r.part === undefined || !pkg.has(r.part)) continue;
    if (pkg.sizeOf(r.part) > 256 * 1024 * 1024) continue;
    try {
      const doc = parseXml(await text(r.part));
      if (doc.documentElement.namespaceURI !== RECORD_NS) continue;
      const record = JSON.parse(doc.documentElement.textContent ?? '') as MarkRecord;
      if (record.version === 1 && Array.isArray(record.fills) && Array.isArray(record.cells))
        return { part: r.part, record };
      return { part: r.part, record: { version: 1, fills: [], cells: [] } };
    } catch {
      // Not kyodo's, or not readable: left as it is.
    }
  }
  return undefined;
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
