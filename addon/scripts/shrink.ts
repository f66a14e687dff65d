/**
 * Size passes of the add-on build (issue 7: Code.js under 250 KB; Apps Script evaluates the whole
 * file on every execution, custom-function calls included). None changes what the code does:
 * - `catalogueSummaries`: an esbuild plugin that leaves out the `summary` line of each message
 *   catalogue entry, which only docs/ reads (problems/messages.ts MessageEntry.summary, listed by
 *   @kyodo/sheets issueCodes); `assertNoCatalogueRead` checks the bundle never reads a catalogue;
 * - `iifeOf`: esbuild's ES module output made the `var __kyodo=(()=>{…})()` script, without the
 *   module helpers and getters esbuild's own IIFE adds;
 * - `factorShapes`: each object-literal shape the minified bundle repeats often enough to pay
 *   (`{ja:…,en:…}`, catalogue entries, profile items) is made by one arrow, its keys written once;
 * - `aliasStrings`: every string literal the minified bundle repeats often enough to pay is
 *   written once, in a variable at the top of the IIFE, and referred to by name (object keys too,
 *   as computed keys);
 * - `aliasConstants`: `void 0`, `null` and built-ins read often (`Object`, `String`, …) are read
 *   from variables at the top of the IIFE (`?.` and `??` lowered to ES2019 make 580 `void 0`);
 * - `renameShort`: esbuild minifies once more, giving those variables the shortest names by use;
 * - `assertES2019`: the result has no syntax newer than ES2019 (shared/APPS_SCRIPT.md).
 * Measured on 2026-11-23: 282,895 bytes before; ES2020 −6.5 KB (since reverted: ES2019, +6.6 KB),
 * summaries −7.4 KB, shapes −6.9 KB, strings −12 KB; then constants −6.2 KB, second esbuild pass
 * −0.6 KB, keys −1.7 KB, shapes as arrows −0.6 KB, module helpers −0.4 KB: 249,537 bytes.
 * A change here is checked with scripts/compareBundles.ts (old and new Code.js, same behaviour).
 */
import { readFile } from 'node:fs/promises';
import { type Plugin, transform } from 'esbuild';
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

/**
 * An ES module bundle (esbuild `format: 'esm'`, one `export{a as b,…}` statement, no import) as a
 * strict script `"use strict";var <globalName>=(()=>{…;return{b:a,…}})();`: the IIFE esbuild
 * writes for `format: 'iife'`, without its module helpers (`__export`, `__toCommonJS`, getters
 * and an `__esModule` mark the add-on never reads). The global holds the same functions.
 */
export function iifeOf(esm: string, globalName: string): string {
  const file = ts.createSourceFile('Code.mjs', esm, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  const exports = file.statements.filter(ts.isExportDeclaration);
  const other = file.statements.filter(
    (s) =>
      ts.isImportDeclaration(s) ||
      ts.isExportAssignment(s) ||
      (ts.canHaveModifiers(s) && ts.getModifiers(s)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)),
  );
  const clause = exports[0]?.exportClause;
  if (
    exports.length !== 1 ||
    other.length > 0 ||
    clause === undefined ||
    !ts.isNamedExports(clause) ||
    exports[0]?.moduleSpecifier !== undefined
  )
    throw new Error('iifeOf: expected an ES module with one `export{…}` statement and no import');
  const statement = exports[0] as ts.ExportDeclaration;
  const members = clause.elements.map((e) => {
    const local = (e.propertyName ?? e.name).getText(file);
    const name = e.name.getText(file);
    return local === name ? name : `${name}:${local}`;
  });
  const body = esm.slice(0, statement.getStart(file)) + esm.slice(statement.end);
  return `"use strict";var ${globalName}=(()=>{${body.trim()};return{${members.join(',')}}})();\n`;
}

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
 * Whether a string literal is the key of a plain property of an object literal that builds an
 * object (`{"a-b":x}`), which may become computed (`{[n]:x}`, the same own data property in the
 * same place): not `__proto__` (`{"__proto__":x}` sets the prototype, `{["__proto__"]:x}` does
 * not), not a method or accessor, not in a destructuring target.
 */
