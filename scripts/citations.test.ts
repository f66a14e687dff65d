/**
 * Comments and docs cite what a reader of the repository can open (docs/contributing.md
 * "Conventions"): a page of docs/ or a plan by its file name and section (`002 8-1-4 事業1`),
 * never a file outside the repository (`shared/…`, `../shared/…`, DESIGN.md, RULES.md,
 * SHEETS.md, APPS_SCRIPT.md as files) nor an issue number ("issue 14", "#14"), which a reader
 * of the code cannot look up. Read: the source files whole for files outside the repository
 * (a Source in data is shown to users), their comments (found by the TypeScript parser) for
 * issue numbers too, and the Markdown (docs/, generated pages included, and the READMEs).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../', import.meta.url));

/** The folders whose source files are read. */
const SOURCE_DIRS = ['packages', 'addon', 'scripts', 'bench', 'examples', 'testing'];

/** What may not be cited anywhere in a file, code and data included, each with what a reader sees. */
const OUTSIDE: readonly (readonly [RegExp, string])[] = [
  [/(^|[^\w./-])(\.\.\/)*shared\//u, 'a file under shared/, outside the repository'],
  [/\b(DESIGN|RULES|SHEETS|APPS_SCRIPT|STYLE)\.md\b/u, 'a design file outside the repository'],
];

/** Issue numbers: looked for in comments and docs only (code has colours such as '#202124'). */
const ISSUES: readonly (readonly [RegExp, string])[] = [
  [/\bissues? #?\d+/iu, 'an issue number'],
  [/(^|[\s(])#\d+\b/u, 'an issue number'],
];

function files(dir: string, keep: (name: string) => boolean): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(join(ROOT, dir), { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'dist' || entry.name.startsWith('.')) continue;
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) out.push(...files(path, keep));
    else if (keep(entry.name)) out.push(path);
  }
  return out;
}

/** Every comment of a TypeScript or JavaScript text, with the line it starts on. */
function commentsOf(fileName: string, text: string): { line: number; text: string }[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, false);
  const seen = new Set<number>();
  const out: { line: number; text: string }[] = [];
  const take = (ranges: readonly ts.CommentRange[] | undefined) => {
    for (const r of ranges ?? []) {
      if (seen.has(r.pos)) continue;
      seen.add(r.pos);
      out.push({
        line: source.getLineAndCharacterOfPosition(r.pos).line + 1,
        text: text.slice(r.pos, r.end),
      });
    }
  };
  const visit = (node: ts.Node) => {
    take(ts.getLeadingCommentRanges(text, node.getFullStart()));
    take(ts.getTrailingCommentRanges(text, node.getEnd()));
    ts.forEachChild(node, visit);
  };
  take(ts.getLeadingCommentRanges(text, 0));
  visit(source);
  take(ts.getLeadingCommentRanges(text, source.endOfFileToken.getFullStart()));
  return out.sort((a, b) => a.line - b.line);
}

/** Each forbidden citation in some texts, as 'file:line: what — the text'. */
function citations(
  file: string,
  texts: readonly { line: number; text: string }[],
  forbidden: readonly (readonly [RegExp, string])[] = [...OUTSIDE, ...ISSUES],
): string[] {
  const out: string[] = [];
  for (const { line, text } of texts)
    text.split('\n').forEach((part, i) => {
      for (const [pattern, what] of forbidden)
        if (pattern.test(part)) out.push(`${file}:${line + i}: ${what} — ${part.trim()}`);
    });
  return out;
}

function markdownLines(text: string): { line: number; text: string }[] {
  return text.split('\n').map((t, i) => ({ line: i + 1, text: t }));
}

describe('the check itself', () => {
  it('finds a citation of a file outside the repository or of an issue in a comment, not in code', () => {
    const text = [
      '// reads the workbook (shared/SHEETS.md "The report")',
      "const source = cite('kyodo', 'shared/RULES.md C3');",
      '/** One call per column (issue 7); see ../shared/APPS_SCRIPT.md. */',
      'const color = "#202124"; // fixed in #14',
      '// cites docs/rules.md and 002 8-1-4 事業1, and google/clasp#907',
    ].join('\n');
    expect(citations('x.ts', commentsOf('x.ts', text)).map((c) => c.split(' — ')[0])).toEqual([
      'x.ts:1: a file under shared/, outside the repository',
      'x.ts:1: a design file outside the repository',
      'x.ts:3: a file under shared/, outside the repository',
      'x.ts:3: a design file outside the repository',
      'x.ts:3: an issue number',
      'x.ts:4: an issue number',
    ]);
  });
});

describe('comments and docs cite documents in the repository', () => {
  // This file names the forms it forbids, in its comments and its examples: left out.
  const sources = SOURCE_DIRS.flatMap((d) =>
    files(d, (n) => /\.[cm]?[jt]s$/u.test(n) && !n.endsWith('.d.ts')),
  ).filter((f) => f !== 'scripts/citations.test.ts');
  const docs = [
    ...files('docs', (n) => n.endsWith('.md')),
    'README.md',
    ...files('packages', (n) => n === 'README.md'),
    ...files('examples', (n) => n.endsWith('.md')),
  ];

  it('reads the sources and the docs', () => {
    expect(sources).toContain('packages/core/src/subsidies/computeSubsidy.ts');
    expect(sources).toContain('addon/src/entryPoints.ts');
    expect(docs).toContain('docs/contributing.md');
    expect(docs).toContain('docs/sheets.md');
  });

  it('no comment cites a file outside the repository or an issue number', () => {
    const found = sources.flatMap((f) => citations(f, commentsOf(f, readFileSync(join(ROOT, f), 'utf8'))));
    expect(found).toEqual([]);
  });

  it('no code or data cites a file outside the repository (a Source, a message)', () => {
    const found = sources.flatMap((f) =>
      citations(f, markdownLines(readFileSync(join(ROOT, f), 'utf8')), OUTSIDE),
    );
    expect(found).toEqual([]);
  });

  it('no doc does', () => {
    const found = docs.flatMap((f) => citations(f, markdownLines(readFileSync(join(ROOT, f), 'utf8'))));
    expect(found).toEqual([]);
  });
});
