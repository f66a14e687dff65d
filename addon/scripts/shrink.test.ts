import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import {
  aliasConstants,
  aliasStrings,
  assertES2019,
  assertNoCatalogueRead,
  factorShapes,
  iifeOf,
  renameShort,
  withoutSummaries,
} from './shrink.js';

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

  it('writes a repeated literal once, keys too, keeps directives, and changes no result', () => {
    const out = aliasStrings(code, '__t');
    expect(run(out)).toEqual(run(code));
    expect(bytes(out)).toBeLessThan(bytes(code));
    expect(out.match(/"long repeated text"/g)).toHaveLength(1); // the declaration
    expect(out.match(/\{\[\w+\]:[12]\}/g)).toHaveLength(2); // the keys, computed
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

  it('writes a repeated key as a computed one: the same properties in the same order', () => {
    const key = '"calendar.not-a-date"';
    const keyed =
      `var __t=(()=>{const m={a:1,${key}:2,z:3},n={${key}:{${key}:4}},p={"__proto__":null,q:1},r={"__proto__":null,q:2};` +
      `const{${key}:d}=m;function f(c){return m[c]}` +
      `return{m,n,keys:Object.keys(m),d,f:f(${key}),g:f(${key}),p:Object.getPrototypeOf(p)===null&&Object.getPrototypeOf(r)===null}})();`;
    const out = aliasStrings(keyed, '__t');
    expect(run(out)).toEqual(run(keyed));
    expect(run(out)).toMatchObject({ keys: ['a', 'calendar.not-a-date', 'z'], p: true });
    expect(bytes(out)).toBeLessThan(bytes(keyed));
    expect(out).toMatch(/\{a:1,\[\w+\]:2,z:3\}/);
    expect(out).toContain(`{${key}:d}=m`); // a destructuring key stays
    expect(out).toContain('{"__proto__":null,q:1}');
  });

  it('needs the IIFE it declares in', () => {
    expect(() => aliasStrings('var other=1;', '__t')).toThrow(/no `var __t/);
    // Declarations put before a directive would make it a plain string: refused.
    expect(() =>
      aliasStrings('var __t=(()=>{"use strict";return["xxxxxxxx","xxxxxxxx","xxxxxxxx"]})();', '__t'),
    ).toThrow(/starts with a directive/);
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
    expect(out).toMatch(/var (\w+)=\(a,b\)=>\(\{ja:a,en:b\}\)/);
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

describe('aliasConstants', () => {
  // Every kind of use: strict and loose comparisons with null and undefined, null as a value and
  // a prototype, built-ins read as objects, called, constructed and on the right of instanceof.
  const cases = [
    'const a=[void 0,null,0,"",!1,NaN,{},[]];',
    'const eq=[];for(const x of a)for(const y of a)eq.push([x==null,x!=null,x===null,x!==null,x===void 0,x!==void 0,x==y,null==x,void 0!=x]);',
    'const p=Object.getPrototypeOf({__proto__:null})===null;',
    'const o=Object.keys({a:1,b:2}).concat(Object.keys({c:3}),Object.keys({}),Object.entries({d:4}).map(String));',
    'const s=[String(1),String(null),String(void 0),typeof null,typeof void 0,Number("2"),Number.isInteger(3)];',
    'const m=new Map([[1,2]]),n=new Map;const e=new Error("x");',
    'const i=[m instanceof Map,n instanceof Map,e instanceof Error,e instanceof Map,Array.isArray([]),Array.isArray(null)];',
    'function f(x){return x==null?void 0:x.length}const g=[f(null),f(void 0),f("abc"),f([1])];',
    'const j=JSON.stringify({a:null,b:void 0,c:[null,void 0]});',
  ].join('');
  const code = `"use strict";var __t=(()=>{${cases}return{eq,p,o,s,i,g,j,m:[...m],t:typeof n}})();`;

  it('reads undefined, null and built-ins from variables and changes no result', () => {
    const out = aliasConstants(code, '__t');
    expect(run(out)).toEqual(run(code));
    expect(bytes(out)).toBeLessThan(bytes(code));
    expect(out).not.toContain('void 0');
    expect(out.match(/\bnull\b/g)).toHaveLength(1); // only in its declaration
    expect(out).toMatch(/=Object[,;]/);
    expect(out).toContain('"use strict";var __t=(()=>{var ');
  });

  it('leaves a built-in alone when the file binds its name anywhere or writes it', () => {
    const reads = (name: string) => Array(8).fill(`${name}.keys({a:1})`).join(',');
    const shadow = `var __t=(()=>{function k(Object){return Object.keys}const r=[${reads('Object')}];return{r,k:k({keys:1})}})();`;
    const out = aliasConstants(shadow, '__t');
    expect(run(out)).toEqual(run(shadow));
    expect(out.match(/Object\.keys/g)).toHaveLength(9);
    for (const write of [
      'Object=Object',
      'Object+=""',
      'Object++',
      '({Object}={Object})',
      '[Object]=[Object]',
      'for(Object of[])',
    ]) {
      const written = `var __t=(()=>{function w(){${write}}const r=[${reads('Object')}];return{r,w:typeof w}})();`;
      expect(aliasConstants(written, '__t').match(/Object\.keys/g), write).toHaveLength(8);
    }
  });

  it('keeps a keyword apart from the name (`return void 0`, `void 0in x` never fuse)', () => {
    const tight = `var __t=(()=>{${Array.from({ length: 6 }, (_, i) => `function f${i}(){return void 0}`).join('')}return{a:f0()===void 0,b:[f1(),f2(),f3(),f4(),f5()].every(x=>x===void 0)}})();`;
    const out = aliasConstants(tight, '__t');
    expect(out).toMatch(/return [A-Za-z_$]/);
    expect(run(out)).toEqual({ a: true, b: true });
  });

  it('changes nothing when nothing repeats enough to pay', () => {
    const few = 'var __t=(()=>{return[void 0,null,Object.keys({})]})();';
    expect(aliasConstants(few, '__t')).toBe(few);
  });
});

describe('renameShort', () => {
  it('gives the most read names the shortest, keeps the global and every result', async () => {
    const code =
      '"use strict";var __t=(()=>{var longName="x",other=1;function helper(v){return v+longName}' +
      'return{a:helper(longName),b:helper(helper(longName)),c:other}})();';
    const out = await renameShort(code, '__t');
    expect(run(out)).toEqual(run(code));
    expect(bytes(out)).toBeLessThan(bytes(code));
    expect(out).toMatch(/^"use strict";var __t=\(\(\)=>\{/);
    expect(out).not.toMatch(/longName|helper/);
  });

  it('fails if the global assignment did not survive', async () => {
    await expect(renameShort('var other=(()=>1)();', '__t')).rejects.toThrow(/no `var __t/);
  });
});