function isKey(node: ts.StringLiteral): boolean {
  const p = node.parent;
  return (
    ts.isPropertyAssignment(p) &&
    p.name === node &&
    node.text !== '__proto__' &&
    ts.isObjectLiteralExpression(p.parent) &&
    !isAssigned(p.parent)
  );
}

interface Edit {
  start: number;
  end: number;
  text: string;
}

/** The bundle parsed: its IIFE body (where the new declarations go) and every identifier used. */
interface Bundle {
  readonly file: ts.SourceFile;
  readonly body: ts.Block;
  readonly taken: Set<string>;
  /** Whether a node lies inside the IIFE body, in the scope of the new declarations. */
  inside(node: ts.Node): boolean;
  /** The next short name new to the file. */
  nextName(): string;
}

function parseBundle(code: string, globalName: string, pass: string): Bundle {
  const file = ts.createSourceFile('Code.js', code, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  const taken = new Set<string>();
  let body: ts.Block | undefined;
  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node) || ts.isPrivateIdentifier(node)) taken.add(node.text);
    else if (
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
  if (body === undefined) throw new Error(`${pass}: no \`var ${globalName}=(()=>{…})()\` in the bundle`);
  const first = body.statements[0];
  // The passes declare first in the body: a directive there would stop being one.
  if (first !== undefined && ts.isExpressionStatement(first) && ts.isStringLiteral(first.expression))
    throw new Error(`${pass}: the IIFE body starts with a directive`);
  const block = body;
  const names = shortNames();
  return {
    file,
    body: block,
    taken,
    inside: (n) => n.getStart(file) > block.getStart(file) && n.end < block.end,
    nextName() {
      for (;;) {
        const name = names.next().value;
        if (name === undefined) throw new Error(`${pass}: out of short names`);
        if (!taken.has(name) && !RESERVED.has(name)) {
          taken.add(name);
          return name;
        }
      }
    },
  };
}

/** Every node of a tree, depth first. */
function* nodesOf(root: ts.Node): Generator<ts.Node> {
  const stack: ts.Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as ts.Node;
    yield node;
    const children: ts.Node[] = [];
    ts.forEachChild(node, (c) => {
      children.push(c);
    });
    for (let i = children.length - 1; i >= 0; i -= 1) stack.push(children[i] as ts.Node);
  }
}

/**
 * The minified IIFE bundle (`var <globalName>=(()=>{…})();`) with each repeated string literal
 * written once: `var a="error",…;` first in the IIFE, the uses replaced by the name. A literal
 * is aliased only when that makes the file shorter in UTF-8 bytes; names are new to the file
 * (no identifier anywhere has them), so nothing shadows them.
 */
export function aliasStrings(code: string, globalName: string): string {
  const b = parseBundle(code, globalName, 'aliasStrings');
  const uses = new Map<string, ts.StringLiteral[]>();
  for (const node of nodesOf(b.body)) {
    if (!ts.isStringLiteral(node) || !b.inside(node) || !(isValue(node) || isKey(node))) continue;
    const list = uses.get(node.text);
    if (list === undefined) uses.set(node.text, [node]);
    else list.push(node);
  }
  const candidates = [...uses.values()]
    .filter((list) => list.length > 1)
    .map((list) => {
      const raw = (list[0] as ts.StringLiteral).getText(b.file);
      const keys = list.filter(isKey).length;
      return { list, raw, bytes: Buffer.byteLength(raw), keys };
    })
    .sort((x, y) => y.bytes * y.list.length - x.bytes * x.list.length);
  const declarations: string[] = [];
  const edits: Edit[] = [];
  let name = b.nextName();
  for (const c of candidates) {
    // Uses shrink from the literal to the name, keys to `[name]`; the declaration `name=literal,`
    // is paid once.
    const gain = (c.bytes - name.length) * c.list.length - 2 * c.keys - (name.length + 1 + c.bytes + 1);
    if (gain <= 0) continue;
    declarations.push(`${name}=${c.raw}`);
    for (const n of c.list) {
      const start = n.getStart(b.file);
      if (isKey(n)) {
        edits.push({ start, end: n.end, text: `[${name}]` });
        continue;
      }
      // Minified code runs a keyword into a literal (`return"x"`, `"x"in y`): keep them apart.
      const before = WORD.test(code[start - 1] ?? '') ? ' ' : '';
      const after = WORD.test(code[n.end] ?? '') ? ' ' : '';
      edits.push({ start, end: n.end, text: before + name + after });
    }
    name = b.nextName();
  }
  if (declarations.length === 0) return code;
  const at = b.body.getStart(b.file) + 1;
  edits.push({ start: at, end: at, text: `var ${declarations.join(',')};` });
  return splice(code, edits);
}

