import type { Path } from '@kyodo/core';
import { type Document, isMap, isScalar, isSeq, type LineCounter, type Node } from 'yaml';

/**
 * The line (1-based) where a path of a YAML or JSON document is written, so that a test file's
 * mistake is said at its line (docs/profiles.md テストを書く): the deepest part of the path the
 * document has — the key itself when `key` is given (a misspelt key) — or undefined when the
 * path is not in the document. Reads the document through the `yaml` package's public nodes.
 *
 * @example
 * lineOfPath(doc, lines, ['tests', 0, 'expect', 'amount']) //=> 4
 */
export function lineOfPath(
  doc: Document.Parsed,
  lines: LineCounter,
  path: Path,
  key?: string,
): number | undefined {
  let node: unknown = doc.contents;
  let at: number | undefined = (node as Node | null)?.range?.[0];
  const steps: readonly (string | number)[] = key === undefined ? path : [...path, key];
  for (const step of steps) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(step));
      if (pair === undefined) break;
      at = (pair.key as Node).range?.[0] ?? at;
      node = pair.value;
    } else if (isSeq(node) && typeof step === 'number') {
      const item: unknown = node.items[step];
      if (item === undefined) break;
      node = item;
      at = (item as Node | null)?.range?.[0] ?? at;
    } else break;
  }
  return at === undefined ? undefined : lines.linePos(at).line;
}