describe('assertES2019', () => {
  it('passes ES2019 and names each newer syntax', () => {
    expect(() =>
      assertES2019(
        'var a=(()=>{let b={...{c:1}};try{}catch{}class K{constructor(){this.x=1}static m(){}}return b})();',
      ),
    ).not.toThrow();
    for (const [code, what] of [
      ['a?.b', /\?\. \(ES2020\)/],
      ['a?.[0]', /\?\. \(ES2020\)/],
      ['a?.()', /\?\. \(ES2020\)/],
      ['a??b', /\?\? \(ES2020\)/],
      ['a||=b', /logical assignment/],
      ['a??=b', /logical assignment/],
      ['10n', /BigInt literal/],
      ['1_000', /numeric separator/],
      ['class K{static x=1}', /class field/],
      ['class K{x}', /class field/],
      ['class K{#p;m(){return this.#p}}', /class field|private name/],
      ['class K{static{}}', /static block/],
      ['/a/d', /RegExp flag/],
    ] as const)
      expect(() => assertES2019(code), code).toThrow(what);
  });
});

describe('iifeOf', () => {
  it('makes an ES module bundle a strict script whose global holds the exported functions', () => {
    const esm = 'var n=0;function a(){return n+=1,this===void 0}const b=()=>n;export{a as inc,b as count,b};';
    const out = iifeOf(esm, '__t');
    expect(out).toMatch(/^"use strict";var __t=\(\(\)=>\{/);
    const context = vm.createContext({});
    vm.runInContext(out, context);
    const api = vm.runInContext('__t', context) as Record<string, () => unknown>;
    expect(Object.keys(api)).toEqual(['inc', 'count', 'b']);
    expect(api.inc?.call(undefined)).toBe(true); // strict: no this for a plain call
    expect(api.count?.()).toBe(1);
    expect(api.b).toBe(api.count);
  });

  it('refuses a module it cannot make a script', () => {
    for (const esm of [
      'import x from "y";export{x};',
      'export const a=1;',
      'export default 1;',
      'var a=1;export{a};export{a as b};',
      'export{a}from"y";',
      'var a=1;',
    ])
      expect(() => iifeOf(esm, '__t'), esm).toThrow(/one `export\{…\}` statement/);
  });
});
