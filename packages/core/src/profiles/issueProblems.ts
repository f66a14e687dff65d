import type { Path, Problem } from '../problems/Problem.js';
import { profileMessages } from './messages.js';
import { pathText } from './pathText.js';
import { FORMAT_WORDS, TYPES, unknownKeysDetail } from './profileWords.js';

/** The parts of a zod issue that kyodo reads (zod v4 core/errors.ts). */
export interface SchemaIssue {
  readonly code: string;
  readonly path: readonly PropertyKey[];
  readonly message?: string;
  readonly input?: unknown;
  readonly expected?: string;
  readonly format?: string;
  readonly pattern?: string;
  readonly origin?: string;
  readonly minimum?: number | bigint;
  readonly values?: readonly unknown[];
  readonly keys?: readonly string[];
  readonly errors?: readonly (readonly SchemaIssue[])[];
}

/** A value seen, shown briefly and the same in both languages. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (Array.isArray(value)) return `[…] (${value.length})`;
  if (typeof value === 'object' && value !== null) return '{…}';
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

function formatOf(issue: SchemaIssue): { en: string; ja: string } {
  const pattern = issue.pattern ?? '';
  if (pattern.includes('A-Za-z0-9')) {
    return FORMAT_WORDS.id;
  }
  if (pattern.includes('{6}')) return FORMAT_WORDS.localGovernmentCode;
  return { en: issue.format ?? pattern, ja: issue.format ?? pattern };
}

function toPath(path: readonly PropertyKey[]): Path {
  return path.map((part) => (typeof part === 'number' ? part : String(part)));
}

/**
 * The problems of a zod issue list for a profile: one problem per issue, with the issue's
 * path mapped by `mapPath` (to the path the user wrote) and a message in Japanese and English
 * saying what was expected. A union's issues are read from its closest branch.
 */
export function issueProblems(
  issues: readonly SchemaIssue[],
  mapPath: (path: Path) => Path,
  prefix: Path = [],
): Problem[] {
  const out: Problem[] = [];
  for (const issue of issues) {
    const rawPath = [...prefix, ...toPath(issue.path)];
    if (issue.code === 'invalid_union' && issue.errors && issue.errors.length > 0) {
      const closest = [...issue.errors].sort((a, b) => a.length - b.length)[0] ?? [];
      if (closest.length > 0) {
        out.push(...issueProblems(closest, mapPath, rawPath));
        continue;
      }
    }
    const path = mapPath(rawPath);
    const at = pathText(path);
    const place = { path, input: issue.input };
    switch (issue.code) {
      case 'invalid_type': {
        const type = TYPES[issue.expected ?? ''] ?? { en: issue.expected ?? '?', ja: issue.expected ?? '?' };
        if (issue.input === undefined) {
          out.push(
            profileMessages.problem(
              'profile.missing',
              { path: at, expected: type.en, expectedJa: type.ja },
              { path },
            ),
          );
        } else {
          out.push(
            profileMessages.problem(
              'profile.wrong-type',
              { path: at, expected: type.en, expectedJa: type.ja, received: describeValue(issue.input) },
              place,
            ),
          );
        }
        break;
      }
      case 'invalid_value':
        out.push(
          profileMessages.problem(
            'profile.invalid-value',
            {
              path: at,
              allowed: (issue.values ?? []).map((v) => JSON.stringify(v)).join(', '),
              received: describeValue(issue.input),
            },
            place,
          ),
        );
        break;
      case 'too_small':
        out.push(
          profileMessages.problem(
            'profile.too-small',
            { path: at, minimum: Number(issue.minimum ?? 1), what: issue.origin ?? 'string' },
            place,
          ),
        );
        break;
      case 'invalid_format': {
        const format = formatOf(issue);
        out.push(
          profileMessages.problem(
            'profile.invalid-format',
            { path: at, received: String(issue.input), format: format.en, formatJa: format.ja },
            place,
          ),
        );
        break;
      }
      case 'unrecognized_keys':
        out.push(
          profileMessages.problem(
            'profile.invalid',
            { path: at, detail: unknownKeysDetail(issue.keys ?? []) },
            place,
          ),
        );
        break;
      default:
        out.push(
          profileMessages.problem(
            'profile.invalid',
            { path: at, detail: issue.message ?? issue.code },
            place,
          ),
        );
    }
  }
  return out;
}
