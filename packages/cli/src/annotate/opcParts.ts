import { DOMParser, XMLSerializer } from '@xmldom/xmldom';

/**
 * Reading and editing the small XML parts of a package (workbook, relationships, content
 * types, styles, notes) as DOM documents with @xmldom/xmldom; what kyodo does not change is
 * serialised as it was read.
 */
export const NS = {
  main: 'http://schemas.openxmlformats.org/spreadsheetml/2006/main',
  rels: 'http://schemas.openxmlformats.org/package/2006/relationships',
  types: 'http://schemas.openxmlformats.org/package/2006/content-types',
  r: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  threaded: 'http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments',
} as const;

/** Relationship types (ECMA-376 Part 1 §15; Microsoft's [MS-XLSX] for threaded comments). */
export const REL = {
  officeDocument: `${NS.r}/officeDocument`,
  worksheet: `${NS.r}/worksheet`,
  styles: `${NS.r}/styles`,
  comments: `${NS.r}/comments`,
  vmlDrawing: `${NS.r}/vmlDrawing`,
  customXml: `${NS.r}/customXml`,
  customXmlProps: `${NS.r}/customXmlProps`,
  threadedComment: 'http://schemas.microsoft.com/office/2017/10/relationships/threadedComment',
  person: 'http://schemas.microsoft.com/office/2017/10/relationships/person',
} as const;

export function parseXml(text: string): Document {
  const errors: string[] = [];
  const doc = new DOMParser({
    onError: (level: string, message: string) => {
      if (level !== 'warning') errors.push(message);
    },
  }).parseFromString(text, 'text/xml') as unknown as Document;
  if (errors.length > 0 || doc.documentElement === null) throw new Error(errors[0] ?? 'not XML');
  return doc;
}

export function serializeXml(doc: Document): string {
  return new XMLSerializer().serializeToString(doc as never);
}

/** The element children of an element with a local name (any namespace prefix). */
export function childrenNamed(parent: Element, name: string): Element[] {
  const out: Element[] = [];
  for (let n = parent.firstChild; n !== null; n = n.nextSibling)
    if (n.nodeType === 1 && (n as Element).localName === name) out.push(n as Element);
  return out;
}

export function firstChildNamed(parent: Element, name: string): Element | undefined {
  return childrenNamed(parent, name)[0];
}

/** A new element in the namespace (and with the prefix) of `like`. */
export function elementLike(like: Element, name: string): Element {
  const doc = like.ownerDocument as Document;
  const prefix = like.prefix === null || like.prefix === '' ? '' : `${like.prefix}:`;
  return doc.createElementNS(like.namespaceURI, `${prefix}${name}`);
}

/** One relationship of a part (ECMA-376 Part 2 §9.3). */
export interface Relationship {
  readonly id: string;
  readonly type: string;
  /** The target as written. */
  readonly target: string;
  /** The target part's name in the package, for an internal target. */
  readonly part: string | undefined;
}

/** The name of the relationships part of a part ('xl/workbook.xml' → 'xl/_rels/workbook.xml.rels'). */
export function relsPartOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** A target resolved against the folder of its source part (ECMA-376 Part 2 §9.3.3.1). */
export function resolveTarget(source: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = source.split('/').slice(0, -1);
  for (const piece of target.split('/')) {
    if (piece === '..') parts.pop();
    else if (piece !== '.' && piece !== '') parts.push(piece);
  }
  return parts.join('/');
}

/** A target for `part`, relative to the folder of `source`. */
export function relativeTarget(source: string, part: string): string {
  const from = source.split('/').slice(0, -1);
  const to = part.split('/');
  let i = 0;
  while (i < from.length && i < to.length - 1 && from[i] === to[i]) i++;
  return [...from.slice(i).map(() => '..'), ...to.slice(i)].join('/');
}

export function relationshipsOf(doc: Document, source: string): Relationship[] {
  return childrenNamed(doc.documentElement, 'Relationship').map((e) => {
    const target = e.getAttribute('Target') ?? '';
    const external = e.getAttribute('TargetMode') === 'External';
    return {
      id: e.getAttribute('Id') ?? '',
      type: e.getAttribute('Type') ?? '',
      target,
      part: external ? undefined : resolveTarget(source, target),
    };
  });
}

/** Adds a relationship with a new ID; returns the ID. */
export function addRelationship(doc: Document, source: string, type: string, part: string): string {
  const ids = new Set(relationshipsOf(doc, source).map((r) => r.id));
  let n = ids.size + 1;
  while (ids.has(`rId${n}`)) n++;
  const id = `rId${n}`;
  const e = doc.createElementNS(NS.rels, 'Relationship');
  e.setAttribute('Id', id);
  e.setAttribute('Type', type);
  e.setAttribute('Target', relativeTarget(source, part));
  doc.documentElement.appendChild(e);
  return id;
}

export function emptyRelationships(): Document {
  return parseXml(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${NS.rels}"></Relationships>`,
  );
}

/** Declares a content type for a part (an Override), unless its extension's Default gives it. */
export function addContentType(types: Document, part: string, contentType: string): void {
  const root = types.documentElement;
  const extension = part.slice(part.lastIndexOf('.') + 1).toLowerCase();
  const byDefault = childrenNamed(root, 'Default').find(
    (d) => (d.getAttribute('Extension') ?? '').toLowerCase() === extension,
  );
  if (byDefault?.getAttribute('ContentType') === contentType) return;
  if (byDefault === undefined && extension === 'vml') {
    const d = types.createElementNS(NS.types, 'Default');
    d.setAttribute('Extension', 'vml');
    d.setAttribute('ContentType', contentType);
    root.insertBefore(d, root.firstChild);
    return;
  }
  const name = `/${part}`;
  const existing = childrenNamed(root, 'Override').find((o) => o.getAttribute('PartName') === name);
  if (existing !== undefined) {
    existing.setAttribute('ContentType', contentType);
    return;
  }
  const o = types.createElementNS(NS.types, 'Override');
  o.setAttribute('PartName', name);
  o.setAttribute('ContentType', contentType);
  root.appendChild(o);
}

/** A part name not yet in the package: `prefix` + the first free number + `suffix`. */
export function freePartName(taken: (name: string) => boolean, prefix: string, suffix: string): string {
  for (let n = 1; ; n++) {
    const name = `${prefix}${n}${suffix}`;
    if (!taken(name)) return name;
  }
}