/** Whether an object literal is (part of) a destructuring target: `({a:x}=y)`, `for({a}of y)`. */
function isAssigned(node: ts.Node): boolean {
  let n = node;
  for (;;) {
    const p = n.parent;
    if (ts.isBinaryExpression(p) && p.operatorToken.kind === ts.SyntaxKind.EqualsToken && p.left === n)
      return true;
    if ((ts.isForOfStatement(p) || ts.isForInStatement(p)) && p.initializer === n) return true;
    if (
      ts.isParenthesizedExpression(p) ||
      ts.isArrayLiteralExpression(p) ||
      ts.isSpreadElement(p) ||
      ts.isSpreadAssignment(p) ||
      ts.isObjectLiteralExpression(p) ||
      ts.isShorthandPropertyAssignment(p) ||
      (ts.isPropertyAssignment(p) && p.initializer === n) ||
      (ts.isBinaryExpression(p) && p.operatorToken.kind === ts.SyntaxKind.EqualsToken && p.left === n)
    ) {
      n = p;
      continue;
    }
    return false;
  }
}

/** The keys of a plain object literal (`{a:x,"b-c":y,d}`), or undefined if it has anything else. */
function plainKeys(node: ts.ObjectLiteralExpression, file: ts.SourceFile): string[] | undefined {
  const keys: string[] = [];
  for (const p of node.properties) {
    if (ts.isPropertyAssignment(p) && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name))) {
      if (p.name.text === '__proto__') return undefined;
      keys.push(p.name.getText(file));
    } else if (
      ts.isShorthandPropertyAssignment(p) &&
      p.objectAssignmentInitializer === undefined &&
      p.name.text !== '__proto__' // `{__proto__}` is an own property; `{__proto__:x}` is not
    ) {
      keys.push(p.name.text);
    } else return undefined;
  }
  return keys;
}

/**
 * The minified IIFE bundle with each object-literal shape that repeats often enough made by a
 * function: `{ja:"…",en:"…"}` (366 times in the bundle) becomes `Q("…","…")` with
 * `var Q=(a,b)=>({ja:a,en:b})` first in the IIFE. The object is the same (same keys in
 * the same order, a plain object), its values are evaluated in the same order, where they were.
 */
