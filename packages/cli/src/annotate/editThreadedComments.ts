import { randomUUID } from 'node:crypto';
import { KYODO_AUTHOR } from './editNotes.js';
import { childrenNamed, NS, parseXml, serializeXml } from './opcParts.js';

/** A sheet's threaded comments and the workbook's persons after kyodo's replies. */
export interface EditedThreads {
  readonly threads: string;
  readonly persons: string;
  /** The cells that have a thread (their messages are replies there). */
  readonly threaded: ReadonlySet<string>;
}

/**
 * A sheet's threaded comments (Microsoft's [MS-XLSX] 2.6.205 CT_ThreadedComments, Excel 365)
 * with kyodo's messages as replies: first every reply kyodo made before is removed (kyodo is a
 * person of its own in the workbook's persons part, [MS-XLSX] 2.6.203), then each flagged cell
 * that has a thread gets one reply from kyodo after the thread's last comment. The thread as
 * the users wrote it stays whole and first.
 */
export function editThreadedComments(
  threadsXml: string,
  personsXml: string | undefined,
  add: ReadonlyMap<string, string>,
  now: Date,
): EditedThreads {
  const persons = parseXml(
    personsXml ??
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<personList xmlns="${NS.threaded}" xmlns:x="${NS.main}"></personList>`,
  );
  const people = persons.documentElement;
  let kyodo = childrenNamed(people, 'person').find(
    (p) => p.getAttribute('userId') === KYODO_AUTHOR && p.getAttribute('providerId') === 'None',
  );
  if (kyodo === undefined) {
    kyodo = persons.createElementNS(people.namespaceURI, 'person');
    kyodo.setAttribute('displayName', KYODO_AUTHOR);
    kyodo.setAttribute('id', guid());
    kyodo.setAttribute('userId', KYODO_AUTHOR);
    kyodo.setAttribute('providerId', 'None');
    people.appendChild(kyodo);
  }
  const kyodoId = kyodo.getAttribute('id');
  const doc = parseXml(threadsXml);
  const root = doc.documentElement;
  const lastOf = new Map<string, Element>();
  const rootOf = new Map<string, string>();
  for (const comment of childrenNamed(root, 'threadedComment')) {
    if (comment.getAttribute('personId') === kyodoId) {
      root.removeChild(comment);
      continue;
    }
    const ref = comment.getAttribute('ref') ?? '';
    lastOf.set(ref, comment);
    if (!comment.hasAttribute('parentId')) rootOf.set(ref, comment.getAttribute('id') ?? '');
  }
  const threaded = new Set<string>();
  const stamp = now.toISOString().replace(/\.(\d{2})\d*Z$/, '.$1');
  for (const [ref, message] of add) {
    const parent = rootOf.get(ref);
    const last = lastOf.get(ref);
    if (parent === undefined || last === undefined) continue;
    const reply = doc.createElementNS(root.namespaceURI, 'threadedComment');
    reply.setAttribute('ref', ref);
    reply.setAttribute('dT', stamp);
    reply.setAttribute('personId', kyodoId ?? '');
    reply.setAttribute('id', guid());
    reply.setAttribute('parentId', parent);
    const text = doc.createElementNS(root.namespaceURI, 'text');
    text.appendChild(doc.createTextNode(message));
    reply.appendChild(text);
    root.insertBefore(reply, last.nextSibling);
    threaded.add(ref);
  }
  return { threads: serializeXml(doc), persons: serializeXml(persons), threaded };
}

function guid(): string {
  return `{${randomUUID().toUpperCase()}}`;
}
