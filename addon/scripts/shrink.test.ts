import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { aliasStrings, assertNoCatalogueRead, factorShapes, withoutSummaries } from './shrink.js';

/** Runs an IIFE bundle assigned to `__t` in a fresh context and returns what it exports. */
function run(code: string): unknown {
  const context = vm.createContext({});
  vm.runInContext(code, context);
  return JSON.parse(JSON.stringify(vm.runInContext('__t', context)));
}

const bytes = (s: string) => Buffer.byteLength(s);

describe('withoutSummaries', () => {
  it('leaves out the summary of each catalogue entry and nothing else', () => {
    const source = `export const m = defineMessages({
  'a.one': { severity: 'error', summary: 'docs only', ja: () => 'あ', en: () => 'a' },
  'a.two': { summary: "first", severity: 'warning', ja: () => 'い', en: () => 'b', },
  'a.three': { severity: 'info', ja: () => 'う', en: () => 'c', summary: \`last\` },
});
const other = { summary: 'kept: not a catalogue' };`;
    const { text, removed } = withoutSummaries(source);
    expect(removed).toBe(3);
    expect(text).not.toMatch(/docs only|first|last/);
    // The same catalogue otherwise, the other object untouched.
    const read = (js: string) =>
      vm.runInNewContext(
        `const defineMessages = (c) => c; ${js.replace('export ', '')}; [Object.entries(m).map(([k, e]) => [k, Object.keys(e), e.ja()]), other]`,
      );
    expect(JSON.stringify(read(text))).toBe(
      JSON.stringify([
        [
          ['a.one', ['severity', 'ja', 'en'], 'あ'],
          ['a.two', ['severity', 'ja', 'en'], 'い'],
          ['a.three', ['severity', 'ja', 'en'], 'う'],
        ],
        { summary: 'kept: not a catalogue' },
      ]),
    );
  });
});

describe('assertNoCatalogueRead', () => {
  it('passes a bundle that only makes catalogues and throws on any read of one', () => {
    expect(() => assertNoCatalogueRead('var m={catalogue:e,problem:t};')).not.toThrow();
    expect(() => assertNoCatalogueRead('f(m.catalogue)')).toThrow(/reads a message catalogue/);
    expect(() => assertNoCatalogueRead('f(m["catalogue"])')).toThrow(/reads a message catalogue/);
    expect(() => assertNoCatalogueRead('var{catalogue:c}=m;')).toThrow(/reads a message catalogue/);
  });
});

describe('aliasStrings', () => {
  const code =
    '"use strict";var __t=(()=>{var x="use strict";function f(e){if(typeof e=="string")return"long repeated text";' +
    'return e in{"long repeated text":1}?"long repeated text":"long repeated text"in e}' +
    'return{a:f("s"),b:f({}),c:["long repeated text","long repeated text",x],k:{"long repeated text":2}}})();';

  it('writes a repeated literal once, keeps keys and directives, and changes no result', () => {
    const out = aliasStrings(code, '__t');
    expect(run(out)).toEqual(run(code));
    expect(bytes(out)).toBeLessThan(bytes(code));
    expect(out.match(/"long repeated text"/g)).toHaveLength(3); // the declaration and two keys
    expect(out.startsWith('"use strict";')).toBe(true);
  });

  it('keeps a keyword apart from the name that replaces a literal (`return"…"`, `"…"in e`)', () => {
    const out = aliasStrings(code, '__t');
    expect(out).toMatch(/return [a-zA-Z_$]/);
    expect(out).toMatch(/ in e\}/);
  });

  it('uses names no identifier of the file has, so nothing shadows them', () => {
    const taken = Array.from(
      { length: 54 },
      (_, i) => `var ${'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_$'[i]}=0;`,
    );
    const crowded = `var __t=(()=>{${taken.join('')}return["aaaaaaaaaaaa","aaaaaaaaaaaa","aaaaaaaaaaaa"]})();`;
    const out = aliasStrings(crowded, '__t');
    expect(run(out)).toEqual(['aaaaaaaaaaaa', 'aaaaaaaaaaaa', 'aaaaaaaaaaaa']);
    expect(out).toMatch(/var aa="aaaaaaaaaaaa"/);
  });

  it('leaves a "use strict" directive a directive', () => {
    const sloppy =
      'var __t=(()=>{function f(){"use strict";return this===void 0}function g(){"use strict";return this===void 0}' +
      'return{f:f(),g:g(),v:["use strict","use strict","use strict","use strict"]}})();';
    const out = aliasStrings(sloppy, '__t');
    expect(run(out)).toEqual({ f: true, g: true, v: Array(4).fill('use strict') });
    expect(bytes(out)).toBeLessThan(bytes(sloppy));
  });

  it('needs the IIFE it declares in', () => {
    expect(() => aliasStrings('var other=1;', '__t')).toThrow(/no `var __t/);
  });
});

describe('factorShapes', () => {
  const entries = Array.from({ length: 6 }, (_, i) => `{ja:"日本語${i}",en:"English ${i}"}`);
  const code =
    'var __t=(()=>{let n=0;const g=()=>(n+=1,n);' +
    `const list=[${entries.join(',')}];` +
    // Values with effects, evaluated in order; nested shapes; an arrow returning one.
    'const order=[{ja:g(),en:g()},{ja:g(),en:{ja:g(),en:g()}}];const h=e=>({ja:e,en:e});' +
    // Not plain literals or destructuring targets: left as they are.
    `let ja,en;({ja,en}=list[0]);const p=[${Array(6).fill('{__proto__:null,ja:1,en:2}').join(',')}];const s={...list[1],en:"x"};` +
    'function r(){return{ja:"r",en:"r"}}' +
    'return{list,order,h:h(3),ja,en,p:p.every(x=>Object.getPrototypeOf(x)===null),s,r:r()}})();';

  it('makes each repeated shape by one function and changes no result', () => {
    const out = factorShapes(code, '__t');
    expect(run(out)).toEqual(run(code));
    expect(bytes(out)).toBeLessThan(bytes(code));
    expect(out).toMatch(/function (\w+)\(a,b\)\{return\{ja:a,en:b\}\}/);
    expect(out).toContain('({ja,en}=list[0])');
    expect(out).toContain('{__proto__:null,ja:1,en:2}');
    expect(out).toMatch(/return [\w$]+\("r","r"\)/);
  });

  it('keeps a shape that does not repeat enough to pay for its function', () => {
    const few = 'var __t=(()=>({a:{x:1,y:2},b:{x:3,y:4}}))();';
    expect(factorShapes('var __t=(()=>{return{a:{x:1,y:2},b:{x:3,y:4}}})();', '__t')).toBe(
      'var __t=(()=>{return{a:{x:1,y:2},b:{x:3,y:4}}})();',
    );
    expect(run(few)).toEqual({ a: { x: 1, y: 2 }, b: { x: 3, y: 4 } });
  });
});