export function factorShapes(code: string, globalName: string): string {
  const b = parseBundle(code, globalName, 'factorShapes');
  const shapes = new Map<string, { keys: string[]; list: ts.ObjectLiteralExpression[] }>();
  for (const node of nodesOf(b.body)) {
    if (!ts.isObjectLiteralExpression(node) || node.properties.length < 2 || !b.inside(node)) continue;
    const keys = plainKeys(node, b.file);
    if (keys === undefined || new Set(keys).size !== keys.length || isAssigned(node)) continue;
    const id = keys.join(',');
    const shape = shapes.get(id);
    if (shape === undefined) shapes.set(id, { keys, list: [node] });
    else shape.list.push(node);
  }
  const selected = new Map<ts.ObjectLiteralExpression, string>();
  const declarations: string[] = [];
  // Only plain literals are chosen: each property is `key:value` or a shorthand `key`.
  const valuesOf = (node: ts.ObjectLiteralExpression): ts.Node[] =>
    node.properties.map((p) =>
      ts.isPropertyAssignment(p) ? p.initializer : (p as ts.ShorthandPropertyAssignment).name,
    );
  let name = b.nextName();
  for (const shape of [...shapes.values()].sort((x, y) => y.list.length - x.list.length)) {
    if (shape.list.length < 3) continue;
    const params = shape.keys.map((_, i) => paramName(i));
    const body = shape.keys.map((k, i) => `${k}:${params[i]}`).join(',');
    const declaration = `${name}=(${params.join(',')})=>({${body}})`;
    // Each use saves its braces, keys and colons, and pays the name and the parentheses.
    const gain =
      shape.list.reduce((sum, node) => {
        const values = valuesOf(node).reduce((v, n) => v + Buffer.byteLength(n.getText(b.file)), 0);
        const was = Buffer.byteLength(node.getText(b.file));
        return sum + was - (values + name.length + 2 + node.properties.length - 1);
      }, 0) -
      Buffer.byteLength(declaration) -
      1;
    if (gain <= 0) continue;
    declarations.push(declaration);
    for (const node of shape.list) selected.set(node, name);
    name = b.nextName();
  }
  if (declarations.length === 0) return code;

  // The text of a range with every chosen literal in it made by its function, inner ones too.
  const render = (start: number, end: number, within: ts.Node): string => {
    const parts: string[] = [];
    let at = start;
    const walk = (n: ts.Node): void => {
      const name = ts.isObjectLiteralExpression(n) ? selected.get(n) : undefined;
      if (name !== undefined && n.getStart(b.file) >= start && n.end <= end) {
        const from = n.getStart(b.file);
        const args = valuesOf(n as ts.ObjectLiteralExpression).map((v) =>
          render(v.getStart(b.file), v.end, v),
        );
        const space = WORD.test(code[from - 1] ?? '') ? ' ' : ''; // `return{…}` → `return Q(…)`
        parts.push(code.slice(at, from), `${space}${name}(${args.join(',')})`);
        at = n.end;
        return;
      }
      ts.forEachChild(n, walk);
    };
    if (ts.isObjectLiteralExpression(within) && selected.has(within)) walk(within);
    else ts.forEachChild(within, walk);
    parts.push(code.slice(at, end));
    return parts.join('');
  };
  const at = b.body.getStart(b.file) + 1;
  const inner = render(at, b.body.end - 1, b.body);
  // Arrows in one `var`, first in the IIFE: nothing before it can call them.
  return `${code.slice(0, at)}var ${declarations.join(',')};${inner}${code.slice(b.body.end - 1)}`;
}

/** Built-ins a bundle may name often (`Object.keys`, `String(x)`, `new Map`), present since ES2015. */
const BUILTINS = new Set([
  'Array',
  'Date',
  'Error',
  'JSON',
  'Map',
  'Math',
  'Number',
  'Object',
  'RangeError',
  'RegExp',
  'Set',
  'String',
  'TypeError',
]);

/** Whether an identifier is written: `X=…`, `X+=…`, `X++`, `({X}=…)`, `[X]=…`, `for(X of …)`. */
function isWritten(node: ts.Identifier): boolean {
  const p = node.parent;
  if (ts.isBinaryExpression(p) && p.left === node)
    return (
      p.operatorToken.kind >= ts.SyntaxKind.FirstAssignment &&
      p.operatorToken.kind <= ts.SyntaxKind.LastAssignment
    );
  if ((ts.isPrefixUnaryExpression(p) || ts.isPostfixUnaryExpression(p)) && p.operand === node)
    return p.operator === ts.SyntaxKind.PlusPlusToken || p.operator === ts.SyntaxKind.MinusMinusToken;
  if ((ts.isForOfStatement(p) || ts.isForInStatement(p)) && p.initializer === node) return true;
  if (ts.isShorthandPropertyAssignment(p) || ts.isArrayLiteralExpression(p) || ts.isSpreadElement(p))
    return isAssigned(p);
  if (ts.isPropertyAssignment(p) && p.initializer === node) return isAssigned(p);
  return false;
}

/**
 * Names a file binds anywhere (variables, parameters, functions, classes, destructured names) or
 * assigns to: a built-in with such a name is not aliased.
 */
function boundNames(file: ts.SourceFile): Set<string> {
  const names = new Set<string>();
  for (const node of nodesOf(file)) {
    if (
      (ts.isVariableDeclaration(node) ||
        ts.isParameter(node) ||
        ts.isFunctionDeclaration(node) ||
        ts.isFunctionExpression(node) ||
        ts.isClassDeclaration(node) ||
        ts.isClassExpression(node) ||
        ts.isBindingElement(node)) &&
      node.name !== undefined &&
      ts.isIdentifier(node.name)
    )
      names.add(node.name.text);
    else if (ts.isIdentifier(node) && isWritten(node)) names.add(node.text);
  }
  return names;
}

