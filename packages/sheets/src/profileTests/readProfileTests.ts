import { err, ok, type Path, type Problem, type Result } from '@kyodo/core';
import { pathText } from './_pathText.js';
import { profileTestMessages } from './messages.js';
import { TYPES } from './profileTestWords.js';
import {
  expectSchemas,
  fileSchema,
  inputSchemas,
  type ProfileTest,
  type ProfileTestFile,
  TEST_KINDS,
  type TestKind,
  testSchema,
} from './schema.js';

/** The parts of a zod issue read here (zod v4 core/errors.ts). */
interface SchemaIssue {
  readonly code: string;
  readonly path: readonly PropertyKey[];
  readonly message?: string;
  readonly input?: unknown;
  readonly expected?: string;
  readonly values?: readonly unknown[];
  readonly keys?: readonly string[];
  readonly errors?: readonly (readonly SchemaIssue[])[];
}

function describe(value: unknown): { received: string; receivedJa: string } {
  const both = (en: string, ja: string) => ({ received: en, receivedJa: ja });
  if (value === undefined) return both('nothing', '何もありません');
  if (value === null) return both('null', 'null');
  if (Array.isArray(value)) return both(`a list (${value.length})`, `${value.length} 件の一覧`);
  if (typeof value === 'object') return both('a mapping', '「キー: 値」の組');
  const t = JSON.stringify(value) ?? String(value);
  const shown = t.length > 40 ? `${t.slice(0, 39)}…` : t;
  return both(shown, shown);
}

/** Problems for zod issues at `prefix`, each naming the file, the test and the path. */
function problemsOf(issues: readonly SchemaIssue[], file: string, test: string, prefix: Path): Problem[] {
  const out: Problem[] = [];
  for (const issue of issues) {
    const path: Path = [...prefix, ...issue.path.map((p) => (typeof p === 'number' ? p : String(p)))];
    if (issue.code === 'invalid_union' && issue.errors !== undefined && issue.errors.length > 0) {
      // The branch that came closest says what is wrong (a yen text that does not read, say).
      const closest = [...issue.errors].sort((a, b) => a.length - b.length)[0] ?? [];
      if (closest.length > 0 && closest.some((i) => i.code !== 'invalid_type')) {
        out.push(...problemsOf(closest, file, test, path));
        continue;
      }
    }
    const at = { file, test, path: pathText(path) };
    const place = { path, input: issue.input };
    if (issue.message === 'not-yen') {
      out.push(profileTestMessages.problem('tests.not-yen', { ...at, ...describe(issue.input) }, place));
      continue;
    }
    switch (issue.code) {
      case 'invalid_type':
      case 'invalid_union': {
        const expected =
          issue.code === 'invalid_union'
            ? (issue.errors ?? [])
                .map((e) => e[0]?.expected ?? '')
                .filter((e) => e !== '')
                .map((e) => TYPES[e] ?? { en: e, ja: e })
            : [TYPES[issue.expected ?? ''] ?? { en: issue.expected ?? '?', ja: issue.expected ?? '?' }];
        const type = {
          en: expected.map((e) => e.en).join(' or '),
          ja: expected.map((e) => e.ja).join('か'),
        };
        if (issue.input === undefined)
          out.push(
            profileTestMessages.problem(
              'tests.missing',
              { ...at, expected: type.en, expectedJa: type.ja },
              { path },
            ),
          );
        else
          out.push(
            profileTestMessages.problem(
              'tests.wrong-type',
              { ...at, expected: type.en, expectedJa: type.ja, ...describe(issue.input) },
              place,
            ),
          );
        break;
      }
      case 'invalid_value':
        out.push(
          profileTestMessages.problem(
            'tests.invalid-value',
            {
              ...at,
              allowed: (issue.values ?? []).map((v) => JSON.stringify(v)).join(', '),
              ...describe(issue.input),
            },
            place,
          ),
        );
        break;
      case 'unrecognized_keys':
        out.push(
          profileTestMessages.problem(
            'tests.unknown-key',
            { ...at, keys: (issue.keys ?? []).join(', '), known: '' },
            place,
          ),
        );
        break;
      case 'too_small':
        out.push(profileTestMessages.problem('tests.empty', at, place));
        break;
      default:
        out.push(
          profileTestMessages.problem(
            'tests.wrong-type',
            {
              ...at,
              expected: issue.message ?? issue.code,
              expectedJa: issue.message ?? issue.code,
              ...describe(issue.input),
            },
            place,
          ),
        );
    }
  }
  return out;
}

/** The keys a strict object schema allows, for 'tests.unknown-key'. */
function keysOf(schema: { readonly shape: Readonly<Record<string, unknown>> }): string {
  return Object.keys(schema.shape).join(', ');
}

