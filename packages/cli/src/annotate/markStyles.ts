import type { Severity } from '@kyodo/core';
import { childrenNamed, elementLike, firstChildNamed, NS, parseXml, serializeXml } from './opcParts.js';

/** Fill colours by severity: Excel's own "Bad", "Neutral" and a light blue. */
export const MARK_COLOURS: Readonly<Record<Severity, string>> = {
  error: 'FFFFC7CE',
  warning: 'FFFFEB9C',
  info: 'FFDDEBF7',
};

/** The styles the annotated copy needs, found in or added to the workbook's styles part. */
export interface MarkStyles {
  /** The style of a cell of style `original` marked at `severity`: the same, with the mark's fill. */
  marked(original: number, severity: Severity): number;
  /** The fill of a style, as XML (what a mark record keeps, to put it back). */
  fillOf(style: number): string;
  /** Whether a style's fill is a mark's fill. */
  isMarked(style: number): boolean;
  /** A style like `current`, with the fill given as XML. */
  withFill(current: number, fill: string): number;
  /** Styles of the results sheet. */
  readonly results: {
    readonly title: number;
    readonly header: number;
    readonly link: number;
    readonly severity: Readonly<Record<Severity, number>>;
  };
  /** The styles part as it is now. */
  serialize(): string;
}

/** The styles part of a workbook that has none: the least Excel reads (ECMA-376 Part 1 §18.8.39). */
export const EMPTY_STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="${NS.main}"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;

/**
 * The styles part (ECMA-376 Part 1 §18.8, styleSheet) with what the marks need: a solid fill
 * per severity in `fills`, and in `cellXfs` a copy of each flagged cell's format (§18.8.45 xf)
 * with that fill (applyFill) — font, border, number format and alignment as they were. Each is
 * looked for first among the styles the part has (a copy annotated again adds nothing new), and
 * appended, with its list's count, only when missing. Nothing else in the part changes.
 */