/** Whether an identifier is read as a value where a name may stand: `X.y`, `X(…)`, `new X`, `… instanceof X`. */
function isBuiltinRead(node: ts.Identifier): boolean {
  const p = node.parent;
  return (
    (ts.isPropertyAccessExpression(p) && p.expression === node) ||
    (ts.isElementAccessExpression(p) && p.expression === node) ||
    (ts.isCallExpression(p) && p.expression === node) ||
    (ts.isNewExpression(p) && p.expression === node) ||
    (ts.isBinaryExpression(p) && p.operatorToken.kind === ts.SyntaxKind.InstanceOfKeyword && p.right === node)
  );
}

/**
 * The minified IIFE bundle with its most repeated constants and built-ins read from variables
 * declared first in the IIFE, none ever assigned afterwards:
 * - `void 0` (580 of them once `?.` and `??` are lowered to ES2019) → `u`, declared `var u;`;
 * - `x==null` / `x!=null` → `x==u` / `x!=u` (loose equality: `null` and `undefined` are equal to
 *   each other and to nothing else), other `null` → `n`, declared `n=null`;
 * - a built-in read often (`Object.keys`, `String(x)`, `new Map`) → `O`, declared `O=Object`, when
 *   no binding of the file has its name, so every such read is of the global.
 * Each alias is made only when it makes the file shorter in UTF-8 bytes. Names are new to the file.
 */
export function aliasConstants(code: string, globalName: string): string {
  const b = parseBundle(code, globalName, 'aliasConstants');
  const voids: ts.Node[] = [];
  const nulls: ts.Node[] = [];
  const looseNulls: ts.Node[] = [];
  const builtins = new Map<string, ts.Node[]>();
  const declared = boundNames(b.file);
  for (const node of nodesOf(b.body)) {
    if (!b.inside(node)) continue;
    if (ts.isVoidExpression(node) && ts.isNumericLiteral(node.expression) && node.expression.text === '0')
      voids.push(node);
    else if (node.kind === ts.SyntaxKind.NullKeyword) {
      const p = node.parent;
      const loose =
        ts.isBinaryExpression(p) &&
        (p.operatorToken.kind === ts.SyntaxKind.EqualsEqualsToken ||
          p.operatorToken.kind === ts.SyntaxKind.ExclamationEqualsToken);
      (loose ? looseNulls : nulls).push(node);
    } else if (
      ts.isIdentifier(node) &&
      BUILTINS.has(node.text) &&
      !declared.has(node.text) &&
      isBuiltinRead(node)
    ) {
      const list = builtins.get(node.text);
      if (list === undefined) builtins.set(node.text, [node]);
      else list.push(node);
    }
  }
  const declarations: string[] = [];
  const edits: Edit[] = [];
  const replace = (nodes: readonly ts.Node[], name: string): void => {
    for (const n of nodes) {
      const start = n.getStart(b.file);
      const before = WORD.test(code[start - 1] ?? '') ? ' ' : '';
      const after = WORD.test(code[n.end] ?? '') ? ' ' : '';
      edits.push({ start, end: n.end, text: before + name + after });
    }
  };
  // Uses shrink from the text to the name; the declaration (`name` or `name=value`, and a comma) is paid once.
  const pays = (uses: number, text: string, name: string, value: string | undefined): boolean =>
    (Buffer.byteLength(text) - name.length) * uses >
    name.length + (value === undefined ? 0 : 1 + Buffer.byteLength(value)) + 1;
  let name = b.nextName();
  const undefinedUses = voids.length + looseNulls.length;
  // A loose `==null` becomes `==u` only with `u` declared for the `void 0`s, or if it pays alone.
  if (pays(voids.length, 'void 0', name, undefined) || pays(undefinedUses, 'null', name, undefined)) {
    declarations.push(name);
    replace(voids, name);
    replace(looseNulls, name);
    name = b.nextName();
  } else nulls.push(...looseNulls);
  if (pays(nulls.length, 'null', name, 'null')) {
    declarations.push(`${name}=null`);
    replace(nulls, name);
    name = b.nextName();
  }
  for (const [builtin, uses] of [...builtins].sort((x, y) => y[1].length - x[1].length)) {
    if (!pays(uses.length, builtin, name, builtin)) continue;
    declarations.push(`${name}=${builtin}`);
    replace(uses, name);
    name = b.nextName();
  }
  if (declarations.length === 0) return code;
  const at = b.body.getStart(b.file) + 1;
  edits.push({ start: at, end: at, text: `var ${declarations.join(',')};` });
  const out = splice(code, edits);
  // `var ` and `;` are paid once, whatever was chosen.
  return Buffer.byteLength(out) < Buffer.byteLength(code) ? out : code;
}

