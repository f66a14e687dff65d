/** Arrays and objects with fewer members than this are written by one JSON.stringify. */
const SMALL = 64;
/** Pieces are gathered up to about this many characters before they are given out. */
const BATCH = 1 << 16;

/**
 * A value as JSON in pieces, exactly as `JSON.stringify(value, null, 2)` writes it, but never
 * one string of the whole: a report of a million rows is tens of times larger than the longest
 * string V8 can hold (about 512 MB), so `--format json` streams it (docs/security.md, 大きな
 * シート). Large arrays and objects are walked a member at a time without recursion into the
 * call stack of JSON.stringify for them; small ones are written whole.
 */
export function* jsonPieces(value: unknown): Generator<string> {
  let batch = '';
  for (const piece of piecesOf(value, '')) {
    batch += piece;
    if (batch.length >= BATCH) {
      yield batch;
      batch = '';
    }
  }
  yield `${batch}\n`;
}

function* piecesOf(value: unknown, indent: string): Generator<string> {
  const v = toJsonValue(value);
  if (v === null || typeof v !== 'object' || sizeOf(v) < SMALL) {
    yield indented(JSON.stringify(v) === undefined ? 'null' : (JSON.stringify(v, null, 2) as string), indent);
    return;
  }
  const inner = `${indent}  `;
  if (Array.isArray(v)) {
    yield '[';
    for (let i = 0; i < v.length; i++) {
      yield `${i === 0 ? '' : ','}\n${inner}`;
      yield* piecesOf(v[i] === undefined || typeof v[i] === 'function' ? null : v[i], inner);
    }
    yield `\n${indent}]`;
    return;
  }
  let first = true;
  yield '{';
  for (const [key, member] of Object.entries(v)) {
    const m = toJsonValue(member);
    if (m === undefined || typeof m === 'function' || typeof m === 'symbol') continue;
    yield `${first ? '' : ','}\n${inner}${JSON.stringify(key)}: `;
    first = false;
    yield* piecesOf(m, inner);
  }
  yield first ? '}' : `\n${indent}}`;
}

function toJsonValue(value: unknown): unknown {
  if (
    value !== null &&
    typeof value === 'object' &&
    typeof (value as { toJSON?: unknown }).toJSON === 'function'
  )
    return (value as { toJSON: () => unknown }).toJSON();
  return value;
}

/** How many members a value has, counting those of its members down to SMALL in all. */
function sizeOf(value: object): number {
  let n = 0;
  const stack: unknown[] = [value];
  while (stack.length > 0 && n < SMALL) {
    const each = stack.pop();
    if (each === null || typeof each !== 'object') continue;
    for (const member of Array.isArray(each) ? each : Object.values(each)) {
      n++;
      if (member !== null && typeof member === 'object') stack.push(member);
    }
  }
  return n;
}

function indented(json: string, indent: string): string {
  return indent === '' ? json : json.replace(/\n/g, `\n${indent}`);
}