export function markStyles(text: string): MarkStyles {
  const doc = parseXml(text);
  const root = doc.documentElement;
  const list = (name: string, item: string): Element => {
    let e = firstChildNamed(root, name);
    if (e === undefined) {
      e = elementLike(root, name);
      const order = ['numFmts', 'fonts', 'fills', 'borders', 'cellStyleXfs', 'cellXfs', 'cellStyles', 'dxfs'];
      const after = order.slice(order.indexOf(name) + 1);
      root.insertBefore(e, findFirst(root, after));
      if (item === 'xf' && childrenNamed(e, 'xf').length === 0) {
        const xf = elementLike(root, 'xf');
        for (const [k, v] of Object.entries({ numFmtId: '0', fontId: '0', fillId: '0', borderId: '0' }))
          xf.setAttribute(k, v);
        e.appendChild(xf);
      }
    }
    return e;
  };
  const fills = list('fills', 'fill');
  const fonts = list('fonts', 'font');
  const xfs = list('cellXfs', 'xf');
  const key = (e: Element) => serializeXml(e as never).replace(/\s+xmlns(:\w+)?="[^"]*"/g, '');
  // Two formats that differ only in applyFill are the same format (the flag is a hint, §18.8.45).
  const sameAs = (e: Element) => key(e).replace(/\s+applyFill="[^"]*"/, '');
  const findOrAdd = (parent: Element, item: string, made: Element): number => {
    const items = childrenNamed(parent, item);
    const wanted = sameAs(made);
    const at = items.findIndex((e) => sameAs(e) === wanted);
    if (at !== -1) return at;
    parent.appendChild(made);
    parent.setAttribute('count', String(items.length + 1));
    return items.length;
  };
  const fillXml = (colour: string) =>
    `<fill xmlns="${NS.main}"><patternFill patternType="solid"><fgColor rgb="${colour}"/><bgColor indexed="64"/></patternFill></fill>`;
  const imported = (xml: string, like: Element): Element => {
    const e = parseXml(xml).documentElement;
    return rename(doc.importNode(e as never, true) as unknown as Element, like);
  };
  const fillIds = {} as Record<Severity, number>;
  for (const severity of ['error', 'warning', 'info'] as const)
    fillIds[severity] = findOrAdd(fills, 'fill', imported(fillXml(MARK_COLOURS[severity]), fills));
  const markFills = new Set(
    Object.values(fillIds).map((id) => key(childrenNamed(fills, 'fill')[id] as Element)),
  );
  const xfAt = (style: number): Element => {
    const all = childrenNamed(xfs, 'xf');
    return (all[style] ?? all[0]) as Element;
  };
  const withFillId = (style: number, fillId: number): number => {
    const xf = xfAt(style).cloneNode(true) as Element;
    xf.setAttribute('fillId', String(fillId));
    xf.setAttribute('applyFill', '1');
    return findOrAdd(xfs, 'xf', xf);
  };
  const fontLike = (edit: (font: Element) => void): number => {
    const font = (childrenNamed(fonts, 'font')[0]?.cloneNode(true) ?? elementLike(fonts, 'font')) as Element;
    edit(font);
    return findOrAdd(fonts, 'font', font);
  };
  const setChild = (font: Element, name: string, attributes: Record<string, string>) => {
    for (const old of childrenNamed(font, name)) font.removeChild(old);
    const e = elementLike(font, name);
    for (const [k, v] of Object.entries(attributes)) e.setAttribute(k, v);
    // CT_Font's children may come in any order (a choice): put it first.
    font.insertBefore(e, font.firstChild);
  };
  const xfWithFont = (fontId: number): number => {
    const xf = xfAt(0).cloneNode(true) as Element;
    xf.setAttribute('fontId', String(fontId));
    xf.setAttribute('applyFont', '1');
    return findOrAdd(xfs, 'xf', xf);
  };
  const title = xfWithFont(
    fontLike((f) => {
      setChild(f, 'sz', { val: '14' });
      setChild(f, 'b', {});
    }),
  );
  const header = xfWithFont(fontLike((f) => setChild(f, 'b', {})));
  const link = xfWithFont(
    fontLike((f) => {
      setChild(f, 'color', { rgb: 'FF0563C1' });
      setChild(f, 'u', {});
    }),
  );
  // A register repeats few formats: each answer is worked out once per format.
  const once = <K, V>(f: (key: K) => V) => {
    const cache = new Map<K, V>();
    return (key: K): V => {
      let value = cache.get(key);
      if (value === undefined && !cache.has(key)) {
        value = f(key);
        cache.set(key, value);
      }
      return value as V;
    };
  };
  const marked = once((key: string) => {
    const [style, severity] = key.split(':') as [string, Severity];
    return withFillId(Number(style), fillIds[severity]);
  });
  const fillOf = once((style: number) => {
    const fill = childrenNamed(fills, 'fill')[Number(xfAt(style).getAttribute('fillId') ?? 0)];
    // Without namespace prefixes: read back in the main namespace (withFill).
    return fill === undefined
      ? '<fill><patternFill patternType="none"/></fill>'
      : key(fill).replace(/<(\/?)[\w.-]+:/g, '<$1');
  });
  const isMarked = once((style: number) => {
    const fill = childrenNamed(fills, 'fill')[Number(xfAt(style).getAttribute('fillId') ?? 0)];
    return fill !== undefined && markFills.has(key(fill));
  });
  const withFill = once((key: string) => {
    const at = key.indexOf(':');
    const fill = key.slice(at + 1).replace(/^<fill/, `<fill xmlns="${NS.main}"`);
    return withFillId(Number(key.slice(0, at)), findOrAdd(fills, 'fill', imported(fill, fills)));
  });
  return {
    marked: (original, severity) => marked(`${original}:${severity}`),
    fillOf,
    isMarked,
    withFill: (current, fill) => withFill(`${current}:${fill}`),
    results: {
      title,
      header,
      link,
      severity: {
        error: withFillId(0, fillIds.error),
        warning: withFillId(0, fillIds.warning),
        info: withFillId(0, fillIds.info),
      },
    },
    serialize: () => serializeXml(doc),
  };
}

function findFirst(root: Element, names: readonly string[]): Element | null {
  for (let n = root.firstChild; n !== null; n = n.nextSibling)
    if (n.nodeType === 1 && names.includes((n as Element).localName)) return n as Element;
  return null;
}

/** An element (and its descendants) moved into the namespace prefix of `like`. */
function rename(e: Element, like: Element): Element {
  if (like.prefix === null || like.prefix === '') return e;
  const doc = like.ownerDocument as Document;
  const out = doc.createElementNS(like.namespaceURI, `${like.prefix}:${e.localName}`);
  for (let i = 0; i < e.attributes.length; i++) {
    const a = e.attributes[i] as Attr;
    if (a.name !== 'xmlns') out.setAttribute(a.name, a.value);
  }
  for (let n = e.firstChild; n !== null; n = n.nextSibling)
    out.appendChild(n.nodeType === 1 ? rename(n as Element, like) : n.cloneNode(true));
  return out;
}