/**
 * The bundle minified once more by esbuild, after the passes above: their new variables get the
 * shortest names by how often they are read, as esbuild's own locals did. Names at the top level
 * of the script (`var __kyodo`) are kept; the input is already ES2019, so nothing is lowered.
 */
export async function renameShort(code: string, globalName: string, target = 'es2019'): Promise<string> {
  const out = await transform(code, { minify: true, target, charset: 'utf8', legalComments: 'none' });
  parseBundle(out.code, globalName, 'renameShort'); // still `var <globalName>=(()=>{…})()`
  return out.code;
}

/** Syntax newer than ES2019, by what a finding names (shared/APPS_SCRIPT.md: "Target ES2019"). */
function newerSyntax(node: ts.Node): string | undefined {
  if (
    (ts.isPropertyAccessExpression(node) ||
      ts.isElementAccessExpression(node) ||
      ts.isCallExpression(node)) &&
    node.questionDotToken !== undefined
  )
    return '?. (ES2020)';
  if (ts.isBinaryExpression(node)) {
    const op = node.operatorToken.kind;
    if (op === ts.SyntaxKind.QuestionQuestionToken) return '?? (ES2020)';
    if (
      op === ts.SyntaxKind.QuestionQuestionEqualsToken ||
      op === ts.SyntaxKind.BarBarEqualsToken ||
      op === ts.SyntaxKind.AmpersandAmpersandEqualsToken
    )
      return 'logical assignment (ES2021)';
  }
  if (ts.isBigIntLiteral(node)) return 'BigInt literal (ES2020)';
  if (ts.isNumericLiteral(node) && node.getText().includes('_')) return 'numeric separator (ES2021)';
  if (ts.isPropertyDeclaration(node)) return 'class field (ES2022)';
  if (ts.isClassStaticBlockDeclaration(node)) return 'class static block (ES2022)';
  if (ts.isPrivateIdentifier(node)) return 'private name (ES2022)';
  if (ts.isMetaProperty(node)) return 'import.meta (ES2020)';
  if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword)
    return 'import() (ES2020)';
  if (ts.isRegularExpressionLiteral(node) && /\/[a-z]*[dv][a-z]*$/.test(node.text))
    return 'RegExp flag d or v (ES2022+)';
  if (
    ts.isExportDeclaration(node) &&
    node.exportClause !== undefined &&
    ts.isNamespaceExport(node.exportClause)
  )
    return 'export * as (ES2020)';
  return undefined;
}

/**
 * Throws if the code has syntax newer than ES2019: Apps Script parses with more than V8 (it has
 * rejected static class fields that V8 of its version runs), so only ES2019 is trusted.
 */
export function assertES2019(code: string): void {
  const file = ts.createSourceFile('Code.js', code, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  const found: string[] = [];
  for (const node of nodesOf(file)) {
    const what = newerSyntax(node);
    if (what !== undefined) found.push(`${what}: ${node.getText(file).slice(0, 60)}`);
  }
  if (found.length > 0)
    throw new Error(`Syntax newer than ES2019 in the bundle: ${found.slice(0, 5).join('; ')}`);
}

/** Parameter names a, b, …, z, A, … for a shape's function (its own scope: any names do). */
function paramName(i: number): string {
  const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
  return i < letters.length ? (letters[i] as string) : `p${i}`;
}
