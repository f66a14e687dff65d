/**
 * Size passes of the add-on build (issue 7: Code.js under 250 KB; Apps Script evaluates the whole
 * file on every execution, custom-function calls included). Neither changes what the code does:
 * - `catalogueSummaries`: an esbuild plugin that leaves out the `summary` line of each message
 *   catalogue entry, which only docs/ reads (problems/messages.ts MessageEntry.summary, listed by
 *   @kyodo/sheets issueCodes); `assertNoCatalogueRead` checks the bundle never reads a catalogue;
 * - `aliasStrings`: every string literal the minified bundle repeats often enough to pay is
 *   written once, in a variable at the top of the IIFE, and referred to by name.
 */
import { readFile } from 'node:fs/promises';
import type { Plugin } from 'esbuild';
import ts from 'typescript';

/** Source text with [start, end) spans replaced, spans given in any order, none overlapping. */
function splice(text: string, edits: { start: number; end: number; text: string }[]): string {
  const parts: string[] = [];
  let at = 0;
  for (const e of [...edits].sort((a, b) => a.start - b.start)) {
    parts.push(text.slice(at, e.start), e.text);
    at = e.end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

function propertyName(p: ts.ObjectLiteralElementLike): string | undefined {
  if (!ts.isPropertyAssignment(p)) return undefined;
  return ts.isIdentifier(p.name) || ts.isStringLiteral(p.name) ? p.name.text : undefined;
}

/**
 * A TypeScript module without the `summary` property of the entries of its
 * `defineMessages({...})` catalogues; `removed` counts them.
 */
export function withoutSummaries(source: string, fileName = 'x.ts'): { text: string; removed: number } {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const edits: { start: number; end: number; text: string }[] = [];
  const visit = (node: ts.Node): void => {
    const arg = ts.isCallExpression(node) ? node.arguments[0] : undefined;
    if (
      arg !== undefined &&
      ts.isCallExpression(node) &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === 'defineMessages' &&
      ts.isObjectLiteralExpression(arg)
    ) {
      for (const entry of arg.properties) {
        if (!ts.isPropertyAssignment(entry) || !ts.isObjectLiteralExpression(entry.initializer)) continue;
        for (const p of entry.initializer.properties) {
          if (propertyName(p) !== 'summary') continue;
          // The property with the comma after it: `{ a, summary: '…', b }` → `{ a, b }`.
          const next = source.slice(p.end).match(/^\s*,/);
          edits.push({ start: p.getStart(file), end: p.end + (next?.[0].length ?? 0), text: '' });
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return { text: splice(source, edits), removed: edits.length };
}

/** Counts what `catalogueSummaries` removed, for the build to check it found the catalogues. */
export interface SummaryCount {
  files: number;
  removed: number;
}

/** esbuild plugin: core and sheets modules that define a message catalogue, without summaries. */
export function catalogueSummaries(count: SummaryCount): Plugin {
  return {
    name: 'kyodo-catalogue-summaries',
    setup(b) {
      b.onLoad({ filter: /[\\/]packages[\\/](core|sheets)[\\/]src[\\/].*\.ts$/ }, async (args) => {
        const source = await readFile(args.path, 'utf8');
        if (!source.includes('defineMessages(')) return undefined;
        const { text, removed } = withoutSummaries(source, args.path);
        count.files += 1;
        count.removed += removed;
        return { contents: text, loader: 'ts' };
      });
    },
  };
}

/**
 * Throws if the bundle reads a catalogue (`x.catalogue`, `x["catalogue"]`, `{ catalogue: y } = x`):
 * only then could a summary be missed. The one reader, issueCodes (docs/), is not in the add-on.
 */
export function assertNoCatalogueRead(code: string): void {
  const file = ts.createSourceFile('Code.js', code, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (
      (ts.isPropertyAccessExpression(node) && node.name.text === 'catalogue') ||
      (ts.isElementAccessExpression(node) &&
        ts.isStringLiteralLike(node.argumentExpression) &&
        node.argumentExpression.text === 'catalogue') ||
      (ts.isBindingElement(node) &&
        (node.propertyName === undefined ? node.name : node.propertyName).getText(file) === 'catalogue')
    )
      found.push(node.getText(file).slice(0, 80));
    ts.forEachChild(node, visit);
  };
  visit(file);
  if (found.length > 0)
    throw new Error(
      `The bundle reads a message catalogue, whose summaries were left out: ${found.join('; ')}`,
    );
}

const RESERVED = new Set(['do', 'if', 'in', 'as', 'of']);
const FIRST = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_$';
const NEXT = `${FIRST}0123456789`;
const WORD = /^[\p{ID_Continue}$\u200c\u200d]$/u;

/** Names of one to three characters, shortest first. */
function* shortNames(): Generator<string> {
  for (const a of FIRST) yield a;
  for (const a of FIRST) for (const b of NEXT) yield a + b;
  for (const a of FIRST) for (const b of NEXT) for (const c of NEXT) yield a + b + c;
}

/** Whether a string literal may become a variable: an expression, not a key or a directive. */
function isValue(node: ts.StringLiteral): boolean {
  const p = node.parent;
  if (ts.isExpressionStatement(p)) return false; // "use strict"
  if (
    (ts.isPropertyAssignment(p) ||
      ts.isMethodDeclaration(p) ||
      ts.isPropertyDeclaration(p) ||
      ts.isGetAccessorDeclaration(p) ||
      ts.isSetAccessorDeclaration(p) ||
      ts.isBindingElement(p)) &&
    p.name === node
  )
    return false;
  if (ts.isBindingElement(p) && p.propertyName === node) return false;
  if (ts.isImportDeclaration(p) || ts.isExportDeclaration(p) || ts.isExternalModuleReference(p)) return false;
  return true;
}

/**
 * The minified IIFE bundle (`var <globalName>=(()=>{…})();`) with each repeated string literal
 * written once: `var a="error",…;` first in the IIFE, the uses replaced by the name. A literal
 * is aliased only when that makes the file shorter in UTF-8 bytes; names are new to the file
 * (no identifier anywhere has them), so nothing shadows them.
 */
export function aliasStrings(code: string, globalName: string): string {
  const file = ts.createSourceFile('Code.js', code, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  const taken = new Set<string>();
  const uses = new Map<string, ts.StringLiteral[]>();
  let body: ts.Block | undefined;
  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node) || ts.isPrivateIdentifier(node)) taken.add(node.text);
    else if (ts.isStringLiteral(node) && isValue(node)) {
      const list = uses.get(node.text);
      if (list === undefined) uses.set(node.text, [node]);
      else list.push(node);
    } else if (
      body === undefined &&
      ts.isVariableDeclaration(node) &&
      ts.isIdentifier(node.name) &&
      node.name.text === globalName &&
      node.initializer !== undefined &&
      ts.isCallExpression(node.initializer)
    ) {
      let f: ts.Expression = node.initializer.expression;
      while (ts.isParenthesizedExpression(f)) f = f.expression;
      if ((ts.isArrowFunction(f) || ts.isFunctionExpression(f)) && ts.isBlock(f.body)) body = f.body;
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  if (body === undefined) throw new Error(`aliasStrings: no \`var ${globalName}=(()=>{…})()\` in the bundle`);
  // A literal inside the IIFE only: the declarations are in its scope.
  const inside = (n: ts.Node) => n.getStart(file) > body!.getStart(file) && n.end < body!.end;

  const candidates = [...uses.values()]
    .map((list) => list.filter(inside))
    .filter((list) => list.length > 1)
    .map((list) => ({ list, raw: list[0]!.getText(file), bytes: Buffer.byteLength(list[0]!.getText(file)) }))
    .sort((a, b) => b.bytes * b.list.length - a.bytes * a.list.length);
  const names = shortNames();
  const declarations: string[] = [];
  const edits: { start: number; end: number; text: string }[] = [];
  let name = names.next().value as string;
  for (const c of candidates) {
    while (taken.has(name) || RESERVED.has(name)) name = names.next().value as string;
    // Uses shrink from the literal to the name; the declaration `name=literal,` is paid once.
    const gain = (c.bytes - name.length) * c.list.length - (name.length + 1 + c.bytes + 1);
    if (gain <= 0) continue;
    declarations.push(`${name}=${c.raw}`);
    for (const n of c.list) {
      // Minified code runs a keyword into a literal (`return"x"`, `"x"in y`): keep them apart.
      const start = n.getStart(file);
      const before = WORD.test(code[start - 1] ?? '') ? ' ' : '';
      const after = WORD.test(code[n.end] ?? '') ? ' ' : '';
      edits.push({ start, end: n.end, text: before + name + after });
    }
    taken.add(name);
  }
  if (declarations.length === 0) return code;
  const at = body.getStart(file) + 1;
  edits.push({ start: at, end: at, text: `var ${declarations.join(',')};` });
  return splice(code, edits);
}
