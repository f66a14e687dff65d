import { describe, expect, it } from 'vitest';
import { LineCounter, parseDocument } from 'yaml';
import { lineOfPath } from './lineOfPath.js';

const text = [
  'tests:', // 1
  '  - name: 事業4', // 2
  '    subsidy: { program: ichinoseki/kyodotai-shien, fiscalYear: 平成26年度 }', // 3
  '    expect:', // 4
  '      amount: true', // 5
  '  - name: 二つ目', // 6
  '    subsidi: {}', // 7
].join('\n');

function at(path: (string | number)[], key?: string, source = text): number | undefined {
  const lines = new LineCounter();
  const doc = parseDocument(source, { lineCounter: lines });
  return lineOfPath(doc, lines, path, key);
}

describe('lineOfPath', () => {
  it('finds the line of a value, a list item and a misspelt key', () => {
    expect(at(['tests', 0, 'expect', 'amount'])).toBe(5);
    expect(at(['tests', 0, 'subsidy', 'fiscalYear'])).toBe(3);
    expect(at(['tests', 1])).toBe(6);
    expect(at(['tests', 1], 'subsidi')).toBe(7);
  });

  it('stops at the deepest part the document has', () => {
    expect(at(['tests', 0, 'review', 'budget'])).toBe(2);
    expect(at(['tests', 9])).toBe(1);
  });

  it('reads JSON too (YAML 1.2)', () => {
    expect(
      at(['tests', 0, 'expect'], undefined, '{\n  "tests": [\n    {\n      "expect": 1\n    }\n  ]\n}'),
    ).toBe(4);
  });
});