function withKnown(problems: Problem[], known: string): Problem[] {
  return problems.map((p) =>
    p.code === 'tests.unknown-key'
      ? profileTestMessages.problem(
          'tests.unknown-key',
          {
            file: String(p.params.file),
            test: String(p.params.test),
            path: String(p.params.path),
            keys: String(p.params.keys),
            known,
          },
          { path: p.path, input: p.input },
        )
      : p,
  );
}

/**
 * Read a profile's test file (docs/profiles.md "テストを書く") from its data (YAML or JSON,
 * already parsed): a list of tests, each with a name, one input (subsidy, settlement,
 * evaluation, review or sheet) and what it expects. Every problem is said at once, each naming
 * the file, the test and the path ('tests[2].expect.amount'): a missing or misspelt key, a
 * wrong type, an expectation another kind of test has ('amount' on an evaluation), an amount
 * that is not whole yen, a test that expects nothing, a sheet test without the day.
 *
 * @example
 * readProfileTests({ tests: [{ name: '限度額', subsidy: { program: 'ichinoseki/kyodotai-shien', fiscalYear: 2014, eligibleExpense: 360000 }, expect: { amount: 200000 } }] }, 'ichinoseki.yaml').ok //=> true
 */
export function readProfileTests(data: unknown, file: string): Result<ProfileTestFile> {
  const top = fileSchema.safeParse(data, { reportInput: true });
  if (!top.success) {
    const isList = typeof data === 'object' && data !== null && !Array.isArray(data);
    if (!isList || !('tests' in data))
      return err(
        profileTestMessages.problem(
          'tests.not-a-list',
          { file, test: '', path: '', ...describe(data) },
          { path: [], input: data },
        ),
      );
    return err(
      withKnown(problemsOf(top.error.issues as unknown as SchemaIssue[], file, '', []), keysOf(fileSchema)),
    );
  }
  const problems: Problem[] = [];
  const tests: ProfileTest[] = [];
  top.data.tests.forEach((raw, index) => {
    const named =
      typeof raw === 'object' && raw !== null && typeof (raw as { name?: unknown }).name === 'string'
        ? (raw as { name: string }).name
        : `#${index + 1}`;
    const base: Path = ['tests', index];
    const at = { file, test: named, path: pathText(base) };
    const t = testSchema.safeParse(raw, { reportInput: true });
    if (!t.success) {
      problems.push(
        ...withKnown(
          problemsOf(t.error.issues as unknown as SchemaIssue[], file, named, base),
          keysOf(testSchema),
        ),
      );
      return;
    }
    const kinds = TEST_KINDS.filter((k) => t.data[k] !== undefined);
    if (kinds.length === 0) {
      problems.push(profileTestMessages.problem('tests.no-input', at, { path: base }));
      return;
    }
    if (kinds.length > 1) {
      problems.push(
        profileTestMessages.problem('tests.two-inputs', { ...at, inputs: kinds.join(', ') }, { path: base }),
      );
      return;
    }
    const kind = kinds[0] as TestKind;
    const inputSchema = inputSchemas[kind];
    const input = inputSchema.safeParse(t.data[kind], { reportInput: true });
    const expectSchema = expectSchemas[kind];
    const expected = expectSchema.safeParse(t.data.expect, { reportInput: true });
    const before = problems.length;
    if (!input.success)
      problems.push(
        ...withKnown(
          problemsOf(input.error.issues as unknown as SchemaIssue[], file, named, [...base, kind]),
          keysOf(inputSchema),
        ),
      );
    if (!expected.success)
      problems.push(
        ...withKnown(
          problemsOf(expected.error.issues as unknown as SchemaIssue[], file, named, [...base, 'expect']),
          keysOf(expectSchema),
        ),
      );
    else if (Object.keys(expected.data).length === 0)
      problems.push(
        profileTestMessages.problem(
          'tests.nothing-expected',
          { ...at, path: pathText([...base, 'expect']), known: keysOf(expectSchema) },
          { path: [...base, 'expect'] },
        ),
      );
    if (
      kind === 'sheet' &&
      input.success &&
      (input.data as { today?: unknown }).today === undefined &&
      top.data.today === undefined
    )
      problems.push(
        profileTestMessages.problem(
          'tests.today-missing',
          { ...at, path: pathText([...base, 'sheet']) },
          { path: [...base, 'sheet'] },
        ),
      );
    if (problems.length !== before || !input.success || !expected.success) return;
    tests.push({
      index,
      name: t.data.name,
      ...(t.data.source === undefined ? {} : { source: t.data.source }),
      ...(t.data.margin === undefined ? {} : { margin: t.data.margin }),
      kind,
      input: input.data,
      expect: expected.data as Record<string, unknown>,
    });
  });
  if (problems.length > 0) return err(problems);
  return ok({
    file,
    ...(top.data.description === undefined ? {} : { description: top.data.description }),
    ...(top.data.today === undefined ? {} : { today: top.data.today }),
    tests,
  });
}
